// Submission, idempotency, lookup, officer transitions and what follows (supplement, result, rating).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { act, birthSubmission, lookup, submit, submitted } from './helpers/fixtures.js';
import { OFFICER_TOKEN, startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
const CODE_RE = /^000\.00\.01\.H29-\d{6}-\d{4}$/;
const dossierCount = () => server.store.db.prepare('SELECT count(*) FROM dossiers').pluck().get() as number;

describe('dossier submission', () => {
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('creates a dossier and returns the receipt', async () => {
    const res = await submit(server.api, await birthSubmission(server.api));
    assert.equal(res.status, 201);
    const r = (await res.json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.match(r.dossierCode, CODE_RE);
    assert.ok(r.dossierCode.length <= 25);
    assert.equal(r.status, 1);
    assert.equal(r.procedureCode, '1.001193');
    assert.match(r.lookupSecret, /^[A-HJ-NP-Z2-9]{8}$/);
    assert.ok(r.appointmentDate > r.receivedAt.slice(0, 10), 'appointment after the receipt date');
    assert.deepEqual(Object.keys(r.fees).sort(), ['currency', 'due', 'items', 'methods', 'paid', 'total']);
    assert.equal(res.headers.get('location'), `/api/v1/dossiers/${r.dossierCode}`);
  });

  it('replays the same key and body with the same receipt and one dossier', async () => {
    const body = await birthSubmission(server.api);
    const key = randomUUID();
    const first = await submit(server.api, body, key);
    const before = dossierCount();
    const second = await submit(server.api, body, key);
    assert.equal(second.status, 200);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await second.json(), await first.json());
    assert.equal(dossierCount(), before);
  });

  it('refuses the same key with another body (422 idempotency-key-reused)', async () => {
    const key = randomUUID();
    await submit(server.api, await birthSubmission(server.api), key);
    const res = await submit(server.api, await birthSubmission(server.api, { resultChannel: 'counter' }), key);
    assert.equal(res.status, 422);
    assert.equal(((await res.json()) as { code: string }).code, 'idempotency-key-reused');
  });

  it('creates exactly one dossier for ten concurrent submits with one key', async () => {
    const body = await birthSubmission(server.api);
    const key = randomUUID();
    const before = dossierCount();
    const responses = await Promise.all(Array.from({ length: 10 }, () => submit(server.api, body, key)));
    const codes = new Set<string>();
    for (const res of responses) {
      assert.ok(res.status === 201 || res.status === 200);
      codes.add(((await res.json()) as { dossierCode: string }).dossierCode);
    }
    assert.equal(responses.filter((r) => r.status === 201).length, 1);
    assert.equal(codes.size, 1);
    assert.equal(dossierCount(), before + 1);
  });

  it('requires an Idempotency-Key', async () => {
    const res = await fetch(`${server.api}/dossiers`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(await birthSubmission(server.api)),
    });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { errors: { pointer: string }[] };
    assert.equal(body.errors[0].pointer, '/header/idempotency-key');
  });

  it('points at the invalid form fields (422)', async () => {
    const body = await birthSubmission(server.api);
    const data = body.data as { treEm: Record<string, unknown>; me: Record<string, unknown> };
    delete data.treEm.hoTen;
    data.me.soDinhDanh = '12345';
    const res = await submit(server.api, body);
    assert.equal(res.status, 422);
    assert.match(res.headers.get('content-type')!, /problem\+json/);
    const problem = (await res.json()) as { code: string; errors: { pointer: string; code: string }[] };
    assert.equal(problem.code, 'validation-failed');
    const pointers = problem.errors.map((e) => `${e.pointer} ${e.code}`);
    assert.ok(pointers.includes('/data/treEm/hoTen required'), pointers.join(', '));
    assert.ok(problem.errors.some((e) => e.pointer === '/data/me/soDinhDanh'), pointers.join(', '));
  });

  it('allows only the procedure\'s result channels and needs an address for post', async () => {
    const res = await submit(server.api, await birthSubmission(server.api, { resultChannel: 'post' }));
    assert.equal(res.status, 422);
    const problem = (await res.json()) as { errors: { pointer: string }[] };
    assert.ok(problem.errors.some((e) => e.pointer === '/deliveryAddress' || e.pointer === '/resultChannel'));
  });

  it('404s an unknown procedure', async () => {
    const res = await submit(server.api, { ...(await birthSubmission(server.api)), procedureCode: '9.999999' });
    assert.equal(res.status, 404);
  });
});

describe('dossier lookup and officer work', () => {
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('opens with the secret or the phone, 403 otherwise, and masks the name', async () => {
    const r = await submitted(server.api);
    const bySecret = await lookup(server.api, r.dossierCode, r.lookupSecret.toLowerCase());
    assert.equal(bySecret.status, 200);
    const d = (await bySecret.json()) as { applicantName?: string; status: number; history: unknown[]; onTime: null };
    assert.equal(d.status, 1);
    assert.equal(d.onTime, null);
    assert.equal(d.history.length, 1);
    if (d.applicantName) assert.match(d.applicantName, /\*\*\*/);
    assert.equal((await lookup(server.api, r.dossierCode, '0912345678')).status, 200);
    assert.equal((await fetch(`${server.api}/dossiers/${r.dossierCode}?verification=${r.lookupSecret}`)).status, 200);
    const wrong = await lookup(server.api, r.dossierCode, 'WRONGONE');
    assert.equal(wrong.status, 403);
    const unknown = await lookup(server.api, '000.00.01.H29-991231-9999', r.lookupSecret);
    assert.equal(unknown.status, 403);
    assert.deepEqual({ ...(await wrong.json()) as object }, { ...(await unknown.json()) as object });
  });

  it('moves a dossier through the status table and refuses invalid moves with 409', async () => {
    const r = await submitted(server.api);
    assert.equal((await act(server.api, r.dossierCode, { action: 'finish' })).status, 409);
    for (const [action, status] of [['accept', 2], ['process', 4], ['finish', 9], ['deliver', 10]] as const) {
      const res = await act(server.api, r.dossierCode, { action });
      assert.equal(res.status, 200, action);
      assert.equal(((await res.json()) as { status: number }).status, status);
    }
    const d = (await (await lookup(server.api, r.dossierCode, r.lookupSecret)).json()) as { history: { status: number; department: string }[]; onTime: boolean };
    assert.deepEqual(d.history.map((h) => h.status), [1, 2, 4, 9, 10]);
    assert.equal(d.onTime, true);
  });

  it('needs the officer token', async () => {
    const r = await submitted(server.api);
    assert.equal((await act(server.api, r.dossierCode, { action: 'accept' }, 'wrong')).status, 401);
    assert.equal((await fetch(`${server.api}/officer/dossiers`)).status, 401);
    const list = await fetch(`${server.api}/officer/dossiers?limit=5`, { headers: { authorization: `Bearer ${OFFICER_TOKEN}` } });
    assert.equal(list.status, 200);
    assert.ok(((await list.json()) as { items: unknown[] }).items.length > 0);
  });

  it('needs a reason to refuse and a date to apologise; the apology moves the appointment', async () => {
    const r = await submitted(server.api);
    assert.equal((await act(server.api, r.dossierCode, { action: 'refuse' })).status, 400);
    assert.equal((await act(server.api, r.dossierCode, { action: 'apologise', reason: 'x', newAppointmentDate: '2020-01-01' })).status, 400);
    const res = await act(server.api, r.dossierCode, { action: 'apologise', reason: 'Cần xác minh thêm', newAppointmentDate: '2030-01-15' });
    assert.equal(res.status, 200);
    const d = (await res.json()) as { status: number; appointmentDate: string; history: { newAppointmentDate?: string }[] };
    assert.equal(d.status, 1);
    assert.equal(d.appointmentDate, '2030-01-15');
    assert.equal(d.history.at(-1)!.newAppointmentDate, '2030-01-15');
  });

  it('takes supplements only when asked, idempotently', async () => {
    const r = await submitted(server.api);
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), 'bo-sung.pdf');
    const upload = (await (await fetch(`${server.api}/uploads`, { method: 'POST', body: form })).json()) as { id: string };
    const send = (key: string) => fetch(`${server.api}/dossiers/${r.dossierCode}/supplements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key, 'dossier-verification': r.lookupSecret },
      body: JSON.stringify({ attachments: [upload.id], note: 'Bản chụp giấy chứng sinh rõ hơn' }),
    });
    assert.equal((await send(randomUUID())).status, 409);
    await act(server.api, r.dossierCode, { action: 'accept' });
    await act(server.api, r.dossierCode, { action: 'request-supplement', reason: 'Ảnh giấy chứng sinh bị mờ' });
    const waiting = (await (await lookup(server.api, r.dossierCode, r.lookupSecret)).json()) as { status: number; supplementRequest: { reason: string } };
    assert.equal(waiting.status, 5);
    assert.equal(waiting.supplementRequest.reason, 'Ảnh giấy chứng sinh bị mờ');
    const key = randomUUID();
    const first = await send(key);
    assert.equal(first.status, 201);
    assert.equal(((await first.json()) as { status: number }).status, 4);
    const again = await send(key);
    assert.equal(again.status, 200);
  });

  it('serves the result PDF once finished, and takes a rating', async () => {
    const r = await submitted(server.api);
    const result = () => fetch(`${server.api}/dossiers/${r.dossierCode}/result?verification=${r.lookupSecret}`);
    const rate = (body: unknown) => fetch(`${server.api}/dossiers/${r.dossierCode}/rating`, {
      method: 'PUT', headers: { 'content-type': 'application/json', 'dossier-verification': r.lookupSecret }, body: JSON.stringify(body),
    });
    assert.equal((await result()).status, 409);
    assert.equal((await rate({ overall: 5 })).status, 409);
    for (const action of ['accept', 'process', 'finish']) await act(server.api, r.dossierCode, { action });
    const pdf = await result();
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.match(pdf.headers.get('content-disposition')!, /^attachment; filename=/);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    assert.match(bytes.subarray(-6).toString(), /%%EOF/);
    assert.equal((await rate({ overall: 4, attitude: 5 })).status, 200);
    const replaced = await rate({ overall: 5, comment: 'Nhanh' });
    assert.deepEqual(await replaced.json(), { overall: 5, comment: 'Nhanh' });
    const d = (await (await lookup(server.api, r.dossierCode, r.lookupSecret)).json()) as { rating: unknown };
    assert.deepEqual(d.rating, { overall: 5, comment: 'Nhanh' });
  });
});

describe('lookup rate limit', () => {
  before(async () => {
    server = await startServer({ lookupRateLimit: { max: 3, timeWindowMs: 60_000 } });
  });
  after(() => server.close());

  it('answers 429 problem with retryAfter past the limit', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await lookup(server.api, '000.00.01.H29-991231-0001', 'AAAAAAAA')).status);
    assert.deepEqual(statuses, [403, 403, 403, 429]);
    const res = await lookup(server.api, '000.00.01.H29-991231-0001', 'AAAAAAAA');
    assert.equal(res.status, 429);
    assert.match(res.headers.get('content-type')!, /problem\+json/);
    const body = (await res.json()) as { code: string; retryAfter: number };
    assert.equal(body.code, 'rate-limited');
    assert.ok(body.retryAfter > 0);
    assert.ok(Number(res.headers.get('retry-after')) > 0);
  });
});
