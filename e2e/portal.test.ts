// Smoke test: the demo portal (examples/) served by the built reference server lists the seeded
// catalogue through <dvc-procedure-finder> from the SDK bundle, in a real Chromium over real HTTP.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useSession } from './support/session.js';

describe('demo portal', () => {
  const s = useSession();
  const results = 'dvc-procedure-finder [part~="result"]';


  test('lists the seeded catalogue with its total', async () => {
    await s.page.goto(s.server.url + '/');
    await s.page.waitForSelector(results);
    const status = await s.page.textContent('dvc-procedure-finder [part~="status"]');
    const total = Number(/Tìm thấy ([\d.]+)/.exec(status ?? '')?.[1].replace(/\./g, ''));
    assert.ok(total >= 60, `status line "${status}" should report at least 60 procedures`);
    assert.equal(await s.page.locator(results).count(), 20);
    assert.equal(await s.page.getAttribute('html', 'lang'), 'vi');
  });

  test('finds birth registration first when typed without diacritics', async () => {
    await s.page.fill('dvc-procedure-finder #q', 'dang ky khai sinh');
    await s.page.press('dvc-procedure-finder #q', 'Enter');
    await s.page.waitForFunction(() =>
      document.querySelector('dvc-procedure-finder')?.shadowRoot?.querySelector('[part~="result"]')?.getAttribute('data-code') === '1.001193');
    assert.match(await s.page.locator(`${results} h3`).first().textContent() ?? '', /Đăng ký khai sinh/);
    assert.match(s.page.url(), /\?q=dang\+ky\+khai\+sinh/);
  });

  test('keeps the query in the URL so back restores the full list', async () => {
    await s.page.goBack();
    await s.page.waitForFunction(() => document.querySelector('dvc-procedure-finder')?.shadowRoot?.querySelectorAll('[part~="result"]').length === 20);
    assert.equal(await s.page.inputValue('dvc-procedure-finder #q'), '');
  });

  test('loads the SDK without console errors', () => {
    assert.deepEqual(s.problems, []);
  });
});
