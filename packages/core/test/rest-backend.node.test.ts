// RestBackend against real HTTP servers on 127.0.0.1 (no stubbed fetch).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { BackendError } from '../src/backend/errors.js';
import { RestBackend } from '../src/backend/rest-backend.js';
import type { RestBackendOptions } from '../src/backend/rest-backend.js';
import type { DossierSubmission } from '../src/contract/index.js';

interface Seen {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: Buffer;
  at: number;
}

type Handler = (req: Seen, res: ServerResponse, attempt: number) => void;

const servers: { close(): void }[] = [];
after(() => servers.forEach((s) => s.close()));

/** Starts a server on 127.0.0.1:0; `seen` records every request it got. */
async function serve(handler: Handler): Promise<{ baseUrl: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: Seen = {
        method: req.method ?? '', url: new URL(req.url ?? '/', 'http://x'), headers: req.headers,
        body: Buffer.concat(chunks), at: Date.now(),
      };
      seen.push(request);
      handler(request, res, seen.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({ close: () => { server.closeAllConnections(); server.close(); } });
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}/api/v1`, seen };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function problem(res: ServerResponse, status: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/problem+json', ...headers });
  res.end(JSON.stringify({ type: 'about:blank', title: `HTTP ${status}`, status, ...extra }));
}

const backend = (baseUrl: string, options: Partial<RestBackendOptions> = {}) =>
  new RestBackend({ baseUrl, retryDelayMs: 5, ...options });

async function rejection(promise: Promise<unknown>): Promise<BackendError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof BackendError, `not a BackendError: ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

const submission: DossierSubmission = {
  procedureCode: '1.001193', formVersion: '1', data: { hoTen: 'Nguyễn Văn A' }, resultChannel: 'online',
};

const receipt = {
  dossierCode: '000.00.01.H29-260310-0420', procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh',
  receivedAt: '2026-03-10T08:00:00+07:00', appointmentDate: '2026-03-13', status: 1, resultChannel: 'online',
  fees: { items: [], total: 0, paid: 0, due: 0, currency: 'VND' }, lookupSecret: 'ABC123',
};

describe('RestBackend retries', () => {
  it('retries a GET after two 503s and succeeds', async () => {
    const { baseUrl, seen } = await serve((_req, res, attempt) =>
      attempt <= 2 ? problem(res, 503) : json(res, 200, { code: '1.001193', name: 'Đăng ký khai sinh' }));
    const procedure = await backend(baseUrl).getProcedure('1.001193');
    assert.equal(procedure.name, 'Đăng ký khai sinh');
    assert.equal(seen.length, 3);
  });

  it('gives up after `retries` extra attempts with the last error', async () => {
    const { baseUrl, seen } = await serve((_req, res) => problem(res, 502));
    const error = await rejection(backend(baseUrl, { retries: 1 }).getUploadLimits());
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 502);
    assert.equal(error.messageKey, 'error.server');
    assert.equal(seen.length, 2);
  });

  it('never retries a POST without an Idempotency-Key', async () => {
    const { baseUrl, seen } = await serve((_req, res) => problem(res, 503));
    const error = await rejection(backend(baseUrl).uploadFile(new Blob(['%PDF-1.7']), {}));
    assert.equal(error.status, 503);
    assert.equal(seen.length, 1);
  });

  it('retries a POST that carries an Idempotency-Key, with the same key', async () => {
    const { baseUrl, seen } = await serve((_req, res, attempt) => (attempt === 1 ? problem(res, 503) : json(res, 201, receipt)));
    const result = await backend(baseUrl).submitDossier(submission, 'key-0123456789');
    assert.equal(result.dossierCode, receipt.dossierCode);
    assert.equal(seen.length, 2);
    assert.deepEqual(seen.map((r) => r.headers['idempotency-key']), ['key-0123456789', 'key-0123456789']);
    assert.deepEqual(JSON.parse(seen[1].body.toString('utf8')), submission);
    assert.equal(seen[1].headers['content-type'], 'application/json');
  });

  it('waits as long as Retry-After says on 429', async () => {
    const { baseUrl, seen } = await serve((_req, res, attempt) =>
      attempt === 1 ? problem(res, 429, { code: 'rate-limited' }, { 'retry-after': '1' }) : json(res, 200, { maxBytes: 1, acceptedTypes: [] }));
    await backend(baseUrl).getUploadLimits();
    assert.equal(seen.length, 2);
    assert.ok(seen[1].at - seen[0].at >= 900, `retried after ${seen[1].at - seen[0].at} ms`);
  });

  it('fails at once when Retry-After is longer than it is willing to wait', async () => {
    const { baseUrl, seen } = await serve((_req, res) => problem(res, 429, { retryAfter: 120 }, { 'retry-after': '120' }));
    const error = await rejection(backend(baseUrl).getUploadLimits());
    assert.equal(seen.length, 1);
    assert.equal(error.retryAfter, 120);
    assert.equal(error.messageKey, 'error.rateLimited');
  });

  it('does not retry a 404 and maps it to error.notFound', async () => {
    const { baseUrl, seen } = await serve((_req, res) => problem(res, 404, { code: 'not-found' }));
    const error = await rejection(backend(baseUrl).getProcedure('9.999999'));
    assert.equal(error.status, 404);
    assert.equal(error.code, 'not-found');
    assert.equal(error.messageKey, 'error.notFound');
    assert.equal(seen.length, 1);
  });
});

describe('RestBackend errors', () => {
  it('turns a 400 problem+json into a BackendError with field errors, without retrying', async () => {
    const errors = [{ pointer: '/data/treEm/hoTen', code: 'required' }];
    const { baseUrl, seen } = await serve((_req, res) =>
      problem(res, 400, { code: 'validation-failed', title: 'Dữ liệu không hợp lệ', errors }));
    const error = await rejection(backend(baseUrl).submitDossier(submission, 'key-0123456789'));
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 400);
    assert.equal(error.problem?.title, 'Dữ liệu không hợp lệ');
    assert.deepEqual(error.fieldErrors, errors);
    assert.equal(error.messageKey, 'error.validation');
    assert.equal(seen.length, 1);
  });

  it('reports kind timeout when the server does not answer in time', async () => {
    const { baseUrl } = await serve(() => { /* never answers */ });
    const started = Date.now();
    const error = await rejection(backend(baseUrl, { timeoutMs: 150 }).getProcedure('1.001193'));
    assert.equal(error.kind, 'timeout');
    assert.equal(error.messageKey, 'error.timeout');
    assert.ok(Date.now() - started < 2000);
  });

  it('reports kind timeout when the body stalls after the headers', async () => {
    const { baseUrl } = await serve((_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.write('{"co'); });
    const error = await rejection(backend(baseUrl, { timeoutMs: 150 }).getProcedure('1.001193'));
    assert.equal(error.kind, 'timeout');
  });

  it('reports kind aborted when the caller aborts', async () => {
    const { baseUrl } = await serve(() => { /* never answers */ });
    const controller = new AbortController();
    const call = backend(baseUrl, { timeoutMs: 5000 }).getProcedure('1.001193', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await rejection(call);
    assert.equal(error.kind, 'aborted');
  });

  it('reports kind aborted during a retry backoff', async () => {
    const { baseUrl, seen } = await serve((_req, res) => problem(res, 503, {}, { 'retry-after': '5' }));
    const controller = new AbortController();
    const call = backend(baseUrl).getUploadLimits({ signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const error = await rejection(call);
    assert.equal(error.kind, 'aborted');
    assert.equal(seen.length, 1);
  });

  it('reports kind network when nothing listens', async () => {
    const { baseUrl } = await serve(() => {});
    servers.pop()?.close();
    const error = await rejection(backend(baseUrl, { retries: 0 }).getUploadLimits());
    assert.equal(error.kind, 'network');
    assert.equal(error.messageKey, 'error.network');
  });

  it('reports kind invalid-response for HTML where JSON was promised', async () => {
    const { baseUrl } = await serve((_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<!doctype html>'); });
    const error = await rejection(backend(baseUrl).getProcedure('1.001193'));
    assert.equal(error.kind, 'invalid-response');
  });

  it('reports kind invalid-response for malformed JSON', async () => {
    const { baseUrl } = await serve((_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"code":'); });
    const error = await rejection(backend(baseUrl).getProcedure('1.001193'));
    assert.equal(error.kind, 'invalid-response');
  });
});

describe('RestBackend requests', () => {
  it('sends the bearer token only when the provider returns one', async () => {
    const { baseUrl, seen } = await serve((_req, res) => json(res, 200, { fullName: 'Nguyễn Văn A' }));
    const session: { token?: string } = {};
    const client = backend(baseUrl, { token: async () => session.token });
    await client.getProfile();
    session.token = 'abc.def';
    await client.getProfile();
    await backend(baseUrl).getProfile();
    assert.deepEqual(seen.map((r) => r.headers.authorization), [undefined, 'Bearer abc.def', undefined]);
  });

  it('joins the base URL without losing its path and encodes path segments', async () => {
    const { baseUrl, seen } = await serve((_req, res) => json(res, 200, {}));
    await backend(baseUrl).getProcedure('1.001193');
    await backend(`${baseUrl}/`).getProcedure('a/b?c');
    assert.deepEqual(seen.map((r) => r.url.pathname + r.url.search), ['/api/v1/procedures/1.001193', '/api/v1/procedures/a%2Fb%3Fc']);
  });

  it('refuses dot segments without sending anything', async () => {
    const { baseUrl, seen } = await serve((_req, res) => json(res, 200, {}));
    const error = await rejection(backend(baseUrl).getDossier('..', 'secret'));
    assert.equal(error.messageKey, 'error.notFound');
    await rejection(backend(baseUrl).getDossier('%2e%2E', 'secret'));
    assert.equal(seen.length, 0);
  });

  it('encodes query parameters and leaves out empty ones', async () => {
    const { baseUrl, seen } = await serve((_req, res) => json(res, 200, { total: 0, page: 2, pageSize: 20, items: [], facets: {} }));
    await backend(baseUrl).searchProcedures({ q: 'đăng ký & khai sinh', page: 2, field: undefined, class: 'full' });
    const { searchParams } = seen[0].url;
    assert.equal(searchParams.get('q'), 'đăng ký & khai sinh');
    assert.equal(searchParams.get('page'), '2');
    assert.equal(searchParams.get('class'), 'full');
    assert.equal(searchParams.has('field'), false);
  });

  it('asks for JSON and sends the verification in a header, not the URL', async () => {
    const { baseUrl, seen } = await serve((_req, res) => json(res, 200, { code: 'X' }));
    await backend(baseUrl).getDossier('000.00.01.H29-260310-0420', 'ABC123');
    assert.match(String(seen[0].headers.accept), /application\/json/);
    assert.equal(seen[0].headers['dossier-verification'], 'ABC123');
    assert.equal(seen[0].url.search, '');
  });

  it('puts the verification in the query of the result link', () => {
    const url = new URL(backend('https://dvc.example.vn/api/v1').resultUrl('000.00.01.H29-260310-0420', 'A B'));
    assert.equal(url.pathname, '/api/v1/dossiers/000.00.01.H29-260310-0420/result');
    assert.equal(url.searchParams.get('verification'), 'A B');
  });

  it('revalidates the procedure index with its ETag', async () => {
    const { baseUrl, seen } = await serve((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') { res.writeHead(304, { etag: '"v1"' }); res.end(); return; }
      json(res, 200, { version: 'v1', fields: [], levels: [], agencies: [], items: [] }, { etag: '"v1"' });
    });
    const client = backend(baseUrl);
    const first = await client.getProcedureIndex();
    assert.equal(first.notModified, false);
    assert.equal(first.notModified === false && first.etag, '"v1"');
    const second = await client.getProcedureIndex({ etag: '"v1"' });
    assert.deepEqual(second, { notModified: true });
    assert.equal(seen[1].headers['if-none-match'], '"v1"');
  });

  it('lists admin units of a province', async () => {
    const { baseUrl, seen } = await serve((_req, res) => json(res, 200, { items: [{ code: '00004', name: 'Phường Ba Đình', level: 'commune' }] }));
    const units = await backend(baseUrl).listAdminUnits('01');
    assert.equal(units[0].name, 'Phường Ba Đình');
    assert.equal(seen[0].url.searchParams.get('parent'), '01');
  });

  it('uploads a file as multipart field "file" and reports completion', async () => {
    const { baseUrl, seen } = await serve((_req, res) =>
      json(res, 201, { id: 'u1', name: 'giay-chung-sinh.pdf', size: 8, mediaType: 'application/pdf', sha256: 'x', createdAt: '2026-03-10T01:00:00Z' }));
    const progress: number[] = [];
    const file = new File(['%PDF-1.7'], 'giay-chung-sinh.pdf', { type: 'application/pdf' });
    const upload = await backend(baseUrl).uploadFile(file, { onProgress: (p) => progress.push(p.loaded / (p.total ?? 1)) });
    assert.equal(upload.id, 'u1');
    assert.match(String(seen[0].headers['content-type']), /^multipart\/form-data; boundary=/);
    const body = seen[0].body.toString('utf8');
    assert.match(body, /Content-Disposition: form-data; name="file"; filename="giay-chung-sinh.pdf"/);
    assert.match(body, /%PDF-1\.7/);
    assert.equal(progress.at(-1), 1);
  });

  it('rates with PUT and returns the saved rating', async () => {
    const { baseUrl, seen } = await serve((req, res) => json(res, 200, JSON.parse(req.body.toString('utf8'))));
    const saved = await backend(baseUrl).rateDossier('000.00.01.H29-260310-0420', 'ABC123', { overall: 5 });
    assert.deepEqual(saved, { overall: 5 });
    assert.equal(seen[0].method, 'PUT');
  });
});
