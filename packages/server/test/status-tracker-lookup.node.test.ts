// What <dvc-status-tracker> relies on: a dossier cannot be found out by guessing (an unknown code and a
// wrong verification answer alike, on every route that takes a verification), and guessing is slowed
// down by the lookup rate limit, which says when to come back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { randomUUID } from 'node:crypto';
import { act, submitted } from './helpers/fixtures.js';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;

/** Every route a citizen opens with code + verification. */
function calls(api: string, code: string, verification: string): Record<string, () => Promise<Response>> {
  const path = `${api}/dossiers/${encodeURIComponent(code)}`;
  const headers = { 'dossier-verification': verification, 'content-type': 'application/json' };
  return {
    lookup: () => fetch(path, { headers }),
    lookupByQuery: () => fetch(`${path}?verification=${encodeURIComponent(verification)}`),
    events: () => fetch(`${path}/events?verification=${encodeURIComponent(verification)}`),
    fees: () => fetch(`${path}/fees`, { headers }),
    result: () => fetch(`${path}/result?verification=${encodeURIComponent(verification)}`),
    supplement: () => fetch(`${path}/supplements`, {
      method: 'POST', headers: { ...headers, 'idempotency-key': randomUUID() }, body: JSON.stringify({ attachments: ['x'] }),
    }),
    rating: () => fetch(`${path}/rating`, { method: 'PUT', headers, body: JSON.stringify({ overall: 5 }) }),
  };
}

/** The answer with the request's own code taken out of `instance` (the caller knows what it asked). */
async function answer(res: Response, code: string) {
  const body = (await res.json()) as Record<string, unknown>;
  if (typeof body.instance === 'string') body.instance = body.instance.replaceAll(encodeURIComponent(code), '{code}').replaceAll(code, '{code}');
  return { status: res.status, type: res.headers.get('content-type'), body };
}

describe('status tracker: no enumeration', () => {
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('answers an unknown code and a wrong verification identically on every route', async () => {
    const r = await submitted(server.api);
    await act(server.api, r.dossierCode, { action: 'accept' });
    await act(server.api, r.dossierCode, { action: 'request-supplement', reason: 'Bổ sung giấy chứng sinh' });
    const unknownCode = r.dossierCode.replace(/-(\d{4})$/, '-9999');
    const wrong = calls(server.api, r.dossierCode, 'WRONG234');
    const unknown = calls(server.api, unknownCode, r.lookupSecret);
    for (const name of Object.keys(wrong)) {
      const a = await answer(await wrong[name](), r.dossierCode);
      const b = await answer(await unknown[name](), unknownCode);
      assert.equal(a.status, 403, name);
      assert.deepEqual(a, b, name);
      assert.equal(a.body.code, 'verification-failed', name);
    }
  });

  it('gives the same answer with no verification at all', async () => {
    const r = await submitted(server.api);
    const res = await fetch(`${server.api}/dossiers/${encodeURIComponent(r.dossierCode)}`);
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as { code: string }).code, 'verification-failed');
  });

  it('opens with the receipt secret (any case, spaces) or the phone number, masking the name', async () => {
    const r = await submitted(server.api);
    for (const v of [r.lookupSecret, ` ${r.lookupSecret.toLowerCase().slice(0, 4)} ${r.lookupSecret.toLowerCase().slice(4)} `, '0912345678']) {
      const res = await calls(server.api, r.dossierCode, v).lookup();
      assert.equal(res.status, 200, v);
      assert.equal(res.headers.get('cache-control'), 'no-store');
      const d = (await res.json()) as { applicantName?: string };
      assert.ok(!d.applicantName || d.applicantName.includes('***'), d.applicantName);
    }
  });
});

describe('status tracker: rate limit', () => {
  before(async () => {
    server = await startServer({ lookupRateLimit: { max: 4, timeWindowMs: 60_000 } });
  });
  after(() => server.close());

  it('limits guesses through supplements and ratings too, and says when to retry', async () => {
    const code = '000.00.01.H29-991231-0002';
    const c = calls(server.api, code, 'AAAAAAAA');
    const statuses = [(await c.rating()).status, (await c.supplement()).status, (await c.lookup()).status, (await c.rating()).status];
    assert.deepEqual(statuses, [403, 403, 403, 403]);
    for (const name of ['rating', 'supplement', 'lookup'] as const) {
      const res = await c[name]();
      assert.equal(res.status, 429, name);
      const retryAfter = Number(res.headers.get('retry-after'));
      assert.ok(retryAfter > 0 && retryAfter <= 60, `${name}: Retry-After ${retryAfter}`);
      const body = (await res.json()) as { code: string; retryAfter: number; status: number };
      assert.equal(body.code, 'rate-limited');
      assert.equal(body.status, 429);
      assert.ok(body.retryAfter > 0 && body.retryAfter <= 60);
    }
  });

  it('lets a cross-origin portal read Retry-After', async () => {
    let res: Response;
    let tries = 0;
    do {
      res = await fetch(`${server.api}/dossiers/000.00.01.H29-991231-0003`, {
        headers: { origin: 'http://portal.example', 'dossier-verification': 'AAAAAAAA' },
      });
    } while (res.status !== 429 && ++tries < 10);
    assert.equal(res.status, 429);
    assert.match(res.headers.get('access-control-expose-headers') ?? '', /retry-after/i);
  });
});
