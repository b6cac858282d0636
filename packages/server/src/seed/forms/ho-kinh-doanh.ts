// Giấy đề nghị đăng ký hộ kinh doanh (2.000575).
import type { FormDefinition } from '../types.js';
import {
  ACCEPTED_TYPES, FORM_UPDATED_AT, MAX_UPLOAD_BYTES, SCHEMA_DIALECT, applicantUi, choice, file, fileUi,
  householdMember, int, ref, sampleApplicant, sharedDefinitions, text,
} from './shared.js';

export const hoKinhDoanh: FormDefinition = {
  procedureCode: '2.000575',
  version: '2025.07.1',
  title: 'Giấy đề nghị đăng ký hộ kinh doanh',
  schema: {
    $schema: SCHEMA_DIALECT,
    $id: 'urn:dvc:form:2.000575:2025.07.1',
    title: 'Giấy đề nghị đăng ký hộ kinh doanh',
    type: 'object',
    $defs: sharedDefinitions('diaChi', 'nguoiYeuCau'),
    properties: {
      chuHoKinhDoanh: ref('nguoiYeuCau', 'Chủ hộ kinh doanh'),
      maSoThueCaNhan: { type: 'string', format: 'tax-code', title: 'Mã số thuế cá nhân của chủ hộ (nếu có)', description: '10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số.' },
      tenHoKinhDoanh: text('Tên hộ kinh doanh', {
        maxLength: 150,
        description: 'Gồm cụm từ "Hộ kinh doanh" và tên riêng, ví dụ: Hộ kinh doanh Phở Bát Đàn.',
        pattern: '^Hộ kinh doanh .+',
      }),
      diaChiTruSo: ref('diaChi', 'Địa điểm kinh doanh (trụ sở hộ kinh doanh)'),
      dienThoaiTruSo: { type: 'string', format: 'vn-mobile', title: 'Điện thoại liên hệ của hộ kinh doanh' },
      nganhNghe: {
        type: 'array',
        title: 'Ngành, nghề kinh doanh',
        minItems: 1,
        maxItems: 20,
        items: {
          type: 'object',
          title: 'Ngành, nghề',
          properties: {
            maNganh: { type: 'string', title: 'Mã ngành cấp 4', pattern: '^\\d{4}$', description: 'Theo Hệ thống ngành kinh tế Việt Nam, ví dụ 5610 (Nhà hàng và các dịch vụ ăn uống phục vụ lưu động).' },
            tenNganh: text('Tên ngành, nghề'),
            laNganhChinh: { type: 'boolean', title: 'Ngành, nghề chính', default: false },
          },
          required: ['maNganh', 'tenNganh'],
          additionalProperties: false,
        },
      },
      vonKinhDoanh: { type: 'integer', title: 'Vốn kinh doanh (đồng)', minimum: 0, maximum: 1e13 },
      soLaoDong: int('Số lượng lao động dự kiến', 0, 1000),
      chuThe: choice('Hộ kinh doanh do', [
        ['ca-nhan', 'Một cá nhân làm chủ'],
        ['ho-gia-dinh', 'Các thành viên hộ gia đình đăng ký thành lập'],
      ]),
      thanhVienHoGiaDinh: {
        type: 'array',
        title: 'Thành viên hộ gia đình tham gia thành lập hộ kinh doanh',
        minItems: 1,
        maxItems: 20,
        items: householdMember(['hoTen', 'ngaySinh', 'soDinhDanh']),
      },
      bienBanHopGiaDinh: file('Biên bản họp thành viên hộ gia đình', 'Bản chụp biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh.'),
    },
    required: ['chuHoKinhDoanh', 'tenHoKinhDoanh', 'diaChiTruSo', 'nganhNghe', 'vonKinhDoanh', 'chuThe'],
    additionalProperties: false,
    if: { properties: { chuThe: { const: 'ho-gia-dinh' } }, required: ['chuThe'] },
    then: { required: ['thanhVienHoGiaDinh', 'bienBanHopGiaDinh'] },
  },
  uiSchema: {
    steps: [
      { id: 'chu-ho', title: 'Chủ hộ kinh doanh', fields: ['/chuHoKinhDoanh', '/maSoThueCaNhan'] },
      { id: 'ho-kinh-doanh', title: 'Thông tin hộ kinh doanh', fields: ['/tenHoKinhDoanh', '/diaChiTruSo', '/dienThoaiTruSo', '/nganhNghe', '/vonKinhDoanh', '/soLaoDong'] },
      { id: 'thanh-vien', title: 'Thành viên hộ gia đình', fields: ['/chuThe', '/thanhVienHoGiaDinh', '/bienBanHopGiaDinh'] },
    ],
    fields: {
      ...applicantUi('/chuHoKinhDoanh'),
      '/maSoThueCaNhan': { inputmode: 'numeric', placeholder: '8012345678' },
      '/tenHoKinhDoanh': { placeholder: 'Hộ kinh doanh Phở Bát Đàn', autocomplete: 'organization' },
      '/diaChiTruSo': { widget: 'address' },
      '/dienThoaiTruSo': { inputmode: 'tel', autocomplete: 'tel' },
      '/vonKinhDoanh': { inputmode: 'numeric' },
      '/soLaoDong': { inputmode: 'numeric' },
      '/chuThe': { widget: 'radio' },
      '/bienBanHopGiaDinh': fileUi(),
    },
  },
  maxUploadBytes: MAX_UPLOAD_BYTES,
  acceptedTypes: [...ACCEPTED_TYPES],
  updatedAt: FORM_UPDATED_AT,
};

export const hoKinhDoanhSample = {
  chuHoKinhDoanh: sampleApplicant,
  maSoThueCaNhan: '8012345678',
  tenHoKinhDoanh: 'Hộ kinh doanh Phở Gia An',
  diaChiTruSo: { provinceCode: '01', communeCode: '01013', street: 'Số 25 phố Trần Thái Tông' },
  dienThoaiTruSo: '0912345678',
  nganhNghe: [
    { maNganh: '5610', tenNganh: 'Nhà hàng và các dịch vụ ăn uống phục vụ lưu động', laNganhChinh: true },
    { maNganh: '5630', tenNganh: 'Dịch vụ phục vụ đồ uống' },
  ],
  vonKinhDoanh: 300_000_000,
  soLaoDong: 4,
  chuThe: 'ho-gia-dinh',
  thanhVienHoGiaDinh: [
    { hoTen: 'Lê Thị Hoa', ngaySinh: '1992-09-03', gioiTinh: 'female', soDinhDanh: '001192034567' },
  ],
  bienBanHopGiaDinh: 'upl_01HZX7BBHOP',
};
