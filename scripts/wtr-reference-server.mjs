// Component tests talk to the REAL reference server: this plugin starts it (from TypeScript sources,
// fresh SQLite file) when web-test-runner starts and proxies /api/* to it, so tests use the same-origin
// base URL '/api/v1/' and no fetch is ever stubbed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () => new Promise((resolve, reject) => {
  const probe = createServer();
  probe.once('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

/** `plugin` starts and stops the server; `middleware` (first in the chain) proxies /api/* to it. */
export function referenceServer() {
  let child;
  let dataDir;
  let port;
  const plugin = {
    name: 'dvc-reference-server',
    async serverStart() {
      port = await freePort();
      dataDir = mkdtempSync(join(tmpdir(), 'dvc-wtr-'));
      child = spawn(process.execPath, ['--conditions=dvc-source', '--import', 'tsx', 'packages/server/src/main.ts'], {
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DVC_DATA_DIR: dataDir, DVC_LOOKUP_RATE_LIMIT: '1000' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      const deadline = Date.now() + 30_000;
      for (;;) {
        if (child.exitCode !== null) throw new Error(`reference server exited:\n${output}`);
        try {
          if ((await fetch(`http://127.0.0.1:${port}/api/v1/uploads/limits`)).ok) break;
        } catch { /* not up yet */ }
        if (Date.now() > deadline) throw new Error(`reference server did not start:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async serverStop() {
      if (child && child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  // Streams both ways (uploads, SSE).
  const middleware = async (ctx, next) => {
    if (!port || !ctx.path.startsWith('/api/')) return next();
    ctx.respond = false;
    await new Promise((resolve) => {
      const upstream = request({ host: '127.0.0.1', port, method: ctx.method, path: ctx.url,
        headers: { ...ctx.headers, host: `127.0.0.1:${port}` } }, (res) => {
        ctx.res.writeHead(res.statusCode ?? 502, res.headers);
        res.pipe(ctx.res);
        res.on('end', resolve);
        res.on('error', resolve);
        ctx.req.on('close', () => res.destroy());
      });
      upstream.on('error', () => {
        if (!ctx.res.headersSent) ctx.res.writeHead(502, { 'content-type': 'application/problem+json' });
        ctx.res.end(JSON.stringify({ type: 'about:blank', title: 'Bad gateway', status: 502 }));
        resolve();
      });
      ctx.req.pipe(upstream);
    });
  };
  return { plugin, middleware };
}
