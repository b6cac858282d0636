// Starts a real server for a test file: temp data dir, real SQLite file, seeded, listening on a free
// port (the sandbox gateway calls the server back over HTTP, so the public URL must be known).
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type AppOptions } from '../../src/app.js';
import { seedStore } from '../../src/seed-store.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';

export const OFFICER_TOKEN = 'test-officer-token';
export const PAYMENT_SECRET = 'test-payment-secret';

export interface TestServer {
  url: string;
  api: string;
  store: SqliteStore;
  dir: string;
  clock: { offsetMs: number };
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export async function startServer(overrides: Partial<AppOptions> = {}): Promise<TestServer> {
  const dir = await mkdtemp(join(tmpdir(), 'dvc-server-test-'));
  const store = new SqliteStore(join(dir, 'dvc.sqlite'));
  await seedStore(store);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const clock = { offsetMs: 0 };
  const app = await createApp({
    store,
    publicUrl: url,
    corsOrigins: ['http://portal.example'],
    officerToken: OFFICER_TOKEN,
    payment: { secret: PAYMENT_SECRET, expiryMinutes: 90 },
    lookupRateLimit: { max: 1000, timeWindowMs: 60_000 },
    uploadDir: join(dir, 'uploads'),
    maxUploadBytes: 64 * 1024,
    now: () => new Date(Date.now() + clock.offsetMs),
    ...overrides,
  });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    url,
    api: `${url}/api/v1`,
    store,
    dir,
    clock,
    async close() {
      await app.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
