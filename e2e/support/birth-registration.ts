// The seeded birth registration form (1.001193, five steps), filled step by step in Vietnamese as a
// citizen would: tests pick the steps they need, or the whole form up to "send".
import type { Page } from 'playwright-core';
import { FORM, chooseAddress, formInput as input, formRadio as radio, nextStep } from './form.js';

/** Step 1, the applicant (the mother). */
export async function fillApplicant(page: Page): Promise<void> {
  await page.waitForSelector(input('/nguoiYeuCau/hoTen'));
  await page.fill(input('/nguoiYeuCau/hoTen'), 'Lê Thị Hoa');
  await page.fill(input('/nguoiYeuCau/soDinhDanh'), '001192034567');
  await page.fill(input('/nguoiYeuCau/soDienThoai'), '0987654321');
  await chooseAddress(page, '/nguoiYeuCau/diaChi', '01', '01001', 'Số 12 phố Đội Cấn');
  await page.selectOption(input('/quanHeVoiTre'), { label: 'Mẹ' });
}

/** From step 1 (filled) through the child and the parents (no father's details) to the attachments step. */
export async function fillChildAndParents(page: Page): Promise<void> {
  await nextStep(page, /Người được khai sinh/);
  await page.fill(input('/treEm/hoTen'), 'Nguyễn Minh Khang');
  await page.check(radio('/treEm/gioiTinh', 0));
  await page.fill(input('/treEm/ngaySinh'), '20/06/2025');
  await page.check(radio('/treEm/noiSinh/loai', 0));
  await page.fill(input('/treEm/noiSinh/tenCoSoYTe'), 'Bệnh viện Phụ sản Hà Nội');
  await chooseAddress(page, '/treEm/noiSinh/diaChi', '01', '01003', '929 đường La Thành');
  await page.fill(input('/treEm/queQuan'), 'Xã Đông Anh, thành phố Hà Nội');

  await nextStep(page, /Cha, mẹ/);
  await page.fill(input('/me/hoTen'), 'Lê Thị Hoa');
  await page.fill(input('/me/ngaySinh'), '03/09/1992');
  await page.check(radio('/me/gioiTinh', 1));
  await page.fill(input('/me/soDinhDanh'), '001192034567');
  await page.check(input('/khongCoThongTinCha'));
}

/** The attachments step: uploads the birth certificate, chooses the result online, goes to the review. */
export async function attachAndReview(page: Page): Promise<void> {
  await nextStep(page, /Giấy tờ kèm theo/);
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n'), Buffer.alloc(4096, 32)]);
  await page.setInputFiles(input('/giayChungSinh'), { name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.waitForSelector(`${FORM} .upload-status--done`);
  await page.check(`${FORM} input[name="#resultChannel"][value="online"]`);
  await nextStep(page, /Kiểm tra lại thông tin/);
}

/** From the empty first step to pressing "send" on the review step. */
export async function fillAndSubmitBirthRegistration(page: Page): Promise<void> {
  await fillApplicant(page);
  await fillChildAndParents(page);
  await attachAndReview(page);
  await page.click(`${FORM} button[part~=submit]`);
}
