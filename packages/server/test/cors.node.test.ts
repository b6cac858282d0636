// CORS for portals on other origins: the headers the SDK sends are allowed, the ones it reads exposed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;

describe('CORS', () => {
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('answers the preflight of an idempotent submission from an allowed portal', async () => {
    const res = await fetch(`${server.api}/dossiers`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://portal.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key,dossier-verification',
      },
    });
    assert.ok(res.status === 204 || res.status === 200);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://portal.example');
    const allowed = res.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const h of ['idempotency-key', 'dossier-verification', 'authorization', 'content-type', 'if-none-match', 'last-event-id']) {
      assert.ok(allowed.includes(h), h);
    }
  });

  it('exposes ETag, Idempotent-Replayed and Location, and ignores other origins', async () => {
    const ok = await fetch(`${server.api}/procedures/index`, { headers: { origin: 'http://portal.example' } });
    const exposed = ok.headers.get('access-control-expose-headers')!.toLowerCase();
    for (const h of ['etag', 'idempotent-replayed', 'location']) assert.ok(exposed.includes(h), h);
    const other = await fetch(`${server.api}/procedures/index`, { headers: { origin: 'https://elsewhere.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });
});
