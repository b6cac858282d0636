// Tờ khai đăng ký khai sinh (1.001193), after the form in Thông tư 04/2020/TT-BTP.
import type { FormDefinition } from '../types.js';
import {
  ACCEPTED_TYPES, FORM_UPDATED_AT, GENDERS, MAX_UPLOAD_BYTES, SCHEMA_DIALECT, applicantUi, bool, choice, date, file,
  fileUi, int, personUi, ref, sampleAddress, sampleApplicant, samplePerson, sharedDefinitions,
  text,
} from './shared.js';

export const khaiSinh: FormDefinition = {
  procedureCode: '1.001193',
  version: '2025.07.1',
  title: 'Tờ khai đăng ký khai sinh',
  schema: {
    $schema: SCHEMA_DIALECT,
    $id: 'urn:dvc:form:1.001193:2025.07.1',
    title: 'Tờ khai đăng ký khai sinh',
    type: 'object',
    $defs: sharedDefinitions('diaChi', 'nguoi', 'nguoiYeuCau'),
    properties: {
      nguoiYeuCau: ref('nguoiYeuCau', 'Người yêu cầu'),
      quanHeVoiTre: choice('Quan hệ với người được khai sinh', [
        ['cha', 'Cha'],
        ['me', 'Mẹ'],
        ['ong-ba', 'Ông, bà'],
        ['nguoi-than', 'Người thân thích khác'],
        ['to-chuc-nuoi-duong', 'Cá nhân, tổ chức đang nuôi dưỡng'],
      ]),
      treEm: {
        type: 'object',
        title: 'Người được khai sinh',
        properties: {
          hoTen: text('Họ, chữ đệm và tên', { maxLength: 100 }),
          gioiTinh: choice('Giới tính', GENDERS),
          ngaySinh: date('Ngày, tháng, năm sinh'),
          noiSinh: {
            type: 'object',
            title: 'Nơi sinh',
            properties: {
              loai: choice('Sinh tại', [
                ['co-so-y-te', 'Cơ sở y tế'],
                ['ngoai-co-so-y-te', 'Ngoài cơ sở y tế (tại nhà, trên đường, …)'],
              ]),
              tenCoSoYTe: text('Tên cơ sở y tế', { description: 'Ghi như trên Giấy chứng sinh, ví dụ: Bệnh viện Phụ sản Hà Nội.' }),
              diaChi: ref('diaChi', 'Địa chỉ nơi sinh'),
            },
            required: ['loai', 'diaChi'],
            additionalProperties: false,
            if: { properties: { loai: { const: 'co-so-y-te' } }, required: ['loai'] },
            then: { required: ['tenCoSoYTe'] },
          },
          danToc: text('Dân tộc', { maxLength: 50, default: 'Kinh' }),
          quocTich: text('Quốc tịch', { maxLength: 50, default: 'Việt Nam' }),
          queQuan: text('Quê quán', { description: 'Theo quê quán của cha hoặc mẹ, theo thỏa thuận của cha, mẹ.' }),
        },
        required: ['hoTen', 'gioiTinh', 'ngaySinh', 'noiSinh', 'danToc', 'quocTich', 'queQuan'],
        additionalProperties: false,
      },
      me: ref('nguoi', 'Thông tin người mẹ'),
      khongCoThongTinCha: bool('Chưa xác định được người cha', {
        description: 'Đánh dấu nếu chưa xác định được cha; phần khai về cha để trống.',
        default: false,
      }),
      cha: ref('nguoi', 'Thông tin người cha'),
      coYeuToNuocNgoai: bool('Khai sinh có yếu tố nước ngoài', {
        description: 'Cha hoặc mẹ là người nước ngoài, hoặc trẻ em sinh ra ở nước ngoài.',
        default: false,
      }),
      yeuToNuocNgoai: {
        type: 'object',
        title: 'Thông tin về yếu tố nước ngoài',
        properties: {
          quocTichChon: text('Quốc tịch được lựa chọn cho trẻ em', { maxLength: 50 }),
          soHoChieuChaMe: text('Số hộ chiếu của cha/mẹ là người nước ngoài', { maxLength: 20 }),
          vanBanThoaThuan: file('Văn bản thỏa thuận lựa chọn quốc tịch', 'Bản chụp văn bản thỏa thuận đã được hợp pháp hóa lãnh sự và dịch ra tiếng Việt.'),
        },
        required: ['quocTichChon', 'soHoChieuChaMe', 'vanBanThoaThuan'],
        additionalProperties: false,
      },
      giayChungSinh: file('Giấy chứng sinh', 'Bản chụp Giấy chứng sinh do cơ sở y tế cấp, hoặc văn bản của người làm chứng.'),
      soBanSao: int('Số bản sao trích lục khai sinh đề nghị cấp', 0, 10, { default: 0 }),
    },
    required: ['nguoiYeuCau', 'quanHeVoiTre', 'treEm', 'me', 'giayChungSinh'],
    additionalProperties: false,
    allOf: [
      {
        if: { properties: { khongCoThongTinCha: { const: true } }, required: ['khongCoThongTinCha'] },
        else: { required: ['cha'] },
      },
      {
        if: { properties: { coYeuToNuocNgoai: { const: true } }, required: ['coYeuToNuocNgoai'] },
        then: { required: ['yeuToNuocNgoai'] },
      },
    ],
  },
  uiSchema: {
    steps: [
      { id: 'nguoi-yeu-cau', title: 'Người yêu cầu', fields: ['/nguoiYeuCau', '/quanHeVoiTre'] },
      { id: 'tre-em', title: 'Người được khai sinh', fields: ['/treEm', '/coYeuToNuocNgoai', '/yeuToNuocNgoai'] },
      { id: 'cha-me', title: 'Cha, mẹ', fields: ['/me', '/khongCoThongTinCha', '/cha'] },
      { id: 'giay-to', title: 'Giấy tờ kèm theo', description: 'Tải lên bản chụp rõ nét, đủ các trang.', fields: ['/giayChungSinh', '/soBanSao'] },
    ],
    fields: {
      ...applicantUi('/nguoiYeuCau'),
      '/quanHeVoiTre': { widget: 'select' },
      '/treEm/hoTen': { autocomplete: 'off', placeholder: 'Nguyễn Minh Khang' },
      '/treEm/gioiTinh': { widget: 'radio' },
      '/treEm/ngaySinh': { widget: 'date' },
      '/treEm/noiSinh/loai': { widget: 'radio' },
      '/treEm/noiSinh/diaChi': { widget: 'address' },
      ...personUi('/me'),
      ...personUi('/cha'),
      '/khongCoThongTinCha': { widget: 'checkbox' },
      '/coYeuToNuocNgoai': { widget: 'checkbox' },
      '/yeuToNuocNgoai/vanBanThoaThuan': fileUi(),
      '/giayChungSinh': fileUi(),
      '/soBanSao': { inputmode: 'numeric' },
    },
  },
  maxUploadBytes: MAX_UPLOAD_BYTES,
  acceptedTypes: [...ACCEPTED_TYPES],
  updatedAt: FORM_UPDATED_AT,
};

export const khaiSinhSample = {
  nguoiYeuCau: sampleApplicant,
  quanHeVoiTre: 'cha',
  treEm: {
    hoTen: 'Nguyễn Minh Khang',
    gioiTinh: 'male',
    ngaySinh: '2025-06-20',
    noiSinh: {
      loai: 'co-so-y-te',
      tenCoSoYTe: 'Bệnh viện Phụ sản Hà Nội',
      diaChi: { provinceCode: '01', communeCode: '01003', street: '929 đường La Thành' },
    },
    danToc: 'Kinh',
    quocTich: 'Việt Nam',
    queQuan: 'Xã Đông Anh, thành phố Hà Nội',
  },
  me: {
    hoTen: 'Lê Thị Hoa',
    ngaySinh: '1992-09-03',
    gioiTinh: 'female',
    soDinhDanh: '001192034567',
    danToc: 'Kinh',
    quocTich: 'Việt Nam',
    noiCuTru: sampleAddress,
  },
  khongCoThongTinCha: false,
  cha: samplePerson,
  coYeuToNuocNgoai: false,
  giayChungSinh: 'upl_01HZX3K9GCS',
  soBanSao: 2,
};
