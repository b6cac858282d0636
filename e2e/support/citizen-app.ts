// The journey the React and Vue examples (examples/react, examples/vue) both offer, checked the same
// way against the built app served by the built reference server: search "khai sinh", choose birth
// registration (the app's typed handler keeps it in the framework's state), apply in the form the app
// opened with its props, and get the dossier code the server issued back through the app's handler.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, recordProblems } from './browser.js';
import { fillAndSubmitBirthRegistration } from './birth-registration.js';
import { startServer, type RunningServer } from './server.js';

const BIRTH = '1.001193';
const FINDER = 'dvc-procedure-finder';
const FORM = 'dvc-service-form';

/** The text of the form's step heading (in its shadow root). */
const stepHeading = (page: Page) => page.locator(`${FORM} #page-heading`).textContent();

export function citizenAppSuite(framework: 'React' | 'Vue', path: string): void {
  describe(`${framework} example (${path})`, () => {
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    const problems: string[] = [];

    before(async () => {
      server = await startServer();
      browser = await launchBrowser();
      page = await browser.newPage();
      recordProblems(page, problems);
    });
    after(async () => {
      await browser?.close();
      await server?.stop();
    });

    test('the page is the built app and the finder searches the backend on the same origin', async () => {
      const searches: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/api/v1/procedures')) searches.push(new URL(request.url()).origin);
      });
      await page.goto(server.url + path);
      assert.match(await page.title(), new RegExp(`\\(${framework}\\)`));
      await page.click(`${FINDER} #q`);
      await page.keyboard.type('khai sinh', { delay: 20 });
      await page.waitForSelector(`${FINDER} [part~="result"][data-code="${BIRTH}"]`);
      assert.ok(searches.length > 0, 'the finder asked the backend');
      assert.deepEqual([...new Set(searches)], [server.url]);
      assert.equal(await page.locator('#chosen').count(), 0, 'nothing chosen yet');
    });

    test(`choosing birth registration runs the app's handler: ${framework} state shows the code, the form opens in place`, async () => {
      await page.click(`${FINDER} [part~="result"][data-code="${BIRTH}"] [part~="result-link"]`);
      await page.click(`${FINDER} dvc-procedure-detail [part~="apply-button"]`);
      await page.waitForSelector('#chosen');
      assert.equal(await page.textContent('#chosen strong'), BIRTH);
      assert.match(await page.textContent('#chosen') ?? '', /Đăng ký khai sinh/);
      assert.equal(new URL(page.url()).pathname, path, 'the app stayed on its page');
      assert.equal(await page.locator(FINDER).count(), 0, 'the finder made way for the form');

      // The form got its props from the framework, as JS properties.
      await page.waitForSelector(`${FORM} [name="/nguoiYeuCau/hoTen"]`);
      const props = await page.locator(FORM).evaluate((el) => {
        const form = el as HTMLElement & { procedure?: string; payHref?: string };
        return { procedure: form.procedure, payHref: form.payHref };
      });
      assert.deepEqual(props, { procedure: BIRTH, payHref: '/thanh-toan.html?ma={code}&xac-thuc={secret}' });
      assert.match(await stepHeading(page) ?? '', /Bước 1\/5/);
    });

    test(`the language chosen in ${framework} reaches the form through <dvc-config lang>`, async () => {
      await page.click('button:text-is("English")');
      await page.waitForFunction(() =>
        /Step 1 of 5/.test(document.querySelector('dvc-service-form')?.shadowRoot?.querySelector('#page-heading')?.textContent ?? ''));
      assert.equal(await page.getAttribute('dvc-config', 'lang'), 'en');
      assert.equal(await page.getAttribute('button:text-is("English")', 'aria-pressed'), 'true');

      await page.click('button:text-is("Tiếng Việt")');
      await page.waitForFunction(() =>
        /Bước 1\/5/.test(document.querySelector('dvc-service-form')?.shadowRoot?.querySelector('#page-heading')?.textContent ?? ''));
      assert.equal(await page.getAttribute('dvc-config', 'lang'), 'vi');
    });

    test(`submitting gives the app's handler the dossier code the server issued; ${framework} renders the receipt`, async () => {
      await fillAndSubmitBirthRegistration(page);

      const shown = (await (await page.waitForSelector('#dossier-code')).textContent())?.trim() ?? '';
      assert.match(shown, /^[\w.]+-\d{6}-\d{4}$/);
      assert.equal(await page.locator(FORM).count(), 0, 'the app replaced the form with its own receipt');
      assert.match(await page.title(), new RegExp(`Đã nộp hồ sơ ${shown.replace(/\./g, '\\.')}`));
      // <dvc-dossier-receipt> rendered by the app from the receipt object it passed as a property.
      assert.equal((await page.textContent('dvc-dossier-receipt [part~=code]'))?.trim(), shown);
      const receiptText = await page.locator('dvc-dossier-receipt').evaluate((el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' '));
      assert.match(receiptText, /Đã nộp hồ sơ thành công/);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'submitted', 'the receipt heading has the focus');

      // The server holds this dossier, for this procedure; the app's tracking link carries its lookup code.
      const track = new URL(await page.getAttribute('a:text-is("Theo dõi hồ sơ này")', 'href') ?? '', server.url);
      assert.equal(track.searchParams.get('ma'), shown);
      const res = await fetch(`${server.url}/api/v1/dossiers/${encodeURIComponent(shown)}`, {
        headers: { 'Dossier-Verification': track.searchParams.get('xac-thuc') ?? '' },
      });
      assert.equal(res.status, 200);
      const dossier = await res.json() as { code: string; procedure: { code: string } };
      assert.equal(dossier.code, shown);
      assert.equal(dossier.procedure.code, BIRTH);
    });

    test('no console errors', () => {
      assert.deepEqual(problems, []);
    });
  });
}
