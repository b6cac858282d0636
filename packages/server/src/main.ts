#!/usr/bin/env node
// The demo portal: the API, the examples at / and the SDK bundle at /sdk/, on one origin.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './app.js';
import { databaseFile, readConfig, staticHeaders, uploadDir } from './config.js';
import { findRepoRoot } from './paths.js';
import { seedStore } from './seed-store.js';
import { SqliteStore } from './store/sqlite-store.js';

const config = readConfig();
const root = findRepoRoot(import.meta.url);
mkdirSync(config.dataDir, { recursive: true });
const store = new SqliteStore(databaseFile(config.dataDir));
if (await seedStore(store, { bigCatalogue: config.seedCount })) console.log('Seeded the demo data.');

const staticRoots = [
  { prefix: '/sdk/', root: join(root, 'packages/elements/dist') },
  { prefix: '/', root: join(root, 'examples') },
].filter((s) => existsSync(s.root));

const app = await createApp({
  store,
  publicUrl: config.publicUrl,
  agencyCode: config.agencyCode,
  corsOrigins: config.corsOrigins,
  officerToken: config.officerToken,
  payment: { secret: config.paymentSecret, expiryMinutes: 90 },
  lookupRateLimit: { max: config.lookupsPerMinute, timeWindowMs: 60_000 },
  uploadDir: uploadDir(config.dataDir),
  staticRoots,
  staticHeaders: staticHeaders(config),
  logger: process.env.DVC_LOG === '1',
});
if (config.officerTokenIsDefault) console.warn('WARNING: DVC_OFFICER_TOKEN is not set; the officer API uses the demo token "demo-officer".');
if (config.paymentSecretIsDefault) console.warn('WARNING: DVC_PAYMENT_SECRET is not set; the sandbox signs callbacks with a demo secret.');

await app.listen({ port: config.port, host: config.host });
console.log(`dvc-elements demo portal: ${config.publicUrl}/`);
console.log(`officer page: ${config.publicUrl}/officer/`);
console.log(`API: ${config.publicUrl}/api/v1/`);
if (config.csp) console.log(`static pages served with Content-Security-Policy: ${config.csp}`);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`${signal}: shutting down`);
  const timer = setTimeout(() => process.exit(1), 10_000);
  timer.unref();
  try {
    await app.close();
    await store.close();
    process.exit(0);
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
