// Live dossier events over SSE, and resuming with Last-Event-ID.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { act, submitted } from './helpers/fixtures.js';
import { startServer, type TestServer } from './helpers/server.js';
import { openStream } from './helpers/sse.js';

let server: TestServer;

describe('dossier events (SSE)', () => {
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('replays the history, then pushes an officer action live, with CORS headers', async () => {
    const r = await submitted(server.api);
    const stream = await openStream(`${server.api}/dossiers/${r.dossierCode}/events?verification=${r.lookupSecret}`, { origin: 'http://portal.example' });
    assert.equal(stream.res.status, 200);
    assert.match(stream.res.headers.get('content-type')!, /^text\/event-stream/);
    assert.equal(stream.res.headers.get('access-control-allow-origin'), 'http://portal.example');
    const first = await stream.next();
    assert.equal(first.event, 'dossier-event');
    assert.equal(JSON.parse(first.data!).status, 1);
    await act(server.api, r.dossierCode, { action: 'accept' });
    const live = await stream.next();
    const payload = JSON.parse(live.data!);
    assert.equal(payload.status, 2);
    assert.equal(payload.dossierCode, r.dossierCode);
    assert.equal(live.id, String(payload.id));
    stream.close();
  });

  it('resumes after Last-Event-ID without repeating', async () => {
    const r = await submitted(server.api);
    await act(server.api, r.dossierCode, { action: 'accept' });
    const url = `${server.api}/dossiers/${r.dossierCode}/events?verification=${r.lookupSecret}`;
    const s1 = await openStream(url);
    const e1 = await s1.next();
    const e2 = await s1.next();
    s1.close();
    assert.deepEqual([JSON.parse(e1.data!).status, JSON.parse(e2.data!).status], [1, 2]);
    await act(server.api, r.dossierCode, { action: 'process' });
    const s2 = await openStream(url, { 'last-event-id': e2.id! });
    const e3 = await s2.next();
    assert.equal(JSON.parse(e3.data!).status, 4);
    s2.close();
  });

  it('refuses a stream without verification', async () => {
    const r = await submitted(server.api);
    const res = await fetch(`${server.api}/dossiers/${r.dossierCode}/events`);
    assert.equal(res.status, 403);
    assert.match(res.headers.get('content-type')!, /problem\+json/);
  });
});
