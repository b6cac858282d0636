// The citizen's path through the demo portal against the built reference server: type without
// diacritics, find birth registration first, open it, read fee and documents, apply.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useSession } from './support/session.js';

const BIRTH = '1.001193';

describe('procedure finder in the portal', () => {
  const s = useSession({ page: { viewport: { width: 390, height: 844 } }, ignore: /404/ }); // a phone
  const finder = 'dvc-procedure-finder';
  const detail = 'dvc-procedure-finder dvc-procedure-detail';

  before(async () => {
    await s.page.goto(s.server.url + '/');
    await s.page.waitForSelector(`${finder} [part~="result"]`);
  });

  test('typing "dang ky khai sinh" puts birth registration first', async () => {
    await s.page.click(`${finder} #q`);
    await s.page.keyboard.type('dang ky khai sinh', { delay: 20 });
    await s.page.waitForFunction((code) =>
      document.querySelector('dvc-procedure-finder')?.shadowRoot?.querySelector('[part~="result"]')?.getAttribute('data-code') === code, BIRTH);
    assert.equal(await s.page.locator(`${finder} [part~="result-link"]`).first().textContent(), 'Đăng ký khai sinh');
    assert.match(await s.page.textContent(`${finder} [part~="status"]`) ?? '', /Tìm thấy \d+ thủ tục/);
  });

  test('opening it with the keyboard shows the fee and the documents', async () => {
    await s.page.keyboard.press('ArrowDown');
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector(`${detail} h2`);
    assert.equal(await s.page.textContent(`${detail} h2`), 'Đăng ký khai sinh');
    assert.match(s.page.url(), new RegExp(`procedure=${BIRTH.replace('.', '\\.')}`));
    const channels = await s.page.textContent(`${detail} [part~="channels"]`) ?? '';
    assert.match(channels, /Lệ phí đăng ký khai sinh đúng hạn/);
    assert.match(channels, /Không mất phí/);
    const documents = await s.page.locator(`${detail} [part~="documents"]`).first().textContent() ?? '';
    assert.match(documents, /Tờ khai đăng ký khai sinh/);
    assert.match(await s.page.textContent(`${detail} [part~="online-class"]`) ?? '', /Toàn trình \(mức độ 4\)/);
  });

  test('"Nộp hồ sơ trực tuyến" fires dvc-procedure-selected and goes to the apply URL', async () => {
    await s.page.evaluate(() => {
      document.addEventListener('dvc-procedure-selected', (event) => {
        sessionStorage.setItem('selected', JSON.stringify((event as CustomEvent).detail));
      });
    });
    await Promise.all([
      s.page.waitForURL((url) => url.pathname === '/nop-ho-so.html'),
      s.page.click(`${detail} [part~="apply-button"]`),
    ]);
    assert.equal(new URL(s.page.url()).searchParams.get('thu-tuc'), BIRTH);
    const selected = JSON.parse(await s.page.evaluate(() => sessionStorage.getItem('selected')) ?? 'null');
    assert.deepEqual(selected, { code: BIRTH, name: 'Đăng ký khai sinh', onlineClasses: ['full'], applyUrl: `/nop-ho-so.html?thu-tuc=${BIRTH}` });
  });

  test('back returns to the procedure page, and back again to the results', async () => {
    await s.page.goBack();
    await s.page.waitForSelector(`${detail} h2`);
    await s.page.click(`${finder} [part~="back"]`);
    await s.page.waitForSelector(`${finder} [part~="result"]`);
    assert.equal(await s.page.inputValue(`${finder} #q`), 'dang ky khai sinh');
  });

  test('no errors in the console', () => {
    assert.deepEqual(s.problems, []);
  });
});
