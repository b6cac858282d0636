// The entry point as a process: env → seed → listen → banner; serves examples and the API; SIGTERM
// closes cleanly (exit code 0).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { readConfig, staticHeaders } from '../src/config.js';
import { findRepoRoot } from '../src/paths.js';
import { startServer } from './helpers/server.js';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('main', () => {
  it('starts, serves and shuts down on SIGTERM', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dvc-main-'));
    const port = await freePort();
    const child = spawn(process.execPath, ['--conditions=dvc-source', '--import', 'tsx', MAIN], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DVC_DATA_DIR: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    try {
      const deadline = Date.now() + 40_000;
      while (!output.includes('demo portal') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      assert.match(output, new RegExp(`dvc-elements demo portal: http://127\\.0\\.0\\.1:${port}/`));
      assert.match(output, /officer/);
      assert.match(output, /DVC_OFFICER_TOKEN is not set/);
      const officerPage = await fetch(`http://127.0.0.1:${port}/officer/`);
      assert.equal(officerPage.status, 200);
      const limits = await fetch(`http://127.0.0.1:${port}/api/v1/uploads/limits`);
      assert.equal(((await limits.json()) as { maxBytes: number }).maxBytes, 10 * 1024 * 1024);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('serves the static pages under DVC_CSP, with a Report-Only copy reporting to DVC_CSP_REPORT_URI', async () => {
    const csp = "script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
    assert.deepEqual(staticHeaders(readConfig({})), {});
    const headers = staticHeaders(readConfig({ DVC_CSP: csp, DVC_CSP_REPORT_URI: 'http://127.0.0.1:9/reports' }));
    assert.deepEqual(headers, {
      'Content-Security-Policy': csp,
      'Content-Security-Policy-Report-Only': `${csp}; report-uri http://127.0.0.1:9/reports`,
    });
    const server = await startServer({ staticRoots: [{ prefix: '/', root: join(findRepoRoot(import.meta.url), 'examples') }], staticHeaders: headers });
    try {
      const page = await fetch(`${server.url}/nop-ho-so.html`);
      assert.equal(page.status, 200);
      assert.equal(page.headers.get('content-security-policy'), csp);
      assert.match(page.headers.get('content-security-policy-report-only') ?? '', /report-uri http:\/\/127\.0\.0\.1:9\/reports$/);
      const api = await fetch(`${server.api}/uploads/limits`);
      assert.equal(api.headers.get('content-security-policy'), null, 'only the static pages');
    } finally {
      await server.close();
    }
  });
});
