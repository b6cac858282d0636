// Tờ khai thay đổi thông tin cư trú (mẫu CT01) for Đăng ký thường trú (1.001266).
import type { FormDefinition } from '../types.js';
import {
  ACCEPTED_TYPES, FORM_UPDATED_AT, MAX_UPLOAD_BYTES, SCHEMA_DIALECT, applicantUi, choice, citizenId, file, fileUi,
  householdMember, longText, ref, sampleApplicant, sharedDefinitions, text,
} from './shared.js';

const QUAN_HE = [
  ['chu-ho', 'Chủ hộ'],
  ['vo-chong', 'Vợ, chồng'],
  ['con', 'Con'],
  ['cha-me', 'Cha, mẹ'],
  ['ong-ba', 'Ông, bà'],
  ['chau', 'Cháu'],
  ['anh-chi-em', 'Anh, chị, em'],
  ['khac', 'Khác'],
] as const;

export const thuongTru: FormDefinition = {
  procedureCode: '1.001266',
  version: '2025.07.1',
  title: 'Tờ khai thay đổi thông tin cư trú (đăng ký thường trú)',
  schema: {
    $schema: SCHEMA_DIALECT,
    $id: 'urn:dvc:form:1.001266:2025.07.1',
    title: 'Tờ khai thay đổi thông tin cư trú',
    type: 'object',
    $defs: sharedDefinitions('diaChi', 'nguoiYeuCau'),
    properties: {
      nguoiKeKhai: ref('nguoiYeuCau', 'Người kê khai'),
      noiDangKy: ref('diaChi', 'Địa chỉ đề nghị đăng ký thường trú'),
      loaiChoO: choice('Chỗ ở hợp pháp', [
        ['so-huu', 'Thuộc quyền sở hữu của người đăng ký'],
        ['thue-muon-o-nho', 'Thuê, mượn, ở nhờ'],
        ['ve-voi-nguoi-than', 'Về ở với người thân (vợ, chồng, con, cha, mẹ, …)'],
      ]),
      dienTichSan: { type: 'number', title: 'Diện tích sàn nhà ở (m²)', minimum: 1, maximum: 100000, description: 'Dùng để xác định điều kiện diện tích tối thiểu 08 m² sàn/người khi thuê, mượn, ở nhờ.' },
      chuHo: {
        type: 'object',
        title: 'Chủ hộ hoặc chủ sở hữu chỗ ở',
        properties: {
          hoTen: text('Họ, chữ đệm và tên chủ hộ', { maxLength: 100 }),
          soDinhDanh: citizenId('Số định danh cá nhân của chủ hộ'),
          quanHeVoiNguoiKeKhai: choice('Quan hệ với người kê khai', QUAN_HE),
          dongY: { type: 'boolean', title: 'Chủ hộ, chủ sở hữu đồng ý cho đăng ký thường trú', const: true, description: 'Ý kiến đồng ý được xác nhận qua ứng dụng VNeID hoặc văn bản kèm theo.' },
        },
        required: ['hoTen', 'soDinhDanh', 'quanHeVoiNguoiKeKhai', 'dongY'],
        additionalProperties: false,
      },
      thanhVienCungDangKy: {
        type: 'array',
        title: 'Những thành viên trong hộ gia đình cùng thay đổi',
        maxItems: 20,
        items: householdMember(['hoTen', 'ngaySinh', 'gioiTinh', 'soDinhDanh', 'quanHeVoiChuHo'], {
          quanHeVoiChuHo: choice('Quan hệ với chủ hộ', QUAN_HE),
        }),
      },
      giayToChoO: file('Giấy tờ chứng minh chỗ ở hợp pháp', 'Bản chụp Giấy chứng nhận quyền sử dụng đất, hợp đồng thuê, mượn, ở nhờ hoặc giấy tờ chứng minh quan hệ nhân thân.'),
      noiDungDeNghi: longText('Nội dung đề nghị', { description: 'Ví dụ: đăng ký thường trú cho bản thân và con vào hộ gia đình ông/bà …' }),
    },
    required: ['nguoiKeKhai', 'noiDangKy', 'loaiChoO', 'giayToChoO'],
    additionalProperties: false,
    if: { properties: { loaiChoO: { const: 'so-huu' } }, required: ['loaiChoO'] },
    then: {},
    else: { required: ['chuHo', 'dienTichSan'] },
  },
  uiSchema: {
    steps: [
      { id: 'nguoi-ke-khai', title: 'Người kê khai', fields: ['/nguoiKeKhai'] },
      { id: 'cho-o', title: 'Nơi đăng ký thường trú', fields: ['/noiDangKy', '/loaiChoO', '/dienTichSan', '/chuHo', '/giayToChoO'] },
      { id: 'thanh-vien', title: 'Thành viên cùng đăng ký', fields: ['/thanhVienCungDangKy', '/noiDungDeNghi'] },
    ],
    fields: {
      ...applicantUi('/nguoiKeKhai'),
      '/noiDangKy': { widget: 'address' },
      '/loaiChoO': { widget: 'radio' },
      '/dienTichSan': { inputmode: 'decimal' },
      '/chuHo/soDinhDanh': { inputmode: 'numeric' },
      '/chuHo/quanHeVoiNguoiKeKhai': { widget: 'select' },
      '/chuHo/dongY': { widget: 'checkbox' },
      '/giayToChoO': fileUi(),
      '/noiDungDeNghi': { widget: 'textarea' },
    },
  },
  maxUploadBytes: MAX_UPLOAD_BYTES,
  acceptedTypes: [...ACCEPTED_TYPES],
  updatedAt: FORM_UPDATED_AT,
};

export const thuongTruSample = {
  nguoiKeKhai: sampleApplicant,
  noiDangKy: { provinceCode: '01', communeCode: '01015', street: 'Số 8 ngõ 41 phố Trần Duy Hưng' },
  loaiChoO: 've-voi-nguoi-than',
  dienTichSan: 72.5,
  chuHo: { hoTen: 'Nguyễn Văn Bình', soDinhDanh: '001048001122', quanHeVoiNguoiKeKhai: 'cha-me', dongY: true },
  thanhVienCungDangKy: [
    { hoTen: 'Nguyễn Minh Khang', ngaySinh: '2025-06-20', gioiTinh: 'male', soDinhDanh: '001225000321', quanHeVoiChuHo: 'chau' },
  ],
  giayToChoO: 'upl_01HZX8GCN',
  noiDungDeNghi: 'Đăng ký thường trú cho bản thân và con vào hộ gia đình ông Nguyễn Văn Bình.',
};
