// Named examples of <dvc-service-form> and <dvc-dossier-receipt>: stories, the accessibility tests and
// the README all use these. They run without a server: `demoBackend` answers in memory (any backend
// implementing DvcBackend works the same way).
import { BackendError } from '@dvc/core';
import type { AdminUnit, DvcBackend, Profile, Receipt, UploadOptions, UploadableFile } from '@dvc/core';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { demoProfiles } from '../server/src/seed/profiles.js';
import type { JsonSchema, UiSchema } from './src/internal/types.js';
import type { DvcServiceForm } from './src/service-form.js';

const units: AdminUnit[] = [
  { code: '01', name: 'Thành phố Hà Nội', level: 'province' },
  { code: '79', name: 'Thành phố Hồ Chí Minh', level: 'province' },
  { code: '01001', name: 'Phường Ba Đình', level: 'commune', parentCode: '01' },
  { code: '01003', name: 'Phường Ngọc Hà', level: 'commune', parentCode: '01' },
  { code: '79001', name: 'Phường Sài Gòn', level: 'commune', parentCode: '79' },
];

export interface DemoBackendOptions {
  /** Uploads report progress and then stay pending (for the "uploading" state). */
  uploadsHang?: boolean;
  /** Submitting fails as if the network were down. */
  offline?: boolean;
}

/** An in-memory backend for stories and examples: admin units, uploads with progress, a receipt. */
export function demoBackend(options: DemoBackendOptions = {}): DvcBackend {
  const unsupported = () => Promise.reject(new BackendError('demo backend: not supported', { kind: 'http', status: 404 }));
  const backend: Partial<DvcBackend> = {
    listAdminUnits: async (parent?: string) => units.filter((u) => (parent ? u.parentCode === parent : u.level === 'province')),
    uploadFile: (file: UploadableFile, { onProgress, signal }: UploadOptions = {}) => new Promise((resolve, reject) => {
      let loaded = 0;
      const total = file.size || 1;
      const timer = setInterval(() => {
        loaded = Math.min(total, loaded + Math.ceil(total / 4));
        if (options.uploadsHang) loaded = Math.min(loaded, Math.floor(total * 0.4));
        onProgress?.({ loaded, total });
        if (loaded >= total) {
          clearInterval(timer);
          resolve({ id: `upl_demo_${Math.random().toString(36).slice(2, 10)}`, name: file.name ?? 'file', size: file.size,
            mediaType: file.type, sha256: '', createdAt: new Date().toISOString() });
        }
      }, 60);
      signal?.addEventListener('abort', () => {
        clearInterval(timer);
        reject(new BackendError('aborted', { kind: 'aborted' }));
      });
    }),
    submitDossier: async (submission) => {
      if (options.offline) throw new BackendError('offline', { kind: 'network' });
      return { ...sampleReceipt, procedureCode: submission.procedureCode };
    },
    getProfile: async () => sampleProfile,
  };
  const methods = ['searchProcedures', 'getProcedureIndex', 'getProcedure', 'getFormDefinition', 'getUploadLimits', 'getDossier',
    'getFees', 'submitSupplement', 'rateDossier', 'createPayment', 'getPayment'] as const;
  for (const name of methods) (backend as Record<string, unknown>)[name] ??= unsupported;
  backend.subscribeDossierEvents ??= () => () => undefined;
  backend.resultUrl ??= () => '#';
  return backend as DvcBackend;
}

/** The reference server's first demo citizen, so stories and tests prefill what the portal would. */
export const sampleProfile: Profile = demoProfiles['demo-citizen']!;

export const sampleReceipt: Receipt = {
  dossierCode: '000.00.01.H29-260310-0420',
  procedureCode: '1.001193',
  procedureName: 'Đăng ký khai sinh',
  agencyName: 'UBND Phường Ba Đình',
  receivedAt: '2026-03-10T07:05:00Z',
  appointmentDate: '2026-03-12',
  status: 1,
  resultChannel: 'online',
  fees: { items: [{ name: 'Lệ phí cấp bản sao trích lục', amount: 8000 }], total: 16000, paid: 0, due: 16000, currency: 'VND' } as Receipt['fees'],
  lookupSecret: 'K7P-4QX-92M',
};

/** A small application covering every widget and schema feature. */
export const demoSchema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:dvc:example:demo',
  title: 'Tờ khai mẫu',
  type: 'object',
  $defs: {
    diaChi: {
      type: 'object',
      title: 'Địa chỉ',
      properties: {
        provinceCode: { type: 'string', title: 'Tỉnh/Thành phố', minLength: 1 },
        communeCode: { type: 'string', title: 'Xã/Phường/Đặc khu', minLength: 1 },
        street: { type: 'string', title: 'Số nhà, đường/phố', minLength: 1, maxLength: 200 },
      },
      required: ['provinceCode', 'communeCode', 'street'],
    },
  },
  properties: {
    hoTen: { type: 'string', title: 'Họ, chữ đệm và tên', minLength: 1, maxLength: 100 },
    soDinhDanh: { type: 'string', format: 'citizen-id', title: 'Số định danh cá nhân', description: 'Gồm 12 chữ số.' },
    ngaySinh: { type: 'string', format: 'date', title: 'Ngày sinh' },
    gioiTinh: { type: 'string', title: 'Giới tính', oneOf: [{ const: 'male', title: 'Nam' }, { const: 'female', title: 'Nữ' }] },
    soDienThoai: { type: 'string', format: 'vn-mobile', title: 'Số điện thoại di động' },
    email: { type: 'string', format: 'email', title: 'Thư điện tử' },
    diaChi: { $ref: '#/$defs/diaChi', title: 'Nơi cư trú' },
    ngheNghiep: {
      type: 'string', title: 'Nghề nghiệp',
      enum: ['cong-chuc', 'giao-vien', 'bac-si', 'ky-su', 'nong-dan', 'kinh-doanh', 'khac'],
    },
    coTaiKhoan: { type: 'boolean', title: 'Nhận tiền qua tài khoản ngân hàng', default: false },
    soTaiKhoan: { type: 'string', title: 'Số tài khoản', pattern: '^[0-9]{6,20}$' },
    nganHang: { type: 'string', title: 'Ngân hàng' },
    conCai: {
      type: 'array', title: 'Con chưa thành niên', maxItems: 5,
      items: {
        type: 'object', title: 'Con',
        properties: { hoTen: { type: 'string', title: 'Họ và tên', minLength: 1 }, namSinh: { type: 'integer', title: 'Năm sinh', minimum: 2008, maximum: 2026 } },
        required: ['hoTen'],
      },
    },
    lienHe: {
      title: 'Cách liên hệ khác',
      oneOf: [
        { title: 'Qua thư điện tử', type: 'object', properties: { thu: { type: 'string', format: 'email', title: 'Địa chỉ thư' } }, required: ['thu'] },
        { title: 'Qua trang web', type: 'object', properties: { web: { type: 'string', format: 'uri', title: 'Địa chỉ trang web' } }, required: ['web'] },
      ],
    },
    maSoThue: { type: 'string', format: 'tax-code', title: 'Mã số thuế' },
    ghiChu: { type: 'string', title: 'Ghi chú', maxLength: 2000 },
    giayTo: { type: 'string', title: 'Bản chụp giấy tờ tùy thân', description: 'Ảnh chụp hai mặt thẻ Căn cước.', minLength: 1, maxLength: 64 },
    maHoSoCu: { type: 'string', title: 'Mã hồ sơ trước đây', readOnly: true, default: '000.00.01.H29-250101-0001' },
  },
  required: ['hoTen', 'soDinhDanh', 'ngaySinh', 'gioiTinh', 'diaChi', 'giayTo'],
  if: { properties: { coTaiKhoan: { const: true } }, required: ['coTaiKhoan'] },
  then: { required: ['soTaiKhoan', 'nganHang'] },
  dependentRequired: { maSoThue: ['ngheNghiep'] },
};

export const demoUi: UiSchema = {
  fields: {
    '/hoTen': { autocomplete: 'name', prefill: 'fullName' },
    '/soDinhDanh': { prefill: 'citizenId', inputmode: 'numeric' },
    '/ngaySinh': { widget: 'date', autocomplete: 'bday', prefill: 'dateOfBirth' },
    '/gioiTinh': { widget: 'radio', prefill: 'gender' },
    '/soDienThoai': { autocomplete: 'tel', prefill: 'phone' },
    '/email': { autocomplete: 'email', prefill: 'email' },
    '/diaChi': { widget: 'address', prefill: 'address' },
    '/ghiChu': { widget: 'textarea', placeholder: 'Thông tin thêm (nếu có)' },
    '/giayTo': { widget: 'file', accept: ['application/pdf', 'image/jpeg', 'image/png'], maxBytes: 5 * 1024 * 1024 },
  },
};

export const demoSteps: UiSchema = {
  ...demoUi,
  steps: [
    { id: 'ca-nhan', title: 'Thông tin cá nhân', fields: ['/hoTen', '/soDinhDanh', '/ngaySinh', '/gioiTinh', '/soDienThoai', '/email', '/diaChi'] },
    { id: 'khac', title: 'Thông tin khác', fields: ['/ngheNghiep', '/maSoThue', '/coTaiKhoan', '/soTaiKhoan', '/nganHang', '/conCai', '/lienHe', '/ghiChu'] },
    { id: 'giay-to', title: 'Giấy tờ kèm theo', description: 'Tải lên bản chụp rõ nét.', fields: ['/giayTo', '/maHoSoCu'] },
  ],
};

export const completeData = {
  hoTen: 'Nguyễn Văn An', soDinhDanh: '001090012345', ngaySinh: '1990-05-12', gioiTinh: 'male', soDienThoai: '0912345678',
  email: 'an.nguyen@example.vn', diaChi: { provinceCode: '01', communeCode: '01001', street: 'Số 12 phố Đội Cấn' },
  ngheNghiep: 'ky-su', coTaiKhoan: false, conCai: [{ hoTen: 'Nguyễn Minh Khang', namSinh: 2025 }],
  lienHe: { thu: 'an@example.vn' }, giayTo: 'upl_demo_0001',
};

export const malformedSchema = { type: 'object', properties: { hoTen: { type: 'strin', title: 'Họ tên' } } };

export interface Example {
  readonly title: string;
  readonly render: () => TemplateResult;
  /** Puts the rendered example into its state (e.g. presses "Continue" to show errors). */
  readonly setup?: (form: DvcServiceForm) => Promise<void>;
}

const shadow = (form: Element) => form.shadowRoot!;
/** Waits until the form has loaded and rendered its page. */
const settle = async (form: DvcServiceForm) => {
  for (let i = 0; i < 50; i++) {
    await form.updateComplete;
    await new Promise((r) => setTimeout(r, 10));
    if (form.shadowRoot?.querySelector('form')) break;
  }
};
const press = async (form: DvcServiceForm, selector: string) => {
  await settle(form);
  shadow(form).querySelector<HTMLElement>(selector)?.click();
  await settle(form);
};

/** One widget alone, for the widget stories. */
const widget = (title: string, property: JsonSchema, ui: UiSchema['fields'] = {}, required = true): Example => ({
  title,
  render: () => html`<dvc-service-form no-autosave no-review .backend=${demoBackend()} .resultChannels=${[]}
    .schema=${{ $id: `urn:dvc:example:${title}`, title, type: 'object', properties: { x: property }, required: required ? ['x'] : [] }}
    .uiSchema=${{ fields: Object.fromEntries(Object.entries(ui ?? {}).map(([k, v]) => [k === '' ? '/x' : `/x${k}`, v])) }}></dvc-service-form>`,
});

export const widgetExamples = {
  text: widget('Text', { type: 'string', title: 'Họ, chữ đệm và tên', maxLength: 100 }, { '': { autocomplete: 'name', placeholder: 'Nguyễn Văn An' } }),
  textarea: widget('Textarea', { type: 'string', title: 'Nội dung đề nghị', maxLength: 2000 }, { '': { widget: 'textarea' } }),
  radio: widget('Radio', { type: 'string', title: 'Giới tính', oneOf: [{ const: 'male', title: 'Nam' }, { const: 'female', title: 'Nữ' }] }),
  select: widget('Select', { type: 'string', title: 'Dân tộc', enum: ['Kinh', 'Tày', 'Thái', 'Mường', 'Khmer', 'Hoa', 'Nùng', 'H\'Mông'] }),
  checkbox: widget('Checkbox', { type: 'boolean', title: 'Tôi cam đoan những lời khai trên là đúng sự thật', const: true }),
  checkboxes: widget('Checkboxes', { type: 'array', title: 'Hạng giấy phép lái xe', uniqueItems: true, minItems: 1, items: { type: 'string', enum: ['A1', 'A', 'B', 'C1', 'C'] } }),
  date: widget('Date', { type: 'string', format: 'date', title: 'Ngày sinh' }, { '': { widget: 'date' } }),
  number: widget('Number', { type: 'integer', title: 'Số bản sao', minimum: 0, maximum: 10 }),
  address: widget('Address', demoSchema.$defs!.diaChi as JsonSchema, { '': { widget: 'address' } }),
  file: widget('File', { type: 'string', title: 'Giấy chứng sinh', minLength: 1, maxLength: 64 }, { '': { widget: 'file', accept: ['application/pdf', 'image/jpeg'], maxBytes: 5 * 1024 * 1024 } }),
  array: widget('Array', demoSchema.properties!.conCai, {}, false),
  choice: widget('Choice', demoSchema.properties!.lienHe),
} satisfies Record<string, Example>;

export const examples = {
  empty: {
    title: 'Empty',
    render: () => html`<dvc-service-form no-autosave .backend=${demoBackend()} .schema=${demoSchema} .uiSchema=${demoUi}></dvc-service-form>`,
  },
  prefilled: {
    title: 'Prefilled from the profile',
    render: () => html`<dvc-service-form no-autosave .backend=${demoBackend()} .schema=${demoSchema} .uiSchema=${demoUi} .prefill=${sampleProfile}></dvc-service-form>`,
  },
  errors: {
    title: 'Errors',
    render: () => html`<dvc-service-form no-autosave .backend=${demoBackend()} .schema=${demoSchema} .uiSchema=${demoUi}
      .data=${{ soDinhDanh: '0010900', soDienThoai: '912345678', email: 'an@', coTaiKhoan: true, ngaySinh: '31/02/1990' }}></dvc-service-form>`,
    setup: (form: DvcServiceForm) => press(form, 'form button[type=submit]'),
  },
  multiStep: {
    title: 'Multi-step',
    render: () => html`<dvc-service-form no-autosave .backend=${demoBackend()} .schema=${demoSchema} .uiSchema=${demoSteps}></dvc-service-form>`,
  },
  review: {
    title: 'Check your answers',
    render: () => html`<dvc-service-form no-autosave .backend=${demoBackend()} .schema=${demoSchema} .uiSchema=${demoSteps} .data=${completeData}></dvc-service-form>`,
    setup: async (form: DvcServiceForm) => {
      for (let i = 0; i < 3; i++) await press(form, 'form button[type=submit]');
    },
  },
  uploading: {
    title: 'Uploading',
    render: () => html`<dvc-service-form no-autosave .backend=${demoBackend({ uploadsHang: true })} .schema=${demoSchema} .uiSchema=${demoUi}></dvc-service-form>`,
    setup: async (form: DvcServiceForm) => {
      await settle(form);
      const input = shadow(form).querySelector<HTMLInputElement>('input[type=file]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(200_000)], 'can-cuoc.pdf', { type: 'application/pdf' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 150));
      await settle(form);
    },
  },
  offline: {
    title: 'Offline on submit',
    render: () => html`<dvc-service-form no-autosave no-review .backend=${demoBackend({ offline: true })} .schema=${demoSchema} .uiSchema=${demoUi}
      .data=${completeData}></dvc-service-form>`,
    setup: (form: DvcServiceForm) => press(form, 'form button[type=submit]'),
  },
  submitted: {
    title: 'Submitted (receipt, level 4)',
    render: () => html`<dvc-dossier-receipt .receipt=${sampleReceipt} online-class="full" pay-href="/thanh-toan?ma={code}"></dvc-dossier-receipt>`,
  },
  receiptCounter: {
    title: 'Receipt, level 3 (pay and collect at the counter)',
    render: () => html`<dvc-dossier-receipt .receipt=${{ ...sampleReceipt, resultChannel: 'counter' }} online-class="partial"></dvc-dossier-receipt>`,
  },
  malformed: {
    title: 'Malformed schema',
    render: () => html`<dvc-service-form no-autosave .schema=${malformedSchema}></dvc-service-form>`,
  },
  noValidators: {
    title: 'Precompiled validators required, none offered',
    // precompiled-validators (strict CSP pages): an inline schema has no version a backend could have
    // precompiled, so the form says so instead of compiling
    render: () => html`<dvc-service-form no-autosave precompiled-validators .backend=${demoBackend()} .schema=${demoSchema}></dvc-service-form>`,
  },
  draft07: {
    title: 'Draft-07 schema with definitions',
    render: () => html`<dvc-service-form no-autosave .backend=${demoBackend()} .schema=${{
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      definitions: { ten: { type: 'string', title: 'Tên cơ quan', minLength: 1 } },
      properties: { coQuan: { $ref: '#/definitions/ten' }, website: { type: 'string', format: 'uri', title: 'Trang web' } },
      required: ['coQuan'],
      dependencies: { website: ['coQuan'] },
    }}></dvc-service-form>`,
  },
} satisfies Record<string, Example>;
