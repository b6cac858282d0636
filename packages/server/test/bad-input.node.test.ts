// Whatever goes wrong, the answer is problem+json with the right status and nothing is half-written.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { birthSubmission } from './helpers/fixtures.js';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
const dossierCount = () => server.store.db.prepare('SELECT count(*) FROM dossiers').pluck().get() as number;

async function post(body: string, contentType = 'application/json') {
  return fetch(`${server.api}/dossiers`, {
    method: 'POST', headers: { 'content-type': contentType, 'idempotency-key': randomUUID() }, body,
  });
}

async function expectProblem(res: Response, status: number, code?: string) {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type')!, /^application\/problem\+json/);
  const body = (await res.json()) as { status: number; type: string; title: string; code: string };
  assert.equal(body.status, status);
  assert.ok(body.type && body.title);
  if (code) assert.equal(body.code, code);
  return body;
}

describe('bad input', () => {
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('invalid JSON → 400', async () => {
    await expectProblem(await post('{"procedureCode": '), 400, 'invalid-json');
  });

  it('wrong content type → 415', async () => {
    await expectProblem(await post('procedureCode=1', 'application/x-www-form-urlencoded'), 415);
    await expectProblem(await post('hello', 'text/plain'), 415);
  });

  it('oversized body → 413', async () => {
    const body = JSON.stringify({ ...(await birthSubmission(server.api)), padding: 'x'.repeat(1.5 * 1024 * 1024) });
    await expectProblem(await post(body), 413, 'payload-too-large');
  });

  it('unknown properties where the contract forbids them → 400 with a pointer', async () => {
    const body = await expectProblem(await post(JSON.stringify({ ...(await birthSubmission(server.api)), extra: 1 })), 400, 'validation-failed');
    assert.ok((body as unknown as { errors: { pointer: string }[] }).errors.some((e) => e.pointer === '/extra'));
  });

  it('unknown route → 404 problem', async () => {
    await expectProblem(await fetch(`${server.api}/nope`), 404, 'not-found');
  });

  it('writes nothing for any of them', () => {
    assert.equal(dossierCount(), 0);
  });
});
