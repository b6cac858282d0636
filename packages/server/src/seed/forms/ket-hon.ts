// Tờ khai đăng ký kết hôn (1.000894).
import type { FormDefinition } from '../types.js';
import {
  ACCEPTED_TYPES, FORM_UPDATED_AT, MAX_UPLOAD_BYTES, SCHEMA_DIALECT, bool, choice, date, file, fileUi, personUi, ref,
  samplePerson, sharedDefinitions, text,
} from './shared.js';

const TINH_TRANG = [
  ['chua-ket-hon', 'Chưa kết hôn lần nào'],
  ['da-ly-hon', 'Đã ly hôn'],
  ['vo-chong-da-chet', 'Vợ/chồng đã chết'],
] as const;

export const ketHon: FormDefinition = {
  procedureCode: '1.000894',
  version: '2025.07.1',
  title: 'Tờ khai đăng ký kết hôn',
  schema: {
    $schema: SCHEMA_DIALECT,
    $id: 'urn:dvc:form:1.000894:2025.07.1',
    title: 'Tờ khai đăng ký kết hôn',
    type: 'object',
    $defs: sharedDefinitions('diaChi', 'nguoi'),
    properties: {
      benNam: ref('nguoi', 'Thông tin bên nam'),
      tinhTrangHonNhanNam: choice('Tình trạng hôn nhân của bên nam', TINH_TRANG),
      soDienThoaiNam: { type: 'string', format: 'vn-mobile', title: 'Số điện thoại bên nam' },
      benNu: ref('nguoi', 'Thông tin bên nữ'),
      tinhTrangHonNhanNu: choice('Tình trạng hôn nhân của bên nữ', TINH_TRANG),
      soDienThoaiNu: { type: 'string', format: 'vn-mobile', title: 'Số điện thoại bên nữ' },
      giayToChamDutHonNhan: file(
        'Giấy tờ chứng minh hôn nhân trước đã chấm dứt',
        'Bản chụp bản án, quyết định ly hôn đã có hiệu lực hoặc trích lục khai tử của vợ/chồng trước.',
      ),
      ngayDuKienDangKy: date('Ngày dự kiến đến nhận Giấy chứng nhận kết hôn', {
        description: 'Hai bên nam, nữ cùng có mặt tại UBND cấp xã để ký và nhận Giấy chứng nhận kết hôn.',
      }),
      noiDangKy: text('Nơi đăng ký kết hôn', { description: 'UBND cấp xã nơi cư trú của bên nam hoặc bên nữ.' }),
      camKet: bool('Chúng tôi cam đoan những lời khai trên đây là đúng sự thật, việc kết hôn là tự nguyện, không vi phạm quy định của Luật Hôn nhân và gia đình', {
        const: true,
      }),
    },
    required: ['benNam', 'tinhTrangHonNhanNam', 'benNu', 'tinhTrangHonNhanNu', 'soDienThoaiNam', 'noiDangKy', 'camKet'],
    additionalProperties: false,
    if: {
      anyOf: [
        { properties: { tinhTrangHonNhanNam: { enum: ['da-ly-hon', 'vo-chong-da-chet'] } }, required: ['tinhTrangHonNhanNam'] },
        { properties: { tinhTrangHonNhanNu: { enum: ['da-ly-hon', 'vo-chong-da-chet'] } }, required: ['tinhTrangHonNhanNu'] },
      ],
    },
    then: { required: ['giayToChamDutHonNhan'] },
  },
  uiSchema: {
    steps: [
      { id: 'ben-nam', title: 'Bên nam', fields: ['/benNam', '/tinhTrangHonNhanNam', '/soDienThoaiNam'] },
      { id: 'ben-nu', title: 'Bên nữ', fields: ['/benNu', '/tinhTrangHonNhanNu', '/soDienThoaiNu'] },
      { id: 'dang-ky', title: 'Đăng ký và cam đoan', fields: ['/giayToChamDutHonNhan', '/noiDangKy', '/ngayDuKienDangKy', '/camKet'] },
    ],
    fields: {
      ...personUi('/benNam'),
      ...personUi('/benNu'),
      '/benNam/hoTen': { autocomplete: 'name', prefill: 'fullName' },
      '/benNam/soDinhDanh': { inputmode: 'numeric', prefill: 'citizenId' },
      '/benNam/ngaySinh': { widget: 'date', autocomplete: 'bday', prefill: 'dateOfBirth' },
      '/benNam/noiCuTru': { widget: 'address', prefill: 'address' },
      '/tinhTrangHonNhanNam': { widget: 'radio' },
      '/tinhTrangHonNhanNu': { widget: 'radio' },
      '/soDienThoaiNam': { autocomplete: 'tel', inputmode: 'tel', prefill: 'phone' },
      '/soDienThoaiNu': { inputmode: 'tel' },
      '/giayToChamDutHonNhan': fileUi(),
      '/ngayDuKienDangKy': { widget: 'date' },
      '/noiDangKy': { placeholder: 'UBND phường Hoàn Kiếm' },
      '/camKet': { widget: 'checkbox' },
    },
  },
  maxUploadBytes: MAX_UPLOAD_BYTES,
  acceptedTypes: [...ACCEPTED_TYPES],
  updatedAt: FORM_UPDATED_AT,
};

export const ketHonSample = {
  benNam: samplePerson,
  tinhTrangHonNhanNam: 'chua-ket-hon',
  soDienThoaiNam: '0912345678',
  benNu: {
    hoTen: 'Phạm Thu Trang',
    ngaySinh: '1994-02-18',
    gioiTinh: 'female',
    soDinhDanh: '001194056789',
    danToc: 'Kinh',
    quocTich: 'Việt Nam',
    noiCuTru: { provinceCode: '01', communeCode: '01004', street: 'Số 5 phố Hàng Bài' },
  },
  tinhTrangHonNhanNu: 'da-ly-hon',
  soDienThoaiNu: '0987654321',
  giayToChamDutHonNhan: 'upl_01HZX4QLYHON',
  ngayDuKienDangKy: '2025-08-08',
  noiDangKy: 'UBND phường Hoàn Kiếm',
  camKet: true,
};
