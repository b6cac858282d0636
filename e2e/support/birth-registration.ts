// Fills the seeded birth registration form (1.001193, five steps) in the first <dvc-service-form> of a
// page, in Vietnamese, and submits it: what a citizen types, for tests whose subject is around the form.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

const FORM = 'dvc-service-form';
const input = (pointer: string) => `${FORM} [name="${pointer}"]`;
const radio = (pointer: string, index: number) => `${FORM} input[name="${pointer}"][value="${index}"]`;

async function chooseAddress(page: Page, pointer: string, province: string, commune: string, street: string): Promise<void> {
  await page.waitForSelector(`${input(`${pointer}/provinceCode`)} option[value="${province}"]`, { state: 'attached' });
  await page.selectOption(input(`${pointer}/provinceCode`), province);
  await page.waitForSelector(`${input(`${pointer}/communeCode`)} option[value="${commune}"]`, { state: 'attached' });
  await page.selectOption(input(`${pointer}/communeCode`), commune);
  await page.fill(input(`${pointer}/street`), street);
}

async function next(page: Page, heading: RegExp): Promise<void> {
  await page.click(`${FORM} form button[type=submit]`);
  await page.waitForFunction((source) => {
    const text = document.querySelector('dvc-service-form')?.shadowRoot?.querySelector('#page-heading')?.textContent ?? '';
    return new RegExp(source).test(text);
  }, heading.source);
  assert.equal(await page.locator(`${FORM} #error-summary`).count(), 0, 'the step had errors');
}

/** From the empty first step to pressing "send" on the review step. */
export async function fillAndSubmitBirthRegistration(page: Page): Promise<void> {
  await page.waitForSelector(input('/nguoiYeuCau/hoTen'));
  await page.fill(input('/nguoiYeuCau/hoTen'), 'Lê Thị Hoa');
  await page.fill(input('/nguoiYeuCau/soDinhDanh'), '001192034567');
  await page.fill(input('/nguoiYeuCau/soDienThoai'), '0987654321');
  await chooseAddress(page, '/nguoiYeuCau/diaChi', '01', '01001', 'Số 12 phố Đội Cấn');
  await page.selectOption(input('/quanHeVoiTre'), { label: 'Mẹ' });

  await next(page, /Người được khai sinh/);
  await page.fill(input('/treEm/hoTen'), 'Nguyễn Minh Khang');
  await page.check(radio('/treEm/gioiTinh', 0));
  await page.fill(input('/treEm/ngaySinh'), '20/06/2025');
  await page.check(radio('/treEm/noiSinh/loai', 0));
  await page.fill(input('/treEm/noiSinh/tenCoSoYTe'), 'Bệnh viện Phụ sản Hà Nội');
  await chooseAddress(page, '/treEm/noiSinh/diaChi', '01', '01003', '929 đường La Thành');
  await page.fill(input('/treEm/queQuan'), 'Xã Đông Anh, thành phố Hà Nội');

  await next(page, /Cha, mẹ/);
  await page.fill(input('/me/hoTen'), 'Lê Thị Hoa');
  await page.fill(input('/me/ngaySinh'), '03/09/1992');
  await page.check(radio('/me/gioiTinh', 1));
  await page.fill(input('/me/soDinhDanh'), '001192034567');
  await page.check(input('/khongCoThongTinCha'));

  await next(page, /Giấy tờ kèm theo/);
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n'), Buffer.alloc(4096, 32)]);
  await page.setInputFiles(input('/giayChungSinh'), { name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.waitForSelector(`${FORM} .upload-status--done`);
  await page.check(`${FORM} input[name="#resultChannel"][value="online"]`);

  await next(page, /Kiểm tra lại thông tin/);
  await page.click(`${FORM} button[part~=submit]`);
}
