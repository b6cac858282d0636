// Đơn đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ (1.009994).
import type { FormDefinition } from '../types.js';
import {
  ACCEPTED_TYPES, FORM_UPDATED_AT, MAX_UPLOAD_BYTES, SCHEMA_DIALECT, applicantUi, bool, choice, citizenId, file,
  fileUi, int, ref, sampleApplicant, sharedDefinitions, text,
} from './shared.js';

const area = (title: string, extra: Record<string, unknown> = {}) => ({ type: 'number', title, minimum: 0, maximum: 100000, ...extra });

export const giayPhepXayDung: FormDefinition = {
  procedureCode: '1.009994',
  version: '2025.07.1',
  title: 'Đơn đề nghị cấp giấy phép xây dựng (nhà ở riêng lẻ)',
  schema: {
    $schema: SCHEMA_DIALECT,
    $id: 'urn:dvc:form:1.009994:2025.07.1',
    title: 'Đơn đề nghị cấp giấy phép xây dựng',
    type: 'object',
    $defs: sharedDefinitions('diaChi', 'nguoiYeuCau'),
    properties: {
      chuDauTu: ref('nguoiYeuCau', 'Chủ đầu tư'),
      dongChuDauTu: {
        type: 'array',
        title: 'Đồng chủ đầu tư, đồng sở hữu quyền sử dụng đất (nếu có)',
        maxItems: 10,
        items: {
          type: 'object',
          title: 'Đồng chủ đầu tư',
          properties: {
            hoTen: text('Họ, chữ đệm và tên', { maxLength: 100 }),
            soDinhDanh: citizenId(),
            soDienThoai: { type: 'string', format: 'vn-mobile', title: 'Số điện thoại' },
          },
          required: ['hoTen', 'soDinhDanh'],
          additionalProperties: false,
        },
      },
      diaDiem: {
        type: 'object',
        title: 'Địa điểm xây dựng',
        properties: {
          diaChi: ref('diaChi', 'Địa chỉ lô đất'),
          soThua: text('Thửa đất số', { maxLength: 20 }),
          soToBanDo: text('Tờ bản đồ số', { maxLength: 20 }),
          dienTichLoDat: area('Diện tích lô đất (m²)', { exclusiveMinimum: 0 }),
        },
        required: ['diaChi', 'soThua', 'soToBanDo', 'dienTichLoDat'],
        additionalProperties: false,
      },
      congTrinh: {
        type: 'object',
        title: 'Nội dung đề nghị cấp phép',
        properties: {
          capCongTrinh: choice('Cấp công trình', [
            ['cap-iii', 'Cấp III'],
            ['cap-iv', 'Cấp IV'],
          ]),
          dienTichXayDung: area('Diện tích xây dựng tầng 1 (m²)', { exclusiveMinimum: 0 }),
          tongDienTichSan: area('Tổng diện tích sàn (m²)', { exclusiveMinimum: 0, description: 'Ghi rõ diện tích sàn các tầng hầm, tầng trên mặt đất, tầng kỹ thuật, tum.' }),
          chieuCao: { type: 'number', title: 'Chiều cao công trình (m)', exclusiveMinimum: 0, maximum: 100 },
          soTang: int('Số tầng trên mặt đất', 1, 15),
          coTangHam: bool('Có tầng hầm', { default: false }),
          soTangHam: int('Số tầng hầm', 1, 5),
        },
        required: ['capCongTrinh', 'dienTichXayDung', 'tongDienTichSan', 'chieuCao', 'soTang', 'coTangHam'],
        additionalProperties: false,
        if: { properties: { coTangHam: { const: true } }, required: ['coTangHam'] },
        then: { required: ['soTangHam'] },
      },
      donViThietKe: {
        type: 'object',
        title: 'Đơn vị hoặc người thiết kế',
        description: 'Bắt buộc khi tổng diện tích sàn từ 250 m² hoặc từ 03 tầng trở lên.',
        properties: {
          ten: text('Tên đơn vị/người thiết kế'),
          maSoThue: { type: 'string', format: 'tax-code', title: 'Mã số thuế (đối với tổ chức)' },
          soChungChi: text('Số chứng chỉ hành nghề/năng lực', { maxLength: 50 }),
        },
        required: ['ten', 'soChungChi'],
        additionalProperties: false,
      },
      duKienHoanThanh: int('Dự kiến thời gian hoàn thành (tháng)', 1, 60),
      giayToDat: file('Giấy tờ chứng minh quyền sử dụng đất', 'Bản chụp Giấy chứng nhận quyền sử dụng đất hoặc giấy tờ hợp pháp về đất đai.'),
      banVeThietKe: file('Bản vẽ thiết kế xây dựng', 'Bản chụp hoặc tệp PDF bản vẽ mặt bằng, mặt cắt, mặt đứng chính, móng và đấu nối hạ tầng.'),
      camKetAnToan: file('Bản cam kết bảo đảm an toàn công trình liền kề', 'Bản chụp bản cam kết (khi có công trình liền kề).'),
    },
    required: ['chuDauTu', 'diaDiem', 'congTrinh', 'duKienHoanThanh', 'giayToDat', 'banVeThietKe'],
    additionalProperties: false,
    if: {
      properties: {
        congTrinh: {
          type: 'object',
          anyOf: [
            { properties: { tongDienTichSan: { type: 'number', minimum: 250 } }, required: ['tongDienTichSan'] },
            { properties: { soTang: { type: 'integer', minimum: 3 } }, required: ['soTang'] },
          ],
        },
      },
      required: ['congTrinh'],
    },
    then: { required: ['donViThietKe'] },
  },
  uiSchema: {
    steps: [
      { id: 'chu-dau-tu', title: 'Chủ đầu tư', fields: ['/chuDauTu', '/dongChuDauTu'] },
      { id: 'cong-trinh', title: 'Địa điểm và công trình', fields: ['/diaDiem', '/congTrinh', '/duKienHoanThanh'] },
      { id: 'thiet-ke', title: 'Thiết kế và giấy tờ', fields: ['/donViThietKe', '/giayToDat', '/banVeThietKe', '/camKetAnToan'] },
    ],
    fields: {
      ...applicantUi('/chuDauTu'),
      '/diaDiem/diaChi': { widget: 'address' },
      '/diaDiem/dienTichLoDat': { inputmode: 'decimal' },
      '/congTrinh/capCongTrinh': { widget: 'radio' },
      '/congTrinh/dienTichXayDung': { inputmode: 'decimal' },
      '/congTrinh/tongDienTichSan': { inputmode: 'decimal' },
      '/congTrinh/chieuCao': { inputmode: 'decimal' },
      '/congTrinh/soTang': { inputmode: 'numeric' },
      '/congTrinh/coTangHam': { widget: 'checkbox' },
      '/congTrinh/soTangHam': { inputmode: 'numeric' },
      '/donViThietKe/ten': { autocomplete: 'organization' },
      '/donViThietKe/maSoThue': { inputmode: 'numeric' },
      '/duKienHoanThanh': { inputmode: 'numeric' },
      '/giayToDat': fileUi(),
      '/banVeThietKe': fileUi(),
      '/camKetAnToan': fileUi(),
    },
  },
  maxUploadBytes: MAX_UPLOAD_BYTES,
  acceptedTypes: [...ACCEPTED_TYPES],
  updatedAt: FORM_UPDATED_AT,
};

export const giayPhepXayDungSample = {
  chuDauTu: sampleApplicant,
  dongChuDauTu: [{ hoTen: 'Lê Thị Hoa', soDinhDanh: '001192034567', soDienThoai: '0987123456' }],
  diaDiem: {
    diaChi: { provinceCode: '01', communeCode: '01052', street: 'Thôn Cổ Loa' },
    soThua: '152',
    soToBanDo: '17',
    dienTichLoDat: 96.4,
  },
  congTrinh: {
    capCongTrinh: 'cap-iii',
    dienTichXayDung: 80,
    tongDienTichSan: 320,
    chieuCao: 15.6,
    soTang: 4,
    coTangHam: false,
  },
  donViThietKe: { ten: 'Công ty TNHH Kiến trúc Cổ Loa', maSoThue: '0101234567', soChungChi: 'HAN-00012345' },
  duKienHoanThanh: 10,
  giayToDat: 'upl_01HZX9SODO',
  banVeThietKe: 'upl_01HZX9BANVE',
};
