// Building blocks shared by the seeded application forms: the person, applicant, address and result
// delivery definitions (copied into each schema's `$defs`), small property helpers and the UI-schema
// entries that prefill an applicant from the signed-in user's Profile (docs/ui-schema.md).
//
// The address object has the same shape as the contract's `Address` (provinceCode, communeCode,
// street) so that the `address` widget and the `address` prefill fill it directly.

export type JsonSchema = Record<string, unknown>;
export type UiField = Record<string, unknown>;

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
export const FORM_UPDATED_AT = '2025-07-01T08:00:00+07:00';

export const text = (title: string, extra: JsonSchema = {}): JsonSchema => ({ type: 'string', title, minLength: 1, maxLength: 200, ...extra });
export const longText = (title: string, extra: JsonSchema = {}): JsonSchema => ({ type: 'string', title, maxLength: 2000, ...extra });
export const date = (title: string, extra: JsonSchema = {}): JsonSchema => ({ type: 'string', format: 'date', title, ...extra });
export const bool = (title: string, extra: JsonSchema = {}): JsonSchema => ({ type: 'boolean', title, ...extra });
export const int = (title: string, minimum: number, maximum: number, extra: JsonSchema = {}): JsonSchema => ({ type: 'integer', title, minimum, maximum, ...extra });
/** An attachment: the value is the upload id returned by `POST /uploads`. */
export const file = (title: string, description: string): JsonSchema => ({ type: 'string', title, description, minLength: 1, maxLength: 64 });
/** A closed choice with Vietnamese labels. */
export const choice = (title: string, options: ReadonlyArray<readonly [string, string]>, extra: JsonSchema = {}): JsonSchema => ({
  type: 'string',
  title,
  oneOf: options.map(([value, label]) => ({ const: value, title: label })),
  ...extra,
});
/** The 12-digit personal identification number (format `citizen-id`). */
export const citizenId = (title = 'Số định danh cá nhân', extra: JsonSchema = {}): JsonSchema => ({ type: 'string', format: 'citizen-id', title, ...extra });

export const ref = (name: string, title: string, extra: JsonSchema = {}): JsonSchema => ({ $ref: `#/$defs/${name}`, title, ...extra });

const ID_CARD_HINT = 'Gồm 12 chữ số, in trên thẻ Căn cước hoặc Căn cước công dân.';

export const GENDERS = [
  ['male', 'Nam'],
  ['female', 'Nữ'],
] as const;

const sharedDefs: Record<string, JsonSchema> = {
  diaChi: {
    type: 'object',
    title: 'Địa chỉ',
    properties: {
      provinceCode: { type: 'string', title: 'Tỉnh/Thành phố', minLength: 1, maxLength: 10 },
      communeCode: { type: 'string', title: 'Xã/Phường/Đặc khu', minLength: 1, maxLength: 10 },
      street: { type: 'string', title: 'Số nhà, đường/phố, thôn/tổ dân phố', minLength: 1, maxLength: 200 },
    },
    required: ['provinceCode', 'communeCode', 'street'],
    additionalProperties: false,
  },
  nguoi: {
    type: 'object',
    title: 'Thông tin cá nhân',
    properties: {
      hoTen: text('Họ, chữ đệm và tên', { maxLength: 100 }),
      ngaySinh: date('Ngày, tháng, năm sinh'),
      gioiTinh: choice('Giới tính', GENDERS),
      soDinhDanh: citizenId(undefined, { description: ID_CARD_HINT }),
      danToc: text('Dân tộc', { maxLength: 50 }),
      quocTich: text('Quốc tịch', { maxLength: 50, default: 'Việt Nam' }),
      noiCuTru: ref('diaChi', 'Nơi cư trú'),
    },
    required: ['hoTen', 'ngaySinh', 'gioiTinh', 'soDinhDanh'],
    additionalProperties: false,
  },
  nguoiYeuCau: {
    type: 'object',
    title: 'Người yêu cầu',
    properties: {
      hoTen: text('Họ, chữ đệm và tên', { maxLength: 100 }),
      ngaySinh: date('Ngày, tháng, năm sinh'),
      gioiTinh: choice('Giới tính', GENDERS),
      soDinhDanh: citizenId(undefined, { description: ID_CARD_HINT }),
      soDienThoai: {
        type: 'string',
        format: 'vn-mobile',
        title: 'Số điện thoại di động',
        description: 'Dùng để nhận tin nhắn về tình trạng hồ sơ và tra cứu hồ sơ.',
      },
      email: { type: 'string', format: 'email', title: 'Thư điện tử', maxLength: 200 },
      diaChi: ref('diaChi', 'Nơi cư trú'),
    },
    required: ['hoTen', 'soDinhDanh', 'soDienThoai', 'diaChi'],
    additionalProperties: false,
  },
  nhanKetQua: {
    type: 'object',
    title: 'Hình thức nhận kết quả',
    properties: {
      hinhThuc: choice('Nhận kết quả', [
        ['truc-tuyen', 'Nhận bản điện tử trên Cổng Dịch vụ công'],
        ['buu-chinh', 'Nhận qua dịch vụ bưu chính công ích'],
        ['truc-tiep', 'Nhận trực tiếp tại Bộ phận Một cửa'],
      ]),
      diaChiNhan: ref('diaChi', 'Địa chỉ nhận kết quả', { description: 'Bắt buộc khi nhận kết quả qua bưu chính.' }),
    },
    required: ['hinhThuc'],
    additionalProperties: false,
    if: { properties: { hinhThuc: { const: 'buu-chinh' } }, required: ['hinhThuc'] },
    then: { required: ['diaChiNhan'] },
  },
};

/** A fresh copy of the shared definitions, for one schema's `$defs`. */
/** One member of a household in a list: name, date of birth, sex, ID number, and `more`. */
export const householdMember = (required: string[], more: Record<string, JsonSchema> = {}): JsonSchema => ({
  type: 'object',
  title: 'Thành viên',
  properties: {
    hoTen: text('Họ, chữ đệm và tên', { maxLength: 100 }),
    ngaySinh: date('Ngày sinh'),
    gioiTinh: choice('Giới tính', GENDERS),
    soDinhDanh: citizenId(),
    ...more,
  },
  required,
  additionalProperties: false,
});

export function sharedDefinitions(...names: string[]): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const n of names.length ? names : Object.keys(sharedDefs)) out[n] = structuredClone(sharedDefs[n]!);
  return out;
}

export const fileUi = (): UiField => ({ widget: 'file', accept: [...ACCEPTED_TYPES], maxBytes: MAX_UPLOAD_BYTES });

/** UI entries for a `nguoiYeuCau` object at `ptr`, prefilled from the Profile. */
export function applicantUi(ptr: string): Record<string, UiField> {
  return {
    [ptr]: { order: ['hoTen', 'soDinhDanh', 'ngaySinh', 'gioiTinh', 'soDienThoai', 'email', 'diaChi'] },
    [`${ptr}/hoTen`]: { autocomplete: 'name', prefill: 'fullName' },
    [`${ptr}/soDinhDanh`]: { prefill: 'citizenId', inputmode: 'numeric', placeholder: '001090012345' },
    [`${ptr}/ngaySinh`]: { widget: 'date', autocomplete: 'bday', prefill: 'dateOfBirth' },
    [`${ptr}/gioiTinh`]: { widget: 'radio', autocomplete: 'sex', prefill: 'gender' },
    [`${ptr}/soDienThoai`]: { autocomplete: 'tel', inputmode: 'tel', prefill: 'phone', placeholder: '0912345678' },
    [`${ptr}/email`]: { autocomplete: 'email', inputmode: 'email', prefill: 'email' },
    [`${ptr}/diaChi`]: { widget: 'address', prefill: 'address' },
  };
}

/** UI entries for a `nguoi` object at `ptr` (someone other than the signed-in user: no prefill). */
export function personUi(ptr: string): Record<string, UiField> {
  return {
    [ptr]: { order: ['hoTen', 'ngaySinh', 'gioiTinh', 'soDinhDanh', 'danToc', 'quocTich', 'noiCuTru'] },
    [`${ptr}/hoTen`]: { autocomplete: 'off' },
    [`${ptr}/ngaySinh`]: { widget: 'date' },
    [`${ptr}/gioiTinh`]: { widget: 'radio' },
    [`${ptr}/soDinhDanh`]: { inputmode: 'numeric' },
    [`${ptr}/noiCuTru`]: { widget: 'address' },
  };
}

export function deliveryUi(ptr: string): Record<string, UiField> {
  return {
    [`${ptr}/hinhThuc`]: { widget: 'radio' },
    [`${ptr}/diaChiNhan`]: { widget: 'address', prefill: 'address' },
  };
}

/** Sample values shared by the form samples. */
export const sampleAddress = { provinceCode: '01', communeCode: '01001', street: 'Số 12 phố Đội Cấn' };
/** The sample applicant as a person of the forms' `person` definition (a spouse, a parent). */
export const samplePerson = {
  hoTen: 'Nguyễn Văn An',
  ngaySinh: '1990-05-12',
  gioiTinh: 'male',
  soDinhDanh: '001090012345',
  danToc: 'Kinh',
  quocTich: 'Việt Nam',
  noiCuTru: sampleAddress,
};

export const sampleApplicant = {
  hoTen: 'Nguyễn Văn An',
  ngaySinh: '1990-05-12',
  gioiTinh: 'male',
  soDinhDanh: '001090012345',
  soDienThoai: '0912345678',
  email: 'an.nguyen@example.vn',
  diaChi: sampleAddress,
};
