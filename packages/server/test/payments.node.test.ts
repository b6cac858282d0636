// Payments through the sandbox gateway exactly as a browser would go: create → provider page → decide
// → signed callback → return redirect → portal; plus idempotency, forged callbacks, expiry and VietQR.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sign } from '../src/payments/signature.js';
import { act, lookup, submitted } from './helpers/fixtures.js';
import { OFFICER_TOKEN, PAYMENT_SECRET, startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
type Payment = { id: string; status: string; amount: number; nextUrl?: string; vietqr?: { payload: string } };

/** A dossier in status 6 owing 50 000 VND. */
async function owing() {
  const r = await submitted(server.api);
  await act(server.api, r.dossierCode, { action: 'accept' });
  await act(server.api, r.dossierCode, { action: 'request-payment', fees: [{ name: 'Lệ phí cấp bản sao trích lục', kind: 'le-phi', amount: 50000 }] });
  return r;
}

function createPayment(r: { dossierCode: string; lookupSecret: string }, method = 'gateway', key = randomUUID()) {
  return fetch(`${server.api}/payments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, 'dossier-verification': r.lookupSecret },
    body: JSON.stringify({ dossierCode: r.dossierCode, method, returnUrl: 'http://portal.example/nop-phi?x=1' }),
  });
}

describe('payments', () => {
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('runs the whole gateway flow and credits the dossier', async () => {
    const r = await owing();
    const created = await createPayment(r);
    assert.equal(created.status, 201);
    const p = (await created.json()) as Payment;
    assert.equal(p.amount, 50000);
    assert.ok(p.nextUrl!.startsWith(`${server.api}/sandbox/pay/`));

    const page = await fetch(p.nextUrl!);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Thanh toán/);
    assert.ok(html.includes(r.dossierCode));
    assert.equal(((await (await fetch(`${server.api}/payments/${p.id}`)).json()) as Payment).status, 'started');

    const decide = await fetch(`${p.nextUrl}/decide`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'outcome=success', redirect: 'manual',
    });
    assert.equal(decide.status, 303);
    const back = decide.headers.get('location')!;
    assert.equal(back, `${server.url}/api/v1/payments/${p.id}/return`);
    // the callback already arrived (signed, over HTTP) before the redirect
    assert.equal(((await (await fetch(`${server.api}/payments/${p.id}`)).json()) as Payment).status, 'success');

    const ret = await fetch(`${back}?status=failed&amount=1`, { redirect: 'manual' });
    assert.equal(ret.status, 303);
    const portal = new URL(ret.headers.get('location')!);
    assert.equal(portal.origin, 'http://portal.example');
    assert.equal(portal.searchParams.get('dvc-payment'), p.id);
    assert.equal(portal.searchParams.get('x'), '1');

    const d = (await (await lookup(server.api, r.dossierCode, r.lookupSecret)).json()) as { status: number; feesDue: number };
    assert.equal(d.status, 4, 'back to processing after paying');
    assert.equal(d.feesDue, 0);
    assert.equal((await createPayment(r)).status, 409);
  });

  it('creates one payment for two requests with the same key', async () => {
    const r = await owing();
    const key = randomUUID();
    const [a, b] = await Promise.all([createPayment(r, 'gateway', key), createPayment(r, 'gateway', key)]);
    const pa = (await a.json()) as Payment;
    const pb = (await b.json()) as Payment;
    assert.deepEqual([a.status, b.status].sort(), [200, 201]);
    assert.equal(pa.id, pb.id);
    const count = server.store.db.prepare('SELECT count(*) FROM payments WHERE dossier_code = ?').pluck().get(r.dossierCode);
    assert.equal(count, 1);
  });

  it('rejects a forged callback with 401 and changes nothing', async () => {
    const r = await owing();
    const p = (await (await createPayment(r)).json()) as Payment;
    const ref = p.nextUrl!.split('/').pop()!;
    const body = JSON.stringify({ providerRef: ref, status: 'success', amount: 50000 });
    const now = Math.floor(Date.now() / 1000);
    const send = (signature: string) => fetch(`${server.api}/payments/callback/sandbox`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-signature': signature }, body,
    });
    const forged = await send(sign('not-the-secret', body, now));
    assert.equal(forged.status, 401);
    assert.match(forged.headers.get('content-type')!, /problem\+json/);
    assert.equal((await send(sign(PAYMENT_SECRET, body, now - 600))).status, 401, 'too old');
    assert.equal((await send(`t=${now},v1=zz`)).status, 401);
    assert.notEqual(((await (await fetch(`${server.api}/payments/${p.id}`)).json()) as Payment).status, 'success');
    // a genuine one is accepted, and a repeat is harmless
    assert.equal((await send(sign(PAYMENT_SECRET, body, now))).status, 204);
    assert.equal((await send(sign(PAYMENT_SECRET, body, now))).status, 204);
    assert.equal(((await (await fetch(`${server.api}/payments/${p.id}`)).json()) as Payment).status, 'success');
    const d = (await (await lookup(server.api, r.dossierCode, r.lookupSecret)).json()) as { feesDue: number };
    assert.equal(d.feesDue, 0, 'credited once');
  });

  it('expires an unfinished payment after 90 minutes', async () => {
    const r = await owing();
    const p = (await (await createPayment(r)).json()) as Payment;
    server.clock.offsetMs = 91 * 60_000;
    try {
      const later = (await (await fetch(`${server.api}/payments/${p.id}`)).json()) as Payment;
      assert.equal(later.status, 'expired');
      const decide = await fetch(`${p.nextUrl}/decide`, {
        method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'outcome=success', redirect: 'manual',
      });
      assert.equal(decide.status, 409);
    } finally {
      server.clock.offsetMs = 0;
    }
  });

  it('refuses return URLs of other origins', async () => {
    const r = await owing();
    const res = await fetch(`${server.api}/payments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), 'dossier-verification': r.lookupSecret },
      body: JSON.stringify({ dossierCode: r.dossierCode, method: 'gateway', returnUrl: 'https://evil.example/steal' }),
    });
    assert.equal(res.status, 422);
  });

  it('builds a VietQR payload for the due amount and settles on the officer\'s confirmation', async () => {
    const r = await owing();
    const res = await createPayment(r, 'vietqr');
    assert.equal(res.status, 201);
    const p = (await res.json()) as Payment;
    assert.ok(p.vietqr!.payload.includes(`01${String(r.dossierCode.length).padStart(2, '0')}${r.dossierCode}`));
    assert.ok(p.vietqr!.payload.includes('540550000'));
    const confirm = await fetch(`${server.api}/officer/payments/${p.id}/confirm`, { method: 'POST', headers: { authorization: `Bearer ${OFFICER_TOKEN}` } });
    assert.equal(confirm.status, 200);
    const d = (await (await lookup(server.api, r.dossierCode, r.lookupSecret)).json()) as { status: number; feesDue: number };
    assert.deepEqual([d.status, d.feesDue], [4, 0]);
  });

  it('409s when nothing is due', async () => {
    const r = await submitted(server.api);
    const res = await createPayment(r);
    assert.equal(res.status, 409);
  });
});
