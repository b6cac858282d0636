// Environment → server settings, in one place so main.ts and the seed CLI agree.
import { join, resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  publicUrl: string;
  corsOrigins: string[] | '*';
  agencyCode: string | undefined;
  officerToken: string;
  officerTokenIsDefault: boolean;
  paymentSecret: string;
  paymentSecretIsDefault: boolean;
  seedCount: number | undefined;
  /** Dossier lookups allowed per client IP per minute. */
  lookupsPerMinute: number;
  /** A Content-Security-Policy for the static pages (the demo portal), e.g. to try the strict-CSP mode. */
  csp: string | undefined;
  /** Where browsers report violations of `csp` (sent as a Report-Only copy, so `csp` stays as given). */
  cspReportUri: string | undefined;
}

export const DEFAULT_OFFICER_TOKEN = 'demo-officer';
const DEFAULT_PAYMENT_SECRET = 'demo-sandbox-secret';

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  const host = env.HOST ?? '127.0.0.1';
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const cors = (env.DVC_CORS_ORIGINS ?? '*').trim();
  const seed = env.DVC_SEED ? Number(env.DVC_SEED) : undefined;
  return {
    port,
    host,
    dataDir: resolve(env.DVC_DATA_DIR ?? './.data'),
    publicUrl: (env.DVC_PUBLIC_URL ?? `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`).replace(/\/+$/, ''),
    corsOrigins: cors === '*' ? '*' : cors.split(',').map((o) => o.trim()).filter(Boolean),
    agencyCode: env.DVC_AGENCY_CODE || undefined,
    officerToken: env.DVC_OFFICER_TOKEN || DEFAULT_OFFICER_TOKEN,
    officerTokenIsDefault: !env.DVC_OFFICER_TOKEN,
    paymentSecret: env.DVC_PAYMENT_SECRET || DEFAULT_PAYMENT_SECRET,
    paymentSecretIsDefault: !env.DVC_PAYMENT_SECRET,
    seedCount: seed && Number.isFinite(seed) ? seed : undefined,
    lookupsPerMinute: Number(env.DVC_LOOKUP_RATE_LIMIT) > 0 ? Number(env.DVC_LOOKUP_RATE_LIMIT) : 30,
    csp: env.DVC_CSP?.trim() || undefined,
    cspReportUri: env.DVC_CSP_REPORT_URI?.trim() || undefined,
  };
}

/** Headers of the static pages: DVC_CSP enforced as given; with DVC_CSP_REPORT_URI, a Report-Only copy reporting every violation there. */
export function staticHeaders(config: Pick<ServerConfig, 'csp' | 'cspReportUri'>): Record<string, string> {
  if (!config.csp) return {};
  const headers: Record<string, string> = { 'Content-Security-Policy': config.csp };
  if (config.cspReportUri) {
    headers['Content-Security-Policy-Report-Only'] = `${config.csp.replace(/;\s*$/, '')}; report-uri ${config.cspReportUri}`;
  }
  return headers;
}

export const databaseFile = (dataDir: string) => join(dataDir, 'dvc.sqlite');
export const uploadDir = (dataDir: string) => join(dataDir, 'uploads');
