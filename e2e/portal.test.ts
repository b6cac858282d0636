// Smoke test: the demo portal (examples/) served by the built reference server lists the seeded
// catalogue through <dvc-procedure-finder> from the SDK bundle, in a real Chromium over real HTTP.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, recordProblems } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

describe('demo portal', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const results = 'dvc-procedure-finder [part~="result"]';

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

  test('lists the seeded catalogue with its total', async () => {
    await page.goto(server.url + '/');
    await page.waitForSelector(results);
    const status = await page.textContent('dvc-procedure-finder [part~="status"]');
    const total = Number(/Tìm thấy ([\d.]+)/.exec(status ?? '')?.[1].replace(/\./g, ''));
    assert.ok(total >= 60, `status line "${status}" should report at least 60 procedures`);
    assert.equal(await page.locator(results).count(), 20);
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  });

  test('finds birth registration first when typed without diacritics', async () => {
    await page.fill('dvc-procedure-finder #q', 'dang ky khai sinh');
    await page.press('dvc-procedure-finder #q', 'Enter');
    await page.waitForFunction(() =>
      document.querySelector('dvc-procedure-finder')?.shadowRoot?.querySelector('[part~="result"]')?.getAttribute('data-code') === '1.001193');
    assert.match(await page.locator(`${results} h3`).first().textContent() ?? '', /Đăng ký khai sinh/);
    assert.match(page.url(), /\?q=dang\+ky\+khai\+sinh/);
  });

  test('keeps the query in the URL so back restores the full list', async () => {
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('dvc-procedure-finder')?.shadowRoot?.querySelectorAll('[part~="result"]').length === 20);
    assert.equal(await page.inputValue('dvc-procedure-finder #q'), '');
  });

  test('loads the SDK without console errors', () => {
    assert.deepEqual(problems, []);
  });
});
