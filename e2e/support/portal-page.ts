// The host page a newcomer writes by following the embedding guide: the plain-HTML snippet of
// docs/en/embedding.md, taken from the doc itself (only its placeholder hosts replaced), served by a
// tiny HTTP server of its own, on another origin than the backend. When the snippet in the doc breaks,
// the tests that use this page break with it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';

export const EMBEDDING_GUIDE = 'docs/en/embedding.md';

/** The level-4 procedure the guide-page journeys apply for: toàn trình, a fee paid online, four short steps, no upload. */
export const GUIDE_PROCEDURE = { code: '2.002181', name: 'Đổi giấy phép lái xe do ngành Công an cấp' } as const;
/** The placeholders the guide tells the reader to replace ("Replace both"). */
export const SDK_PLACEHOLDER = 'https://your-host/sdk/';
export const API_PLACEHOLDER = 'https://api.example.gov.vn/api/v1';

/** The guide's complete plain-HTML page: the first ```html block that is a whole document with the portal in it. */
export function plainPageSnippet(guide = EMBEDDING_GUIDE): string {
  const markdown = readFileSync(guide, 'utf8');
  const blocks = [...markdown.matchAll(/^```html\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  const page = blocks.find((b) => /^<!doctype html>/i.test(b.trim()) && b.includes('<dvc-service-portal'));
  assert.ok(page, `${guide} has no complete plain-HTML page with <dvc-service-portal> in an \`\`\`html block`);
  return page;
}

/** The snippet with the SDK and backend placeholders pointing at `backend` (the reference server serves both). */
export function plainPage(backend: string, guide = EMBEDDING_GUIDE): string {
  const snippet = plainPageSnippet(guide);
  assert.ok(snippet.includes(SDK_PLACEHOLDER), `the snippet no longer loads the SDK from ${SDK_PLACEHOLDER}`);
  assert.ok(snippet.includes(API_PLACEHOLDER), `the snippet no longer names the backend ${API_PLACEHOLDER}`);
  return snippet.replaceAll(SDK_PLACEHOLDER, `${backend}/sdk/`).replaceAll(API_PLACEHOLDER, `${backend}/api/v1`);
}

export interface HostPage {
  /** The page's address, e.g. `http://127.0.0.1:41234/dich-vu-cong`. */
  url: string;
  origin: string;
  /** Every request the host server received (method and path). */
  requests: string[];
  stop(): Promise<void>;
}

/**
 * Serves `html` at `/dich-vu-cong` (as on an agency's site) from its own port, i.e. its own origin. A
 * function is read on each request: the page can name a backend started after it (which must know the
 * page's origin first, for CORS).
 */
export async function serveHostPage(html: string | (() => string), path = '/dich-vu-cong'): Promise<HostPage> {
  const requests: string[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    requests.push(`${request.method} ${request.url}`);
    const url = new URL(request.url ?? '/', 'http://host');
    if (request.method === 'GET' && url.pathname === path) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(typeof html === 'function' ? html() : html);
    } else if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + path,
    origin,
    requests,
    stop: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/**
 * Records every address the tab shows: navigations (the gateway and back) and same-document changes
 * (hash routes, the finder's pushState), so a test can say what never appeared in the address bar.
 */
export async function recordAddresses(page: Page, addresses: string[]): Promise<void> {
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) addresses.push(frame.url());
  });
  await page.exposeFunction('__dvcTestAddress', (url: string) => void addresses.push(url));
  // A string, not a function: the test's TypeScript transform would add helpers the page does not have.
  await page.addInitScript(`(() => {
    const report = () => window.__dvcTestAddress(location.href);
    for (const method of ['pushState', 'replaceState']) {
      const original = history[method];
      history[method] = function (...args) {
        original.apply(this, args);
        report();
      };
    }
    addEventListener('hashchange', report);
    addEventListener('popstate', report);
    report();
  })();`);
}
