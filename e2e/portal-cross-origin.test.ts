// A newcomer follows the embedding guide: the plain-HTML page of docs/en/embedding.md (taken from the
// doc, only its placeholder hosts replaced), served from its own origin, loads the SDK and talks to the
// reference server on another origin (DVC_CORS_ORIGINS = the page's origin). In real Chromium the
// citizen does the whole level-4 journey inside <dvc-service-portal>: search, open the procedure,
// apply, receipt, pay at the sandbox gateway and come back to the portal's own hash route, track.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Request, Response } from 'playwright-core';
import { GUIDE_PROCEDURE, recordAddresses } from './support/portal-page.js';
import { useGuideSession } from './support/session.js';

const { code: PROCEDURE, name: PROCEDURE_NAME } = GUIDE_PROCEDURE;
const OFFICER = { authorization: 'Bearer demo-officer' };
const FORM = 'dvc-service-form';
const field = (pointer: string) => `${FORM} [name="${pointer}"]`;
const option = (pointer: string, value: string | number) => `${FORM} input[name="${pointer}"][value="${value}"]`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface OfficerDossier { code: string; status: number; feesDue: number; procedure: { code: string } }

describe('<dvc-service-portal> from the embedding guide, on another origin than the backend', () => {
  const s = useGuideSession();
  let code = '';
  let secret = '';
  let dossiersBefore: OfficerDossier[] = [];
  const addresses: string[] = [];
  const requests: Request[] = [];
  const sdkResponses: Response[] = [];

  const portalHeading = () => s.page.locator('dvc-service-portal #view-heading');
  /** The portal's own "what next" panel (the receipt has a `next` part too). */
  const portalNext = () => s.page.locator('dvc-service-portal [part~="view"] > [part~="next"]');
  const hash = () => new URL(s.page.url()).hash;
  const officerDossiers = async () => {
    const res = await fetch(`${s.server.url}/api/v1/officer/dossiers?limit=200`, { headers: OFFICER });
    assert.equal(res.status, 200);
    return ((await res.json()) as { items: OfficerDossier[] }).items;
  };
  const nextStep = async (heading: RegExp) => {
    await s.page.locator(`${FORM} form button[type=submit]`).click();
    await s.page.locator(`${FORM} #page-heading`, { hasText: heading }).waitFor();
    assert.equal(await s.page.locator(`${FORM} #error-summary`).count(), 0, 'the step had errors');
  };

  before(async () => {
    dossiersBefore = await officerDossiers();
    await recordAddresses(s.page, addresses);
    s.page.on('request', (request) => requests.push(request));
    s.page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/sdk/')) sdkResponses.push(response);
    });
  });

  test('the guide’s page, on its own origin, loads the SDK from the backend and shows the finder', async () => {
    assert.notEqual(s.host.origin, new URL(s.server.url).origin);
    await s.page.goto(s.host.url);
    assert.equal(await s.page.locator('h1').textContent(), 'Dịch vụ công trực tuyến');
    await s.page.locator('dvc-procedure-finder [part~="result"]').first().waitFor();
    assert.equal(await portalHeading().textContent(), 'Tìm thủ tục hành chính');
    assert.equal(await s.page.locator('dvc-service-portal [part~="nav-link"][aria-current="page"]').textContent(), 'Thủ tục hành chính');
    // module scripts are fetched with CORS: the backend allowed this page's origin for the SDK and its chunks
    const sdk = sdkResponses.filter((r) => r.url().endsWith('.js'));
    assert.ok(sdk.some((r) => r.url().endsWith('/sdk/dvc-elements.js')) && sdk.some((r) => r.url().includes('/sdk/chunks/')));
    for (const response of sdk) {
      assert.equal(response.status(), 200, response.url());
      assert.equal(response.headers()['access-control-allow-origin'], s.host.origin, response.url());
    }
  });

  test('finds the level-4 procedure, reads its page and presses “Nộp hồ sơ trực tuyến”', async () => {
    await s.page.locator('dvc-procedure-finder #q').fill('doi giay phep lai xe');
    await s.page.locator('dvc-procedure-finder #q').press('Enter');
    const result = s.page.locator(`dvc-procedure-finder [part~="result"][data-code="${PROCEDURE}"]`);
    await result.waitFor();
    assert.match(await result.textContent() ?? '', /Toàn trình/);
    await result.getByRole('link', { name: PROCEDURE_NAME }).click();

    const detail = s.page.locator('dvc-procedure-detail');
    await detail.getByRole('heading', { name: PROCEDURE_NAME }).waitFor();
    assert.match(await detail.locator('table[part~="channels"]').textContent() ?? '', /135\.000/);
    await detail.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();

    await s.page.waitForFunction((c) => location.hash === `#/nop-ho-so/${c}`, PROCEDURE);
    await portalHeading().filter({ hasText: `Nộp hồ sơ: ${PROCEDURE_NAME}` }).waitFor();
    assert.equal(await s.page.locator('dvc-service-portal [part~="nav-link"][aria-current="page"]').textContent(), 'Thủ tục hành chính');
  });

  test('fills the four steps, checks, submits, and gets the receipt with the server’s dossier code', async () => {
    await s.page.locator(field('/nguoiDeNghi/hoTen')).waitFor();
    assert.match(await s.page.locator(`${FORM} #page-heading`).textContent() ?? '', /Bước 1\/5\s*Người đề nghị/);
    await s.page.fill(field('/nguoiDeNghi/hoTen'), 'Trần Văn Minh');
    await s.page.fill(field('/nguoiDeNghi/soDinhDanh'), '001085004321');
    await s.page.fill(field('/nguoiDeNghi/soDienThoai'), '0903123456');
    await s.page.locator(`${field('/nguoiDeNghi/diaChi/provinceCode')} option[value="01"]`).waitFor({ state: 'attached' });
    await s.page.selectOption(field('/nguoiDeNghi/diaChi/provinceCode'), '01');
    await s.page.locator(`${field('/nguoiDeNghi/diaChi/communeCode')} option[value="01001"]`).waitFor({ state: 'attached' });
    await s.page.selectOption(field('/nguoiDeNghi/diaChi/communeCode'), '01001');
    await s.page.fill(field('/nguoiDeNghi/diaChi/street'), 'Số 5 phố Kim Mã');

    await nextStep(/Bước 2\/5\s*Giấy phép lái xe/);
    await s.page.fill(field('/giayPhep/soGiayPhep'), '010123456789');
    await s.page.check(option('/giayPhep/hang', 3)); // B
    await s.page.fill(field('/giayPhep/ngayCap'), '20/08/2015');
    await s.page.fill(field('/giayPhep/ngayHetHan'), '20/08/2025');
    await s.page.fill(field('/giayPhep/noiCap'), 'Sở Giao thông vận tải Hà Nội');
    await s.page.check(option('/lyDo', 0)); // sắp hết hạn hoặc đã hết hạn dưới 03 tháng

    await nextStep(/Bước 3\/5\s*Sức khỏe và ảnh/);
    assert.equal(await s.page.locator(field('/coGiayKhamDienTu')).isChecked(), true, 'the electronic health check is the default');

    await nextStep(/Bước 4\/5\s*Nhận kết quả/);
    await s.page.check(option('/nhanKetQua/hinhThuc', 0)); // bản điện tử
    await s.page.check(option('#resultChannel', 'online'));

    await nextStep(/Bước 5\/5\s*Kiểm tra lại thông tin/);
    const review = (await s.page.locator(`${FORM} [part~="review"]`).allTextContents()).join(' ');
    for (const text of ['Trần Văn Minh', '001085004321', '010123456789', '20/08/2015', 'Sở Giao thông vận tải Hà Nội']) {
      assert.ok(review.includes(text), `the review shows ${text}`);
    }
    await s.page.locator(`${FORM} button[part~="submit"]`).click();

    const receipt = s.page.locator(`${FORM} dvc-dossier-receipt`);
    code = (await receipt.locator('[part~="code"]').textContent())?.trim() ?? '';
    assert.match(code, /^[\w.]+-\d{6}-\d{4}$/);
    secret = (await receipt.locator('.secret').textContent())?.trim() ?? '';
    assert.match(secret, /^[A-Z2-9]{8}$/);
    const text = await receipt.evaluate((el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    assert.match(text, /Đã nộp hồ sơ thành công/);
    assert.match(text, new RegExp(`${escape(PROCEDURE_NAME)} \\(${escape(PROCEDURE)}\\)`));
    assert.match(text, /115\.000/);
    assert.match(await portalNext().textContent() ?? '', /Hồ sơ đã được gửi/);
    assert.equal(hash(), `#/nop-ho-so/${PROCEDURE}`);
  });

  test('pays through the sandbox gateway and comes back to the portal’s payment view', async () => {
    await s.page.locator(`${FORM} dvc-dossier-receipt`).getByRole('link', { name: 'Thanh toán ngay' }).click();
    await s.page.waitForFunction((c) => location.hash === `#/thanh-toan/${encodeURIComponent(c)}`, code);
    await portalHeading().filter({ hasText: `Thanh toán phí, lệ phí hồ sơ ${code}` }).waitFor();
    const payment = s.page.locator('dvc-fee-payment');
    await payment.locator('[part~="fees"]').waitFor();
    const fees = await payment.locator('[part~="fees"]').textContent() ?? '';
    assert.match(fees, /Lệ phí cấp đổi giấy phép lái xe/);
    assert.match(fees, /135\.000/);
    assert.match(fees, /115\.000/);
    await payment.getByRole('radio', { name: /Thanh toán trực tuyến qua cổng thanh toán/ }).check();
    await payment.getByRole('button', { name: 'Tiếp tục' }).click();
    const review = await payment.locator('[part~="review"]').textContent() ?? '';
    assert.match(review, new RegExp(escape(PROCEDURE_NAME)));
    assert.match(review, /115\.000/);
    await payment.locator('[part~="pay"]').click();

    // the gateway's own page, on the backend's origin
    await s.page.waitForURL((url) => url.pathname.startsWith('/api/v1/sandbox/pay/'));
    const gateway = await s.page.textContent('body') ?? '';
    assert.ok(gateway.includes(code));
    assert.match(gateway, /115\.000/);
    await s.page.getByRole('button', { name: 'Thanh toán', exact: true }).click();

    // back on the guide's page, same hash route, the payment confirmed by the server
    await s.page.waitForURL((url) => url.origin === s.host.origin);
    await s.page.waitForFunction(() => document.querySelector('dvc-service-portal')?.shadowRoot?.querySelector('dvc-fee-payment')
      ?.matches(':state(success)'), undefined, { timeout: 15_000 });
    assert.equal(new URL(s.page.url()).pathname, '/dich-vu-cong');
    assert.equal(hash(), `#/thanh-toan/${encodeURIComponent(code)}`);
    assert.equal(await portalHeading().textContent(), `Thanh toán phí, lệ phí hồ sơ ${code}`);
    const receipt = await payment.locator('[part~="receipt"]').textContent() ?? '';
    assert.match(receipt, /BL\d{6}-/);
    assert.match(receipt, /115\.000/);
    assert.match(await portalNext().textContent() ?? '', /Đã thanh toán xong/);
  });

  test('goes on to tracking and sees the dossier with its status', async () => {
    await portalNext().getByRole('link', { name: `Theo dõi hồ sơ ${code}` }).click();
    await s.page.waitForFunction((c) => location.hash === `#/tra-cuu/${encodeURIComponent(c)}`, code);
    assert.equal(await portalHeading().textContent(), 'Tra cứu hồ sơ');
    const tracker = s.page.locator('dvc-status-tracker');
    await tracker.locator('[part~="status"]').filter({ hasText: 'Mới đăng ký' }).waitFor();
    const summary = await tracker.locator('[part~="summary"]').textContent() ?? '';
    assert.ok(summary.includes(code));
    assert.match(summary, new RegExp(escape(PROCEDURE_NAME)));
    assert.equal(await s.page.locator('dvc-service-portal [part~="nav-link"][aria-current="page"]').textContent(), 'Tra cứu hồ sơ');
  });

  test('the server holds the dossier once, its fees paid through one gateway payment', async () => {
    const after = await officerDossiers();
    const mine = after.filter((d) => d.code === code);
    assert.equal(mine.length, 1);
    assert.equal(mine[0]!.procedure.code, PROCEDURE);
    assert.equal(mine[0]!.feesDue, 0);
    assert.equal(after.length, dossiersBefore.length + 1, 'the journey created exactly one dossier');
    const res = await fetch(`${s.server.url}/api/v1/officer/dossiers/${encodeURIComponent(code)}/payments`, { headers: OFFICER });
    const payments = ((await res.json()) as { items: { method: string; status: string; amount: number }[] }).items;
    assert.deepEqual(payments.map((p) => [p.method, p.status, p.amount]), [['gateway', 'success', 115000]]);
  });

  test('the lookup code never appeared in the address bar', () => {
    assert.ok(addresses.some((a) => a.includes('#/nop-ho-so/')) && addresses.some((a) => a.includes('#/thanh-toan/'))
      && addresses.some((a) => a.includes('#/tra-cuu/')) && addresses.some((a) => a.includes('/api/v1/sandbox/pay/')),
      `every step's address was recorded: ${addresses.join(' ')}`);
    assert.deepEqual(addresses.filter((a) => a.includes(secret)), []);
  });

  test('every API request went to the backend’s origin; the page’s origin served only the page', () => {
    const backend = new URL(s.server.url).origin;
    const api = requests.filter((r) => new URL(r.url()).pathname.startsWith('/api/'));
    assert.ok(api.length >= 10, `${api.length} API requests`);
    assert.deepEqual(api.filter((r) => new URL(r.url()).origin !== backend).map((r) => r.url()), []);
    const elsewhere = requests.filter((r) => ![backend, s.host.origin].includes(new URL(r.url()).origin));
    assert.deepEqual(elsewhere.map((r) => r.url()), []);
    assert.deepEqual(s.host.requests.filter((r) => !/^GET \/dich-vu-cong(\?|$)|^GET \/favicon\.ico$/.test(r)), []);
  });

  test('no console errors', () => {
    assert.deepEqual(s.problems, []);
  });
});
