// The citizen follows a dossier on the portal's lookup page (examples/tra-cuu.html) while an officer
// drives it from the officer page (examples/officer/), both in real Chromium against the built server:
// accepted → supplement requested (answered from the tracker with an upload) → fee requested (paid at
// the sandbox provider) → finished → delivered, the tracker updating live at every step.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { formSamples } from '../packages/server/src/seed/forms/index.js';
import { launchBrowser, recordProblems } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

const BIRTH = '1.001193';

describe('status tracker in the portal', () => {
  let server: RunningServer;
  let browser: Browser;
  let citizen: Page;
  let officer: Page;
  let code: string;
  let secret: string;
  const problems: string[] = [];

  const announced = () => citizen.locator('dvc-status-tracker [role="status"]');
  const waitForStatus = async (name: string) => {
    await citizen.waitForFunction(
      (text) => document.querySelector('dvc-status-tracker')?.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim() === text,
      name, { timeout: 10_000 });
  };
  const officerAction = async (label: string, fill: Record<string, string> = {}) => {
    const box = officer.locator('fieldset', { hasText: `Xử lý hồ sơ ${code}` });
    for (const [name, value] of Object.entries(fill)) await box.locator(`[name="${name}"]`).fill(value);
    await box.getByRole('button', { name: label, exact: true }).click();
    await officer.waitForFunction((l) => document.getElementById('message')?.textContent?.startsWith(`${l}:`), label);
  };

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    citizen = await browser.newPage();
    officer = await browser.newPage();
    for (const page of [citizen, officer]) {
      recordProblems(page, problems);
    }
    // Submitted over HTTP exactly as the application form does.
    const form = (await (await fetch(`${server.url}/api/v1/procedures/${BIRTH}/form`)).json()) as { version: string };
    const res = await fetch(`${server.url}/api/v1/dossiers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ procedureCode: BIRTH, formVersion: form.version, data: formSamples[BIRTH], resultChannel: 'online', contact: { phone: '0912345678' } }),
    });
    assert.equal(res.status, 201);
    const receipt = (await res.json()) as { dossierCode: string; lookupSecret: string };
    code = receipt.dossierCode;
    secret = receipt.lookupSecret;
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the receipt link opens the dossier on the lookup page', async () => {
    await citizen.goto(`${server.url}/tra-cuu.html?ma=${encodeURIComponent(code)}&xac-thuc=${secret}`);
    await waitForStatus('Mới đăng ký');
    const summary = await citizen.locator('dvc-status-tracker [part~="summary"]').textContent();
    assert.match(summary ?? '', /Đăng ký khai sinh/);
    assert.ok(summary?.includes(code));
    assert.equal(await citizen.locator('dvc-status-tracker #code').inputValue(), code);
  });

  test('the officer page opens the same dossier', async () => {
    await officer.goto(`${server.url}/officer/`);
    await officer.getByRole('button', { name: 'Tải danh sách hồ sơ' }).click();
    await officer.locator('fieldset', { hasText: `Xử lý hồ sơ ${code}` }).waitFor();
  });

  test('accepted: the tracker updates live and announces it', async () => {
    await officerAction('Tiếp nhận');
    await waitForStatus('Được tiếp nhận');
    await citizen.waitForFunction(() => document.querySelector('dvc-status-tracker')?.shadowRoot
      ?.querySelector('[role="status"]')?.textContent?.includes('Được tiếp nhận'));
    assert.match(await announced().textContent() ?? '', /chuyển sang trạng thái: Được tiếp nhận/);
  });

  test('supplement requested: answered from the tracker with an upload', async () => {
    await officerAction('Yêu cầu bổ sung', { reason: 'Bổ sung bản sao giấy chứng sinh có chứng thực' });
    await waitForStatus('Yêu cầu bổ sung giấy tờ');
    const panel = citizen.locator('dvc-status-tracker [part~="action"]');
    assert.match(await panel.textContent() ?? '', /Bổ sung bản sao giấy chứng sinh có chứng thực/);
    await citizen.locator('dvc-status-tracker input[type=file]').setInputFiles({
      name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await citizen.locator('dvc-status-tracker #note').fill('Bản sao có chứng thực');
    await citizen.locator('dvc-status-tracker button', { hasText: 'Gửi bổ sung' }).click();
    await waitForStatus('Đang xử lý');
    // the officer sees the citizen's answer in the dossier's history
    await officer.getByRole('button', { name: 'Tải danh sách hồ sơ' }).click();
    await officer.locator('tr', { hasText: code }).locator('.history', { hasText: 'Bản sao có chứng thực' }).waitFor({ state: 'attached' });
  });

  test('fee requested, then paid at the sandbox provider: the tracker follows both', async () => {
    await officerAction('Yêu cầu nộp phí', { feeName: 'Lệ phí cấp bản sao trích lục', feeAmount: '8000' });
    await waitForStatus('Yêu cầu thực hiện nghĩa vụ tài chính');
    // The bundle carries <dvc-fee-payment>: the tracker shows it inline and it itemises the fee
    // (else the tracker states the amount and links to the portal's payment page).
    const inline = citizen.locator('dvc-status-tracker dvc-fee-payment');
    if (await inline.count()) {
      assert.equal(await inline.getAttribute('dossier-code'), code);
      await inline.getByText(/8\.000/).first().waitFor();
    } else {
      assert.match(await citizen.locator('dvc-status-tracker [part~="action"]').textContent() ?? '', /8\.000/);
      assert.match(await citizen.locator('dvc-status-tracker [part~="pay"]').getAttribute('href') ?? '', /thanh-toan\.html\?ma=/);
    }

    // Paid on another device: a payment created with the provider, confirmed on its page.
    const res = await fetch(`${server.url}/api/v1/payments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), 'dossier-verification': secret },
      body: JSON.stringify({ dossierCode: code, method: 'gateway', returnUrl: `${server.url}/tra-cuu.html` }),
    });
    assert.equal(res.status, 201);
    const payment = (await res.json()) as { nextUrl: string };
    const bank = await browser.newPage();
    await bank.goto(payment.nextUrl);
    await bank.getByRole('button', { name: 'Thanh toán' }).click();
    await bank.waitForURL(/tra-cuu\.html/);
    await bank.close();
    await waitForStatus('Đang xử lý');
    await officer.getByRole('button', { name: 'Tải danh sách hồ sơ' }).click();
    await officer.locator('tr', { hasText: code }).locator('.status', { hasText: 'Đang xử lý' }).waitFor();
  });

  test('finished: the result can be downloaded', async () => {
    await officerAction('Hoàn thành xử lý');
    await waitForStatus('Đã xử lý xong');
    const href = await citizen.locator('dvc-status-tracker [part~="download"]').getAttribute('href');
    const pdf = await fetch(new URL(href!, server.url));
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
  });

  test('delivered: the satisfaction rating is sent once', async () => {
    await officerAction('Trả kết quả');
    await waitForStatus('Đã trả kết quả');
    await citizen.locator('dvc-status-tracker input[name="overall"][value="5"]').check();
    await citizen.locator('dvc-status-tracker input[name="onTime"][value="yes"]').check();
    await citizen.locator('dvc-status-tracker #comment').fill('Không phải đến cơ quan lần nào');
    await citizen.locator('dvc-status-tracker button', { hasText: 'Gửi đánh giá' }).click();
    await citizen.locator('dvc-status-tracker [part~="rating"]', { hasText: 'Cảm ơn bạn đã đánh giá' }).waitFor();
    const dossier = await (await fetch(`${server.url}/api/v1/dossiers/${encodeURIComponent(code)}`, {
      headers: { 'dossier-verification': secret },
    })).json() as { rating?: { overall: number; comment?: string } };
    assert.deepEqual(dossier.rating, { overall: 5, onTime: true, comment: 'Không phải đến cơ quan lần nào' });
  });

  test('the whole path is in the timeline', async () => {
    const steps = await citizen.locator('dvc-status-tracker [part~="step"] > div:first-of-type').allTextContents();
    assert.deepEqual(steps.map((s) => s.split(' · ')[0]), [
      'Mới đăng ký', 'Được tiếp nhận', 'Yêu cầu bổ sung giấy tờ', 'Đang xử lý', 'Yêu cầu thực hiện nghĩa vụ tài chính',
      'Đang xử lý', 'Đã xử lý xong', 'Đã trả kết quả',
    ]);
  });

  test('no console errors on either page', () => {
    assert.deepEqual(problems, []);
  });
});
