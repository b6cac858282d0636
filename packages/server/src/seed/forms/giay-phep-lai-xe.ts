// Đơn đề nghị đổi giấy phép lái xe (2.002181).
import type { FormDefinition } from '../types.js';
import {
  ACCEPTED_TYPES, FORM_UPDATED_AT, MAX_UPLOAD_BYTES, SCHEMA_DIALECT, applicantUi, bool, choice, date, deliveryUi, file,
  fileUi, longText, ref, sampleAddress, sampleApplicant, sharedDefinitions, text,
} from './shared.js';

const HANG = ['A1', 'A', 'B1', 'B', 'C1', 'C', 'D1', 'D2', 'D', 'BE', 'C1E', 'CE', 'D1E', 'D2E', 'DE'] as const;

export const giayPhepLaiXe: FormDefinition = {
  procedureCode: '2.002181',
  version: '2025.07.1',
  title: 'Đơn đề nghị đổi giấy phép lái xe',
  schema: {
    $schema: SCHEMA_DIALECT,
    $id: 'urn:dvc:form:2.002181:2025.07.1',
    title: 'Đơn đề nghị đổi giấy phép lái xe',
    type: 'object',
    $defs: sharedDefinitions('diaChi', 'nguoiYeuCau', 'nhanKetQua'),
    properties: {
      nguoiDeNghi: ref('nguoiYeuCau', 'Người đề nghị'),
      giayPhep: {
        type: 'object',
        title: 'Giấy phép lái xe đề nghị đổi',
        properties: {
          soGiayPhep: { type: 'string', title: 'Số giấy phép lái xe', pattern: '^\\d{12}$', description: 'Gồm 12 chữ số, in ở mặt trước giấy phép.' },
          hang: { type: 'array', title: 'Hạng giấy phép', minItems: 1, uniqueItems: true, items: { type: 'string', enum: [...HANG] } },
          ngayCap: date('Ngày cấp'),
          ngayHetHan: date('Có giá trị đến', { description: 'Để trống nếu giấy phép không thời hạn.' }),
          noiCap: text('Cơ quan cấp', { description: 'Ví dụ: Sở Giao thông vận tải Hà Nội.' }),
        },
        required: ['soGiayPhep', 'hang', 'ngayCap', 'noiCap'],
        additionalProperties: false,
      },
      lyDo: choice('Lý do đổi', [
        ['het-han', 'Giấy phép sắp hết hạn hoặc đã hết hạn dưới 03 tháng'],
        ['hong', 'Giấy phép bị hỏng'],
        ['thay-doi-thong-tin', 'Thay đổi thông tin cá nhân (họ tên, số định danh, …)'],
        ['chuyen-doi-pet', 'Đổi sang giấy phép vật liệu PET'],
        ['khac', 'Lý do khác'],
      ]),
      lyDoKhac: longText('Lý do cụ thể', { minLength: 1, maxLength: 500 }),
      coGiayKhamDienTu: bool('Đã có giấy khám sức khỏe điện tử trên hệ thống', {
        description: 'Giấy khám sức khỏe do cơ sở y tế cập nhật lên Cổng Dịch vụ công hoặc VNeID; nếu chưa có, tải lên bản chụp.',
        default: true,
      }),
      giayKhamSucKhoe: file('Giấy khám sức khỏe của người lái xe', 'Bản chụp giấy khám sức khỏe còn giá trị (không quá 12 tháng).'),
      anhChanDung: file('Ảnh chân dung', 'Ảnh màu cỡ 3×4 cm nền xanh, chụp không quá 06 tháng; có thể dùng ảnh trong Cơ sở dữ liệu quốc gia về dân cư.'),
      nhanKetQua: ref('nhanKetQua', 'Hình thức nhận giấy phép lái xe'),
    },
    required: ['nguoiDeNghi', 'giayPhep', 'lyDo', 'coGiayKhamDienTu', 'nhanKetQua'],
    additionalProperties: false,
    allOf: [
      {
        if: { properties: { lyDo: { const: 'khac' } }, required: ['lyDo'] },
        then: { required: ['lyDoKhac'] },
      },
      {
        if: { properties: { coGiayKhamDienTu: { const: false } }, required: ['coGiayKhamDienTu'] },
        then: { required: ['giayKhamSucKhoe'] },
      },
    ],
  },
  uiSchema: {
    steps: [
      { id: 'nguoi-de-nghi', title: 'Người đề nghị', fields: ['/nguoiDeNghi'] },
      { id: 'giay-phep', title: 'Giấy phép lái xe', fields: ['/giayPhep', '/lyDo', '/lyDoKhac'] },
      { id: 'suc-khoe', title: 'Sức khỏe và ảnh', fields: ['/coGiayKhamDienTu', '/giayKhamSucKhoe', '/anhChanDung'] },
      { id: 'nhan-ket-qua', title: 'Nhận kết quả', fields: ['/nhanKetQua'] },
    ],
    fields: {
      ...applicantUi('/nguoiDeNghi'),
      '/giayPhep/soGiayPhep': { inputmode: 'numeric', placeholder: '010123456789' },
      '/giayPhep/hang': { widget: 'checkbox' },
      '/giayPhep/ngayCap': { widget: 'date' },
      '/giayPhep/ngayHetHan': { widget: 'date' },
      '/lyDo': { widget: 'radio' },
      '/lyDoKhac': { widget: 'textarea' },
      '/coGiayKhamDienTu': { widget: 'checkbox' },
      '/giayKhamSucKhoe': fileUi(),
      '/anhChanDung': { ...fileUi(), accept: ['image/jpeg', 'image/png'] },
      ...deliveryUi('/nhanKetQua'),
    },
  },
  maxUploadBytes: MAX_UPLOAD_BYTES,
  acceptedTypes: [...ACCEPTED_TYPES],
  updatedAt: FORM_UPDATED_AT,
};

export const giayPhepLaiXeSample = {
  nguoiDeNghi: sampleApplicant,
  giayPhep: {
    soGiayPhep: '010123456789',
    hang: ['A1', 'B'],
    ngayCap: '2015-08-20',
    ngayHetHan: '2025-08-20',
    noiCap: 'Sở Giao thông vận tải Hà Nội',
  },
  lyDo: 'het-han',
  coGiayKhamDienTu: false,
  giayKhamSucKhoe: 'upl_01HZXAKHAM',
  nhanKetQua: { hinhThuc: 'buu-chinh', diaChiNhan: sampleAddress },
};
