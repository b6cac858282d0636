// createApp: the whole contract under /api/v1 on a Fastify instance that is not listening yet, so
// main.ts, the CLI and the tests all run the exact same server.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import cors from '@fastify/cors';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type onRequestHookHandler } from 'fastify';
import { CatalogueService } from './catalogue/service.js';
import { installErrorHandling } from './http/errors.js';
import { HttpProblem } from './http/problem.js';
import { findRepoRoot, CONTRACT_RELATIVE } from './paths.js';
import { SandboxProvider } from './payments/sandbox-provider.js';
import { PaymentService, type VietQrAccount } from './payments/service.js';
import { adminUnitRoutes } from './routes/admin-units.js';
import { catalogueRoutes } from './routes/catalogue.js';
import type { AppContext } from './routes/context.js';
import { dossierEventRoutes } from './routes/dossier-events.js';
import { dossierFollowupRoutes } from './routes/dossier-followup.js';
import { dossierRoutes } from './routes/dossiers.js';
import { formRoutes } from './routes/forms.js';
import { officerRoutes } from './routes/officer.js';
import { paymentRoutes } from './routes/payments.js';
import { profileRoutes } from './routes/profile.js';
import { sandboxRoutes } from './routes/sandbox.js';
import { SseHub } from './routes/sse-hub.js';
import { uploadRoutes } from './routes/uploads.js';
import type { Store } from './store/store.js';
import { DEFAULT_CALENDAR, type WorkingCalendar } from './time/calendar.js';
import { loadContract, RequestValidator } from './validation/contract.js';
import { FormValidator } from './validation/form-validator.js';

export interface AppOptions {
  store: Store;
  /** Where browsers and providers reach this server, e.g. `http://127.0.0.1:8080` (no trailing slash). */
  publicUrl: string;
  /** The agency identifier that starts every dossier code (Circular 01/2018): ≤ 13 characters. */
  agencyCode?: string;
  corsOrigins?: string[] | '*';
  officerToken: string;
  payment: { secret: string; expiryMinutes?: number; merchant?: string; vietqr?: Partial<VietQrAccount> };
  lookupRateLimit?: { max: number; timeWindowMs: number };
  uploadDir: string;
  maxUploadBytes?: number;
  staticRoots?: { prefix: string; root: string }[];
  /** Extra headers on every static file (e.g. a Content-Security-Policy for the demo pages). */
  staticHeaders?: Record<string, string>;
  logger?: boolean;
  /** Defaults to the contract in this repository. */
  contractPath?: string;
  /** The clock; tests move it to check expiry. */
  now?: () => Date;
  /** Working days and public holidays; defaults to core's Vietnamese calendar. */
  calendar?: WorkingCalendar;
}

export const API_PREFIX = '/api/v1';
export const DEFAULT_AGENCY_CODE = '000.00.01.H29';
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const agencyCode = options.agencyCode ?? DEFAULT_AGENCY_CODE;
  // <agency>-YYMMDD-NNNN must fit the 25 characters of Circular 01/2018
  if (agencyCode.length + 12 > 25) throw new Error(`Agency code "${agencyCode}" makes dossier codes longer than 25 characters`);
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  const corsOrigins = options.corsOrigins ?? '*';
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const now = options.now ?? (() => new Date());
  mkdirSync(options.uploadDir, { recursive: true });

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024, forceCloseConnections: true });
  installErrorHandling(app);

  const contract = loadContract(options.contractPath ?? join(findRepoRoot(import.meta.url), CONTRACT_RELATIVE));
  const validator = new RequestValidator(contract);
  const sandbox = new SandboxProvider({
    store: options.store,
    publicUrl,
    secret: options.payment.secret,
    merchant: options.payment.merchant ?? 'UBND THÀNH PHỐ HÀ NỘI (thử nghiệm)',
    now,
    log: (message, error) => app.log.warn({ err: error }, message),
  });
  const sse = new SseHub();

  await app.register(cors, {
    origin: corsOrigins === '*' ? '*' : corsOrigins,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'OPTIONS'],
    allowedHeaders: ['Idempotency-Key', 'Dossier-Verification', 'Authorization', 'Content-Type', 'If-None-Match', 'Last-Event-ID'],
    exposedHeaders: ['ETag', 'Idempotent-Replayed', 'Location', 'Retry-After'],
    maxAge: 600,
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: maxUploadBytes + 1, files: 1, fields: 5, parts: 6 } });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  const limit = options.lookupRateLimit ?? { max: 30, timeWindowMs: 60_000 };
  const lookupLimit = app.rateLimit({
    max: limit.max,
    timeWindow: limit.timeWindowMs,
    errorResponseBuilder: (_req, c) =>
      new HttpProblem(429, 'rate-limited', `Too many lookups, retry in ${c.after}`, { retryAfter: Math.ceil(c.ttl / 1000) }),
  }) as onRequestHookHandler;

  const ctx: AppContext = {
    store: options.store,
    options: { publicUrl, agencyCode, corsOrigins, officerToken: options.officerToken, uploadDir: options.uploadDir, maxUploadBytes },
    contract,
    catalogue: new CatalogueService(options.store),
    forms: new FormValidator(),
    payments: new PaymentService({
      store: options.store,
      gateway: sandbox,
      publicUrl,
      expiryMinutes: options.payment.expiryMinutes ?? 90,
      vietqr: {
        bankBin: options.payment.vietqr?.bankBin ?? '970436',
        accountNumber: options.payment.vietqr?.accountNumber ?? '0011001234567',
        accountName: options.payment.vietqr?.accountName ?? 'UBND THANH PHO HA NOI',
      },
      now,
    }),
    sandbox,
    sse,
    now,
    calendar: options.calendar ?? DEFAULT_CALENDAR,
    lookupLimit,
    mounted: new Set(),
  };

  await app.register(async (api) => {
    api.addHook('preHandler', async (request) => {
      const operationId = (request.routeOptions.config as { operationId?: string }).operationId;
      if (operationId) validator.validate(operationId, request);
    });
    for (const routes of [catalogueRoutes, formRoutes, profileRoutes, adminUnitRoutes, uploadRoutes, dossierRoutes,
      dossierEventRoutes, dossierFollowupRoutes, paymentRoutes, officerRoutes, sandboxRoutes]) {
      routes(api, ctx);
    }
  }, { prefix: API_PREFIX });

  for (const [i, s] of (options.staticRoots ?? []).entries()) {
    await app.register(fastifyStatic, {
      root: s.root, prefix: s.prefix, decorateReply: i === 0, index: ['index.html'],
      setHeaders: (reply) => {
        for (const [name, value] of Object.entries(options.staticHeaders ?? {})) reply.header(name, value);
      },
    });
  }

  app.addHook('onReady', async () => {
    await ctx.catalogue.search(); // build the search index now, not on the first visitor's request
    const missing = [...contract.operations.keys()].filter((id) => !ctx.mounted.has(id));
    if (missing.length) throw new Error(`Contract operations without a route: ${missing.join(', ')}`);
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff'); // problem+json and uploads are never sniffed as HTML
  });
  app.addHook('preClose', async () => sse.closeAll());
  return app;
}
