// What <dvc-fee-payment> relies on the server for: nothing is credited unless the provider really said
// so for the right amount in time, and one dossier never gets two open payments (never charged twice).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sign } from '../src/payments/signature.js';
import { act, lookup, submitted } from './helpers/fixtures.js';
import { PAYMENT_SECRET, startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
interface Payment {
  id: string; status: string; amount: number; method: string; nextUrl?: string; failureReason?: string;
  paidAt?: string; receiptNumber?: string; vietqr?: { payload: string };
}
interface Owing { dossierCode: string; lookupSecret: string }

async function owing(amount = 50000): Promise<Owing> {
  const r = await submitted(server.api);
  await act(server.api, r.dossierCode, { action: 'accept' });
  await act(server.api, r.dossierCode, { action: 'request-payment', fees: [{ name: 'Lệ phí', kind: 'le-phi', amount }] });
  return r;
}

async function create(r: Owing, method = 'gateway', key = randomUUID()): Promise<{ status: number; body: Payment; replayed: boolean }> {
  const res = await fetch(`${server.api}/payments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, 'dossier-verification': r.lookupSecret },
    body: JSON.stringify({ dossierCode: r.dossierCode, method, returnUrl: 'http://portal.example/thanh-toan.html' }),
  });
  return { status: res.status, body: (await res.json()) as Payment, replayed: res.headers.get('idempotent-replayed') === 'true' };
}

const getPayment = async (id: string) => (await (await fetch(`${server.api}/payments/${id}`)).json()) as Payment;
const feesDue = async (r: Owing) =>
  ((await (await lookup(server.api, r.dossierCode, r.lookupSecret)).json()) as { feesDue: number }).feesDue;
const paidOf = (code: string) =>
  (JSON.parse(server.store.db.prepare('SELECT data FROM dossiers WHERE code = ?').pluck().get(code) as string) as { paid: number }).paid;
const refOf = (p: Payment) => p.nextUrl!.split('/').pop()!;
const nowSeconds = () => Math.floor((Date.now() + server.clock.offsetMs) / 1000);

function callback(body: string, signature: string) {
  return fetch(`${server.api}/payments/callback/sandbox`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-signature': signature }, body,
  });
}

describe('fee payment: callbacks the server must refuse', () => {
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('rejects forged signatures (other secret, tampered body, none, malformed) and records nothing', async () => {
    const r = await owing();
    const p = (await create(r)).body;
    const body = JSON.stringify({ providerRef: refOf(p), status: 'success', amount: 50000 });
    const t = nowSeconds();
    const tampered = JSON.stringify({ providerRef: refOf(p), status: 'success', amount: 50000, paidAt: new Date().toISOString() });
    for (const [raw, signature] of [
      [body, sign('not-the-secret', body, t)],
      [tampered, sign(PAYMENT_SECRET, body, t)],
      [body, ''],
      [body, `t=${t}`],
      [body, `t=${t},v1=${'0'.repeat(64)}`],
      [body, sign(PAYMENT_SECRET, body, t).replace(/v1=./, 'v1=0')],
    ] as const) {
      const res = await callback(raw, signature);
      assert.equal(res.status, 401, `signature "${signature}"`);
      assert.match(res.headers.get('content-type')!, /problem\+json/);
    }
    assert.notEqual((await getPayment(p.id)).status, 'success');
    assert.equal(await feesDue(r), 50000);
    assert.equal(paidOf(r.dossierCode), 0);
  });

  it('ignores a replayed callback: credited once, and a stale replay is refused', async () => {
    const r = await owing();
    const p = (await create(r)).body;
    const body = JSON.stringify({ providerRef: refOf(p), status: 'success', amount: 50000 });
    const signature = sign(PAYMENT_SECRET, body, nowSeconds());
    assert.equal((await callback(body, signature)).status, 204);
    for (let i = 0; i < 3; i++) assert.equal((await callback(body, signature)).status, 204, 'a repeat is acknowledged');
    assert.equal(paidOf(r.dossierCode), 50000, 'credited exactly once');
    const events = (await server.store.getDossierEvents(r.dossierCode)).filter((e) => e.action === 'payment-received');
    assert.equal(events.length, 1);
    server.clock.offsetMs = 6 * 60_000;
    try {
      assert.equal((await callback(body, signature)).status, 401, 'older than 5 minutes');
    } finally {
      server.clock.offsetMs = 0;
    }
    // a genuine "failed" replayed after success changes nothing either
    const failed = JSON.stringify({ providerRef: refOf(p), status: 'failed' });
    assert.equal((await callback(failed, sign(PAYMENT_SECRET, failed, nowSeconds()))).status, 204);
    assert.equal((await getPayment(p.id)).status, 'success');
    assert.equal(paidOf(r.dossierCode), 50000);
  });

  it('refuses a callback whose amount is not the payment\'s, and never credits it', async () => {
    const r = await owing();
    const p = (await create(r)).body;
    for (const amount of [1, 49999, 500000, undefined]) {
      const body = JSON.stringify({ providerRef: refOf(p), status: 'success', ...(amount === undefined ? {} : { amount }) });
      const res = await callback(body, sign(PAYMENT_SECRET, body, nowSeconds()));
      if (amount === 1) assert.equal(res.status, 409);
      else assert.ok(res.status === 409 || res.status === 204, 'the payment is already final');
    }
    const after = await getPayment(p.id);
    assert.deepEqual([after.status, after.failureReason], ['error', 'amount-mismatch']);
    assert.equal(await feesDue(r), 50000);
    assert.equal(paidOf(r.dossierCode), 0);
  });

  it('refuses a callback for an expired payment and records it expired, unpaid', async () => {
    const r = await owing();
    const p = (await create(r)).body;
    server.clock.offsetMs = 91 * 60_000;
    try {
      const body = JSON.stringify({ providerRef: refOf(p), status: 'success', amount: 50000 });
      const res = await callback(body, sign(PAYMENT_SECRET, body, nowSeconds()));
      assert.equal(res.status, 409);
      assert.equal(((await res.json()) as { code: string }).code, 'payment-expired');
      assert.equal((await getPayment(p.id)).status, 'expired');
      assert.equal(await feesDue(r), 50000);
      assert.equal(paidOf(r.dossierCode), 0);
    } finally {
      server.clock.offsetMs = 0;
    }
  });

  it('ignores what the return URL claims', async () => {
    const r = await owing();
    const p = (await create(r)).body;
    await fetch(p.nextUrl!);
    const decide = await fetch(`${p.nextUrl}/decide`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'outcome=cancelled', redirect: 'manual',
    });
    const ret = await fetch(`${decide.headers.get('location')}?status=success&amount=50000`, { redirect: 'manual' });
    assert.equal(new URL(ret.headers.get('location')!).searchParams.get('dvc-payment'), p.id);
    assert.equal((await getPayment(p.id)).status, 'cancelled');
    assert.equal(await feesDue(r), 50000);
  });
});

describe('fee payment: one open payment per dossier', () => {
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('answers a second attempt (another key, another method) with the open payment', async () => {
    const r = await owing();
    const first = await create(r, 'vietqr');
    assert.equal(first.status, 201);
    const again = await create(r, 'vietqr');
    const other = await create(r, 'gateway');
    assert.deepEqual([again.status, other.status], [200, 200]);
    assert.deepEqual([again.replayed, other.replayed], [false, false], 'not a replay of their own key');
    const key = randomUUID();
    await create(r, 'vietqr', key);
    assert.equal((await create(r, 'vietqr', key)).replayed, false, 'the key was never stored: the open payment answered');
    assert.equal(again.body.id, first.body.id);
    assert.equal(other.body.id, first.body.id);
    assert.equal(other.body.method, 'vietqr');
    const count = server.store.db.prepare('SELECT count(*) FROM payments WHERE dossier_code = ?').pluck().get(r.dossierCode);
    assert.equal(count, 1);
  });

  it('creates a new payment once the open one is cancelled or expired', async () => {
    const r = await owing();
    const gateway = (await create(r)).body;
    await fetch(`${gateway.nextUrl}/decide`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'outcome=cancelled', redirect: 'manual',
    });
    const second = await create(r, 'vietqr');
    assert.equal(second.status, 201);
    assert.notEqual(second.body.id, gateway.id);
    server.clock.offsetMs = 91 * 60_000;
    try {
      const third = await create(r, 'vietqr');
      assert.equal(third.status, 201);
      assert.notEqual(third.body.id, second.body.id);
      assert.equal((await getPayment(second.body.id)).status, 'expired');
    } finally {
      server.clock.offsetMs = 0;
    }
  });

  it('gives a successful payment an e-receipt number and time; others have none', async () => {
    const r = await owing();
    const p = (await create(r, 'vietqr')).body;
    assert.equal(p.receiptNumber, undefined);
    const confirmed = await fetch(`${server.api}/officer/payments/${p.id}/confirm`, {
      method: 'POST', headers: { authorization: 'Bearer test-officer-token' },
    });
    assert.equal(confirmed.status, 200);
    const paid = await getPayment(p.id);
    assert.match(paid.receiptNumber!, /^BL\d{6}-[A-Z0-9_-]{8}$/);
    assert.ok(Math.abs(Date.parse(paid.paidAt!) - Date.now()) < 60_000);
    assert.equal((await getPayment(p.id)).receiptNumber, paid.receiptNumber, 'stable');
    assert.equal((await create(r)).status, 409, 'already paid');
  });
});
