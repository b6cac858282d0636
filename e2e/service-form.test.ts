// End to end: the portal's application page (examples/nop-ho-so.html) against the built reference
// server. A citizen starts a birth registration, fills part of it, reloads, continues from the restored
// draft, submits, and sees the receipt with the dossier code the server gave.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { attachAndReview, fillApplicant, fillChildAndParents } from './support/birth-registration.js';
import { FORM, formInput } from './support/form.js';
import { useSession } from './support/session.js';

const input = formInput;

describe('applying online (nop-ho-so.html)', () => {
  const s = useSession();


  test('opens birth registration from the procedure code in the address', async () => {
    await s.page.goto(`${s.server.url}/nop-ho-so.html?thu-tuc=1.001193`);
    await s.page.waitForSelector(input('/nguoiYeuCau/hoTen'));
    assert.match(await s.page.textContent('h1') ?? '', /Đăng ký khai sinh/);
    assert.match(await s.page.textContent(`${FORM} #page-heading`) ?? '', /Bước 1\/5/);
  });

  test('fills part of it, reloads, and continues from the restored draft', async () => {
    await fillApplicant(s.page);
    await s.page.waitForTimeout(700); // the draft is saved 400 ms after the last change

    await s.page.reload();
    await s.page.waitForSelector(`${FORM} [data-action=continue-draft]`);
    const restored = s.page.evaluate(() => new Promise<string>((resolve) =>
      document.querySelector('dvc-service-form')!.addEventListener('dvc-draft-restored', (e) => resolve((e as CustomEvent).detail.procedureCode), { once: true })));
    await s.page.click(`${FORM} [data-action=continue-draft]`);
    assert.equal(await restored, '1.001193');
    assert.equal(await s.page.inputValue(input('/nguoiYeuCau/hoTen')), 'Lê Thị Hoa');
    assert.equal(await s.page.inputValue(input('/nguoiYeuCau/soDienThoai')), '0987654321');
    assert.equal(await s.page.inputValue(input('/nguoiYeuCau/diaChi/communeCode')), '01001');
  });

  test('completes the steps, submits, and gets the receipt with the server’s dossier code', async () => {
    await fillChildAndParents(s.page);
    assert.equal(await s.page.locator(input('/cha/hoTen')).count(), 0, 'the father’s part is hidden');

    await attachAndReview(s.page);
    const review = (await s.page.locator(`${FORM} [part~=review]`).allTextContents()).join(' ');
    assert.match(review, /Nguyễn Minh Khang/);
    assert.match(review, /20\/06\/2025/);
    const names = await s.page.locator(`${FORM} [part~=review] dt`, { hasText: /^Họ, chữ đệm và tên$/ }).count();
    assert.equal(names, 3, 'applicant, child and mother; the hidden father is not reviewed');
    await s.page.click(`${FORM} button[part~=submit]`);

    const code = (await s.page.waitForSelector(`${FORM} dvc-dossier-receipt [part~=code]`)).textContent();
    const dossierCode = (await code)?.trim() ?? '';
    assert.match(dossierCode, /^[\w.]+-\d{6}-\d{4}$/);
    const receiptText = await s.page.locator(`${FORM} dvc-dossier-receipt`).evaluate((el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    assert.match(receiptText, /Đã nộp hồ sơ thành công/);
    assert.match(receiptText, /Ngày hẹn trả kết quả ?\d{2}\/\d{2}\/\d{4}/);
    assert.doesNotMatch(receiptText, /receipt\./, 'no message key shows instead of its text');
    assert.match(await s.page.title(), new RegExp(`Đã nộp hồ sơ ${dossierCode.replace(/\./g, '\\.')}`));
    const secret = (await s.page.textContent(`${FORM} dvc-dossier-receipt .secret`))?.trim() ?? '';
    assert.ok(await s.page.locator(`${FORM} dvc-dossier-receipt svg[part~=barcode] rect`).count() > 30);

    // The server holds exactly this dossier, with the data the citizen gave and no father.
    const res = await fetch(`${s.server.url}/api/v1/dossiers/${encodeURIComponent(dossierCode)}`, { headers: { 'Dossier-Verification': secret } });
    assert.equal(res.status, 200);
    const dossier = await res.json() as { code: string; procedure: { code: string } };
    assert.equal(dossier.code, dossierCode);
    assert.equal(dossier.procedure.code, '1.001193');
  });

  test('the draft is gone after submission: a new visit starts empty', async () => {
    await s.page.goto(`${s.server.url}/nop-ho-so.html?thu-tuc=1.001193`);
    await s.page.waitForSelector(input('/nguoiYeuCau/hoTen'));
    assert.equal(await s.page.locator(`${FORM} [data-action=continue-draft]`).count(), 0);
    assert.equal(await s.page.inputValue(input('/nguoiYeuCau/hoTen')), '');
  });

  test('no console errors', () => {
    assert.deepEqual(s.problems, []);
  });
});
