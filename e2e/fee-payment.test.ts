// The citizen pays a level-4 dossier's fees on the portal's payment page (examples/thanh-toan.html) in
// real Chromium against the built server: once through the sandbox gateway (redirect, Back mid-payment,
// pay, come back, e-receipt), once by VietQR confirmed by an officer on the officer page. Each time the
// dossier, waiting on its fees (status 6), moves on to processing (4).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { formSamples } from '../packages/server/src/seed/forms/index.js';
import { launchBrowser, recordProblems } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

/** Đăng ký thành lập hộ kinh doanh: level 4, lệ phí 100 000 less 50 000 for applying online. */
const LEVEL4 = '2.000575';
const OFFICER = { authorization: 'Bearer demo-officer', 'content-type': 'application/json' };

describe('fee payment in the portal', () => {
  let server: RunningServer;
  let browser: Browser;
  const problems: string[] = [];

  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    recordProblems(page, problems);
    return page;
  }

  /** Submitted over HTTP as the application form does; the officer accepts it and asks for a fee too. */
  async function owingDossier(): Promise<{ code: string; secret: string }> {
    const api = `${server.url}/api/v1`;
    const form = (await (await fetch(`${api}/procedures/${LEVEL4}/form`)).json()) as { version: string };
    const res = await fetch(`${api}/dossiers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ procedureCode: LEVEL4, formVersion: form.version, data: formSamples[LEVEL4], resultChannel: 'online',
        contact: { phone: '0912345678' } }),
    });
    assert.equal(res.status, 201, await res.clone().text());
    const receipt = (await res.json()) as { dossierCode: string; lookupSecret: string; fees: { due: number } };
    assert.equal(receipt.fees.due, 50000);
    for (const action of [
      { action: 'accept' },
      { action: 'request-payment', fees: [{ name: 'Phí thẩm định hồ sơ', kind: 'phi', amount: 30000 }] },
    ]) {
      const acted = await fetch(`${api}/officer/dossiers/${encodeURIComponent(receipt.dossierCode)}/actions`, {
        method: 'POST', headers: OFFICER, body: JSON.stringify({ department: 'Phòng Tài chính - Kế hoạch', ...action }),
      });
      assert.equal(acted.status, 200);
    }
    return { code: receipt.dossierCode, secret: receipt.lookupSecret };
  }

  async function dossier(code: string, secret: string) {
    const res = await fetch(`${server.url}/api/v1/dossiers/${encodeURIComponent(code)}`, { headers: { 'dossier-verification': secret } });
    return (await res.json()) as { status: number; feesDue: number; history: { action?: string }[] };
  }

  async function paymentsOf(code: string) {
    const res = await fetch(`${server.url}/api/v1/officer/dossiers/${encodeURIComponent(code)}/payments`, { headers: OFFICER });
    return ((await res.json()) as { items: { id: string; status: string; method: string }[] }).items;
  }

  const state = (page: Page, name: string) =>
    page.waitForFunction((s) => document.querySelector('dvc-fee-payment')?.matches(`:state(${s})`), name, { timeout: 15_000 });

  /** Opens the payment page from the receipt's link, chooses a method, checks and pays. */
  async function choose(page: Page, code: string, secret: string, method: 'gateway' | 'vietqr') {
    await page.goto(`${server.url}/thanh-toan.html?ma=${encodeURIComponent(code)}&xac-thuc=${secret}`);
    await state(page, 'choose');
    assert.ok(!page.url().includes(secret), 'the lookup code left the address bar');
    const fees = await page.locator('dvc-fee-payment [part~="fees"]').textContent();
    assert.match(fees ?? '', /Lệ phí đăng ký hộ kinh doanh/);
    assert.match(fees ?? '', /Phí thẩm định hồ sơ/);
    assert.match(fees ?? '', /80\.000/);
    await page.locator(`dvc-fee-payment input[value="${method}"]`).check();
    await page.locator('dvc-fee-payment [part~="next"]').click();
    await state(page, 'review');
    const review = await page.locator('dvc-fee-payment [part~="review"]').textContent();
    assert.match(review ?? '', /Đăng ký thành lập hộ kinh doanh/);
    assert.match(review ?? '', /80\.000/);
  }

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('pays through the sandbox gateway, survives Back mid-payment, and shows the e-receipt', async () => {
    const { code, secret } = await owingDossier();
    const page = await newPage();
    const qrRequests: string[] = [];
    page.on('request', (request) => { if (/\/chunks\/fee-payment-qr-/.test(request.url())) qrRequests.push(request.url()); });
    await choose(page, code, secret, 'gateway');
    const pay = page.locator('dvc-fee-payment [part~="pay"]');
    await pay.dblclick(); // a double click still makes one payment
    await page.waitForURL(/\/api\/v1\/sandbox\/pay\//);
    assert.match(await page.textContent('body') ?? '', new RegExp(code.replace(/\./g, '\\.')));
    assert.match(await page.textContent('body') ?? '', /80\.000/);

    // Back before paying: the portal shows the open payment, not a second one
    await page.goBack();
    await state(page, 'in-progress');
    assert.equal((await paymentsOf(code)).length, 1);
    await page.locator('dvc-fee-payment [part~="continue"]').click();
    await page.waitForURL(/\/api\/v1\/sandbox\/pay\//);
    await page.getByRole('button', { name: 'Thanh toán', exact: true }).click();

    // back on the portal through the server's return route: ?ma=…&dvc-payment=…, never the lookup code
    await page.waitForURL(/\/thanh-toan\.html\?/);
    await state(page, 'success');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('ma'), code);
    assert.ok(!page.url().includes(secret));
    const receipt = await page.locator('dvc-fee-payment [part~="receipt"]').textContent();
    assert.match(receipt ?? '', /BL\d{6}-/);
    assert.match(receipt ?? '', /80\.000/);
    assert.match(await page.title(), /Đã thanh toán/);

    const payments = await paymentsOf(code);
    assert.deepEqual(payments.map((p) => [p.method, p.status]), [['gateway', 'success']]);
    const d = await dossier(code, secret);
    assert.equal(d.status, 4, 'waiting on fees → processing');
    assert.equal(d.feesDue, 0);
    assert.ok(d.history.some((h) => h.action === 'payment-received'));

    // a reload still shows the receipt
    await page.reload();
    await state(page, 'success');
    assert.deepEqual(qrRequests, [], 'a gateway payment downloaded the QR encoder');
  });

  test('pays by VietQR and the officer\'s confirmation on the officer page completes it', async () => {
    const { code, secret } = await owingDossier();
    const page = await newPage();
    await choose(page, code, secret, 'vietqr');
    await page.locator('dvc-fee-payment [part~="pay"]').click();
    await state(page, 'in-progress');
    const qr = page.locator('dvc-fee-payment [part~="qr"]');
    assert.match(await qr.getAttribute('aria-label') ?? '', /80\.000/);
    const account = await page.locator('dvc-fee-payment [part~="account"]').textContent();
    assert.match(account ?? '', /0011001234567/);
    assert.ok(account?.includes(code));

    const officer = await newPage();
    await officer.goto(`${server.url}/officer/`);
    const box = officer.locator('fieldset', { hasText: `Xử lý hồ sơ ${code}` });
    await box.getByRole('button', { name: 'Xác nhận chuyển khoản VietQR' }).click();
    await officer.waitForFunction(() => document.getElementById('message')?.textContent?.startsWith('Đã xác nhận chuyển khoản'));

    await state(page, 'success'); // live: the SSE event, else polling
    const receipt = await page.locator('dvc-fee-payment [part~="receipt"]').textContent();
    assert.match(receipt ?? '', /BL\d{6}-/);
    const d = await dossier(code, secret);
    assert.deepEqual([d.status, d.feesDue], [4, 0]);
    assert.deepEqual((await paymentsOf(code)).map((p) => [p.method, p.status]), [['vietqr', 'success']]);
  });

  test('when the QR encoder cannot be downloaded, the transfer details still let the citizen pay', async () => {
    const { code, secret } = await owingDossier();
    const page = await browser.newPage(); // its failed download is the point: not in the console check
    await page.route(/\/chunks\/fee-payment-qr-/, (route) => route.abort('internetdisconnected'));
    await choose(page, code, secret, 'vietqr');
    await page.locator('dvc-fee-payment [part~="pay"]').click();
    await state(page, 'in-progress');
    await page.locator('dvc-fee-payment [part~="error"]', { hasText: 'Chưa tải được mã QR' }).waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('dvc-fee-payment [part~="qr"]').count(), 0);
    const account = await page.locator('dvc-fee-payment [part~="account"]').textContent();
    assert.match(account ?? '', /0011001234567/);
    assert.ok(account?.includes(code));
    await page.close();
  });

  test('without the lookup code in the link, asks for it', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/thanh-toan.html`);
    assert.equal(await page.locator('#lookup').isVisible(), true);
    assert.equal(await page.locator('dvc-fee-payment').isVisible(), false);
  });

  test('no console errors', () => {
    assert.deepEqual(problems, []);
  });
});
