// The citizen's path through the demo portal against the built reference server: type without
// diacritics, find birth registration first, open it, read fee and documents, apply.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, recordProblems } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

const BIRTH = '1.001193';

describe('procedure finder in the portal', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const finder = 'dvc-procedure-finder';
  const detail = 'dvc-procedure-finder dvc-procedure-detail';

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 390, height: 844 } }); // a phone
    recordProblems(page, problems, /404/);
    await page.goto(server.url + '/');
    await page.waitForSelector(`${finder} [part~="result"]`);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('typing "dang ky khai sinh" puts birth registration first', async () => {
    await page.click(`${finder} #q`);
    await page.keyboard.type('dang ky khai sinh', { delay: 20 });
    await page.waitForFunction((code) =>
      document.querySelector('dvc-procedure-finder')?.shadowRoot?.querySelector('[part~="result"]')?.getAttribute('data-code') === code, BIRTH);
    assert.equal(await page.locator(`${finder} [part~="result-link"]`).first().textContent(), 'Đăng ký khai sinh');
    assert.match(await page.textContent(`${finder} [part~="status"]`) ?? '', /Tìm thấy \d+ thủ tục/);
  });

  test('opening it with the keyboard shows the fee and the documents', async () => {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${detail} h2`);
    assert.equal(await page.textContent(`${detail} h2`), 'Đăng ký khai sinh');
    assert.match(page.url(), new RegExp(`procedure=${BIRTH.replace('.', '\\.')}`));
    const channels = await page.textContent(`${detail} [part~="channels"]`) ?? '';
    assert.match(channels, /Lệ phí đăng ký khai sinh đúng hạn/);
    assert.match(channels, /Không mất phí/);
    const documents = await page.locator(`${detail} [part~="documents"]`).first().textContent() ?? '';
    assert.match(documents, /Tờ khai đăng ký khai sinh/);
    assert.match(await page.textContent(`${detail} [part~="online-class"]`) ?? '', /Toàn trình \(mức độ 4\)/);
  });

  test('"Nộp hồ sơ trực tuyến" fires dvc-procedure-selected and goes to the apply URL', async () => {
    await page.evaluate(() => {
      document.addEventListener('dvc-procedure-selected', (event) => {
        sessionStorage.setItem('selected', JSON.stringify((event as CustomEvent).detail));
      });
    });
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/nop-ho-so.html'),
      page.click(`${detail} [part~="apply-button"]`),
    ]);
    assert.equal(new URL(page.url()).searchParams.get('thu-tuc'), BIRTH);
    const selected = JSON.parse(await page.evaluate(() => sessionStorage.getItem('selected')) ?? 'null');
    assert.deepEqual(selected, { code: BIRTH, name: 'Đăng ký khai sinh', onlineClasses: ['full'], applyUrl: `/nop-ho-so.html?thu-tuc=${BIRTH}` });
  });

  test('back returns to the procedure page, and back again to the results', async () => {
    await page.goBack();
    await page.waitForSelector(`${detail} h2`);
    await page.click(`${finder} [part~="back"]`);
    await page.waitForSelector(`${finder} [part~="result"]`);
    assert.equal(await page.inputValue(`${finder} #q`), 'dang ky khai sinh');
  });

  test('no errors in the console', () => {
    assert.deepEqual(problems, []);
  });
});
