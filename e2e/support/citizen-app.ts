// The journey the React and Vue examples (examples/react, examples/vue) both offer, checked the same
// way against the built app served by the built reference server: search "khai sinh", choose birth
// registration (the app's typed handler keeps it in the framework's state), apply in the form the app
// opened with its props, and get the dossier code the server issued back through the app's handler.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { fillAndSubmitBirthRegistration } from './birth-registration.js';
import { useSession } from './session.js';

const BIRTH = '1.001193';
const FINDER = 'dvc-procedure-finder';
const FORM = 'dvc-service-form';

/** The text of the form's step heading (in its shadow root). */
const stepHeading = (page: Page) => page.locator(`${FORM} #page-heading`).textContent();

export function citizenAppSuite(framework: 'React' | 'Vue', path: string): void {
  describe(`${framework} example (${path})`, () => {
    const s = useSession();


    test('the page is the built app and the finder searches the backend on the same origin', async () => {
      const searches: string[] = [];
      s.page.on('request', (request) => {
        if (request.url().includes('/api/v1/procedures')) searches.push(new URL(request.url()).origin);
      });
      await s.page.goto(s.server.url + path);
      assert.match(await s.page.title(), new RegExp(`\\(${framework}\\)`));
      await s.page.click(`${FINDER} #q`);
      await s.page.keyboard.type('khai sinh', { delay: 20 });
      await s.page.waitForSelector(`${FINDER} [part~="result"][data-code="${BIRTH}"]`);
      assert.ok(searches.length > 0, 'the finder asked the backend');
      assert.deepEqual([...new Set(searches)], [s.server.url]);
      assert.equal(await s.page.locator('#chosen').count(), 0, 'nothing chosen yet');
    });

    test(`choosing birth registration runs the app's handler: ${framework} state shows the code, the form opens in place`, async () => {
      await s.page.click(`${FINDER} [part~="result"][data-code="${BIRTH}"] [part~="result-link"]`);
      await s.page.click(`${FINDER} dvc-procedure-detail [part~="apply-button"]`);
      await s.page.waitForSelector('#chosen');
      assert.equal(await s.page.textContent('#chosen strong'), BIRTH);
      assert.match(await s.page.textContent('#chosen') ?? '', /Đăng ký khai sinh/);
      assert.equal(new URL(s.page.url()).pathname, path, 'the app stayed on its page');
      assert.equal(await s.page.locator(FINDER).count(), 0, 'the finder made way for the form');

      // The form got its props from the framework, as JS properties.
      await s.page.waitForSelector(`${FORM} [name="/nguoiYeuCau/hoTen"]`);
      const props = await s.page.locator(FORM).evaluate((el) => {
        const form = el as HTMLElement & { procedure?: string; payHref?: string };
        return { procedure: form.procedure, payHref: form.payHref };
      });
      assert.deepEqual(props, { procedure: BIRTH, payHref: '/thanh-toan.html?ma={code}&xac-thuc={secret}' });
      assert.match(await stepHeading(s.page) ?? '', /Bước 1\/5/);
    });

    test(`the language chosen in ${framework} reaches the form through <dvc-config lang>`, async () => {
      await s.page.click('button:text-is("English")');
      await s.page.waitForFunction(() =>
        /Step 1 of 5/.test(document.querySelector('dvc-service-form')?.shadowRoot?.querySelector('#page-heading')?.textContent ?? ''));
      assert.equal(await s.page.getAttribute('dvc-config', 'lang'), 'en');
      assert.equal(await s.page.getAttribute('button:text-is("English")', 'aria-pressed'), 'true');

      await s.page.click('button:text-is("Tiếng Việt")');
      await s.page.waitForFunction(() =>
        /Bước 1\/5/.test(document.querySelector('dvc-service-form')?.shadowRoot?.querySelector('#page-heading')?.textContent ?? ''));
      assert.equal(await s.page.getAttribute('dvc-config', 'lang'), 'vi');
    });

    test(`submitting gives the app's handler the dossier code the server issued; ${framework} renders the receipt`, async () => {
      await fillAndSubmitBirthRegistration(s.page);

      const shown = (await (await s.page.waitForSelector('#dossier-code')).textContent())?.trim() ?? '';
      assert.match(shown, /^[\w.]+-\d{6}-\d{4}$/);
      assert.equal(await s.page.locator(FORM).count(), 0, 'the app replaced the form with its own receipt');
      assert.match(await s.page.title(), new RegExp(`Đã nộp hồ sơ ${shown.replace(/\./g, '\\.')}`));
      // <dvc-dossier-receipt> rendered by the app from the receipt object it passed as a property.
      assert.equal((await s.page.textContent('dvc-dossier-receipt [part~=code]'))?.trim(), shown);
      const receiptText = await s.page.locator('dvc-dossier-receipt').evaluate((el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' '));
      assert.match(receiptText, /Đã nộp hồ sơ thành công/);
      assert.equal(await s.page.evaluate(() => document.activeElement?.id), 'submitted', 'the receipt heading has the focus');

      // The server holds this dossier, for this procedure; the app's tracking link carries its lookup code.
      const track = new URL(await s.page.getAttribute('a:text-is("Theo dõi hồ sơ này")', 'href') ?? '', s.server.url);
      assert.equal(track.searchParams.get('ma'), shown);
      const res = await fetch(`${s.server.url}/api/v1/dossiers/${encodeURIComponent(shown)}`, {
        headers: { 'Dossier-Verification': track.searchParams.get('xac-thuc') ?? '' },
      });
      assert.equal(res.status, 200);
      const dossier = await res.json() as { code: string; procedure: { code: string } };
      assert.equal(dossier.code, shown);
      assert.equal(dossier.procedure.code, BIRTH);
    });

    test('no console errors', () => {
      assert.deepEqual(s.problems, []);
    });
  });
}
