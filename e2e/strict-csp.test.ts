// The citizen's whole journey on pages served under a strict Content-Security-Policy (no unsafe-eval,
// no unsafe-inline, Trusted Types required), in real Chromium against the built server started with
// DVC_CSP: find the procedure in the catalogue, apply for a birth registration on
// examples/nop-ho-so.html?…&csp=nghiem-ngat (the form validates with the server's precompiled validators), get the
// receipt, follow the dossier on the lookup page; apply for a level-4 procedure with a fee and pay it
// online through the sandbox gateway. Every violation is caught
// three ways (the page's securitypolicyviolation events, the browser's reports to a report-uri, the
// console) and fails the suite; the last test shows the same detectors catch the form that compiles
// with Ajv (examples/nop-ho-so.html) on such a page.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { attachAndReview, fillApplicant, fillChildAndParents } from './support/birth-registration.js';
import { launchBrowser, recordProblems } from './support/browser.js';
import { FORM, chooseAddress, formInput, formRadio, nextStep } from './support/form.js';
import { startServer, type RunningServer } from './support/server.js';

const CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
const input = formInput;
const radio = formRadio;
const next = nextStep;
const CHUNKS = 'packages/elements/dist/chunks';

interface Violation {
  page: string;
  directive: string;
  blocked: string;
  sample?: string;
}

/** The chunks of the built bundle that hold Ajv's compiler (the only code that calls `new Function`). */
const compilerChunks = readdirSync(CHUNKS).filter((f) => f.endsWith('.js') && readFileSync(`${CHUNKS}/${f}`, 'utf8').includes('new Function'));

async function submitAndReadReceipt(page: Page): Promise<{ code: string; secret: string }> {
  await page.click(`${FORM} button[part~=submit]`);
  const code = (await (await page.waitForSelector(`${FORM} dvc-dossier-receipt [part~=code]`)).textContent())?.trim() ?? '';
  assert.match(code, /^[\w.]+-\d{6}-\d{4}$/);
  const secret = (await page.textContent(`${FORM} dvc-dossier-receipt .secret`))?.trim() ?? '';
  assert.ok(secret.length > 4, 'the receipt shows the lookup code');
  return { code, secret };
}

describe('the citizen journey under a strict Content-Security-Policy', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let reporter: Server;
  const reports: Violation[] = [];
  const events: Violation[] = [];
  const problems: string[] = [];
  const requested: string[] = [];

  before(async () => {
    // The browser's own reports (report-uri of the Report-Only copy of the policy) land here.
    reporter = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        try {
          const report = (JSON.parse(body) as { 'csp-report': Record<string, string> })['csp-report'];
          reports.push({ page: report['document-uri'], directive: report['effective-directive'] ?? report['violated-directive'],
            blocked: report['blocked-uri'], sample: report['script-sample'] });
        } catch {
          reports.push({ page: 'unreadable report', directive: '', blocked: body });
        }
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => reporter.listen(0, '127.0.0.1', resolve));
    const reportUri = `http://127.0.0.1:${(reporter.address() as AddressInfo).port}/csp-report`;
    server = await startServer({ DVC_CSP: CSP, DVC_CSP_REPORT_URI: reportUri });
    browser = await launchBrowser();
    context = await browser.newContext();
    // The page's own view: every securitypolicyviolation event, sent out of the page at once (a binding,
    // not a script the policy could block), so none is lost when the page navigates away.
    await context.exposeBinding('dvcReportViolation', ({ page }, v: Omit<Violation, 'page'>) => {
      events.push({ page: page.url(), ...v });
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { dvcReportViolation(v: unknown): void }).dvcReportViolation({
          directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample,
        });
      });
    });
    context.on('request', (request) => requested.push(request.url()));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    reporter?.close();
  });

  async function newPage(): Promise<Page> {
    const page = await context.newPage();
    recordProblems(page, problems);
    return page;
  }

  test('the portal pages are served with exactly that policy', async () => {
    for (const path of ['/nop-ho-so.html', '/tra-cuu.html', '/thanh-toan.html']) {
      const res = await fetch(`${server.url}${path}`);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-security-policy'), CSP, path);
      assert.doesNotMatch(await res.text(), /<script(?![^>]*\bsrc=)[^>]*>/, `${path} has an inline script`);
    }
  });

  test('finds birth registration in the catalogue and opens its page', async () => {
    const finder = await newPage();
    await finder.goto(`${server.url}/`);
    await finder.waitForSelector('dvc-procedure-finder [part~="result"]');
    await finder.click('dvc-procedure-finder #q');
    await finder.keyboard.type('dang ky khai sinh', { delay: 10 });
    await finder.waitForFunction(() => document.querySelector('dvc-procedure-finder')?.shadowRoot
      ?.querySelector('[part~="result"]')?.getAttribute('data-code') === '1.001193');
    await finder.keyboard.press('ArrowDown');
    await finder.keyboard.press('Enter');
    await finder.waitForSelector('dvc-procedure-finder dvc-procedure-detail h2');
    assert.equal(await finder.textContent('dvc-procedure-finder dvc-procedure-detail h2'), 'Đăng ký khai sinh');
    await finder.close();
  });

  let birth: { code: string; secret: string };
  let page: Page;

  test('birth registration: an empty step shows the error summary; a wrong citizen id its message', async () => {
    page = await newPage();
    await page.goto(`${server.url}/nop-ho-so.html?thu-tuc=1.001193&csp=nghiem-ngat`);
    await page.waitForSelector(input('/nguoiYeuCau/hoTen'));
    assert.match(await page.textContent('h1') ?? '', /Đăng ký khai sinh/);
    await page.click(`${FORM} form button[type=submit]`);
    await page.waitForSelector(`${FORM} #error-summary`);
    const summary = await page.locator(`${FORM} #error-summary li`).allTextContents();
    assert.deepEqual(summary.slice(0, 2).map((s) => s.trim()), ['Nhập Họ, chữ đệm và tên', 'Nhập Số định danh cá nhân']);
    await page.fill(input('/nguoiYeuCau/soDinhDanh'), '0011920');
    await page.locator(input('/nguoiYeuCau/soDinhDanh')).blur();
    await page.waitForFunction(() => document.querySelector('dvc-service-form')?.shadowRoot
      ?.querySelector('[name="/nguoiYeuCau/soDinhDanh"]')?.getAttribute('aria-invalid') === 'true');
    assert.match(await page.locator(`${FORM} .error`, { hasText: '12 chữ số' }).first().textContent() ?? '', /Số định danh cá nhân phải gồm đúng 12 chữ số/);
  });

  test('birth registration: fills every step, submits, and gets the receipt with the dossier code', async () => {
    await fillApplicant(page);
    await fillChildAndParents(page);
    await attachAndReview(page);
    birth = await submitAndReadReceipt(page);
    assert.ok(await page.locator(`${FORM} dvc-dossier-receipt svg[part~=barcode] rect`).count() > 30, 'the barcode is drawn');
  });

  test('tracks the dossier on the lookup page from the receipt’s link', async () => {
    await page.click('#theo-doi');
    await page.waitForURL(/\/tra-cuu\.html\?/);
    await page.waitForFunction(
      () => document.querySelector('dvc-status-tracker')?.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim() === 'Mới đăng ký',
      undefined, { timeout: 10_000 });
    const summary = await page.locator('dvc-status-tracker [part~="summary"]').textContent();
    assert.match(summary ?? '', /Đăng ký khai sinh/);
    assert.ok(summary?.includes(birth.code));
  });

  test('a level-4 procedure: applies signed in (prefilled), pays the fee online through the sandbox gateway', async () => {
    const citizen = await newPage();
    await citizen.goto(`${server.url}/nop-ho-so.html?thu-tuc=2.000575&csp=nghiem-ngat`);
    await citizen.click('#dang-nhap-nut'); // the demo sign-in: the form prefills the applicant from the profile
    await citizen.waitForFunction(() => (document.querySelector('dvc-service-form')?.shadowRoot
      ?.querySelector<HTMLInputElement>('[name="/chuHoKinhDoanh/hoTen"]')?.value ?? '') !== '');
    await next(citizen, /Thông tin hộ kinh doanh/);
    await citizen.fill(input('/tenHoKinhDoanh'), 'Hộ kinh doanh Phở Gia An');
    await chooseAddress(citizen, '/diaChiTruSo', '01', '01001', 'Số 25 phố Trần Thái Tông');
    await citizen.fill(input('/dienThoaiTruSo'), '0912345678');
    if (!(await citizen.locator(input('/nganhNghe/0/maNganh')).count())) await citizen.locator(`${FORM} button`, { hasText: /^Thêm ngành, nghề/i }).click();
    await citizen.fill(input('/nganhNghe/0/maNganh'), '5610');
    await citizen.fill(input('/nganhNghe/0/tenNganh'), 'Nhà hàng và các dịch vụ ăn uống phục vụ lưu động');
    await citizen.fill(input('/vonKinhDoanh'), '300.000.000');
    await next(citizen, /Thành viên hộ gia đình/);
    await citizen.check(radio('/chuThe', 0));
    await citizen.check(`${FORM} input[name="#resultChannel"][value="online"]`);
    await next(citizen, /Kiểm tra lại thông tin/);
    const { code } = await submitAndReadReceipt(citizen);
    const receipt = await citizen.locator(`${FORM} dvc-dossier-receipt`).evaluate((el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    assert.match(receipt, /50\.000/);

    await citizen.click(`${FORM} dvc-dossier-receipt [part~=pay]`);
    await citizen.waitForURL(/\/thanh-toan\.html\?/);
    const state = (name: string) => citizen.waitForFunction(
      (s) => document.querySelector('dvc-fee-payment')?.matches(`:state(${s})`), name, { timeout: 15_000 });
    await state('choose');
    await citizen.locator('dvc-fee-payment input[value="gateway"]').check();
    await citizen.locator('dvc-fee-payment [part~="next"]').click();
    await state('review');
    await citizen.locator('dvc-fee-payment [part~="pay"]').click();
    await citizen.waitForURL(/\/api\/v1\/sandbox\/pay\//);
    await citizen.getByRole('button', { name: 'Thanh toán', exact: true }).click();
    await citizen.waitForURL(/\/thanh-toan\.html\?/);
    await state('success');
    const paid = await citizen.locator('dvc-fee-payment [part~="receipt"]').textContent();
    assert.match(paid ?? '', /BL\d{6}-/);
    assert.match(paid ?? '', /50\.000/);
    assert.ok(new URL(citizen.url()).searchParams.get('ma') === code);
  });

  test('validated with the server’s precompiled validators; the Ajv compiler was never requested', () => {
    assert.ok(compilerChunks.length > 0, 'the build has an Ajv compiler chunk to look for');
    assert.ok(requested.some((url) => /\/api\/v1\/procedures\/1\.001193\/form\/versions\/[^/]+\/validator\.js$/.test(url)), 'the birth form’s validator module');
    assert.ok(requested.some((url) => /\/api\/v1\/procedures\/2\.000575\/form\/versions\/[^/]+\/validator\.js$/.test(url)), 'the level-4 form’s validator module');
    const fetched = requested.filter((url) => compilerChunks.some((chunk) => url.endsWith(`/${chunk}`)));
    assert.deepEqual(fetched, [], 'the compiler chunk was requested');
  });

  test('no policy violation: no securitypolicyviolation event, no report, no console error', async () => {
    await new Promise((r) => setTimeout(r, 1000)); // reports are sent a moment after the violation
    assert.deepEqual(events, []);
    assert.deepEqual(reports, []);
    assert.deepEqual(problems, []);
  });

  test('the same detectors catch a page whose form compiles with Ajv under this policy (the control)', async () => {
    const control = await context.newPage();
    const consoleErrors: string[] = []; // apart from `problems`: this page is meant to fail
    recordProblems(control, consoleErrors);
    await control.goto(`${server.url}/nop-ho-so.html?thu-tuc=1.001193`);
    // Ajv's `new Function`: refused by Trusted Types (reported first) and by script-src without unsafe-eval
    const blocked = (v: Violation) => v.page.includes('/nop-ho-so.html') && (v.blocked === 'eval' || /^Function\b/.test(v.sample ?? ''));
    const deadline = Date.now() + 10_000;
    while (!(events.some(blocked) && reports.some(blocked)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.ok(events.some(blocked), `no securitypolicyviolation event for eval: ${JSON.stringify(events)}`);
    assert.ok(reports.some(blocked), `no report for eval: ${JSON.stringify(reports)}`);
    assert.ok(consoleErrors.some((text) => /TrustedScript|Trusted Types|Content Security Policy|unsafe-eval/.test(text)),
      `no console error: ${JSON.stringify(consoleErrors.map((text) => text.slice(0, 120)))}`);
    assert.ok(requested.some((url) => compilerChunks.some((chunk) => url.endsWith(`/${chunk}`))), 'the compiling form fetched the compiler chunk');
  });
});
