import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { BackendError, RestBackend } from '@dvc/core';
import type { DvcBackend, DossierSubmission, Receipt } from '@dvc/core';
import '@dvc/core/define.js';
import { RecordingBackend, mount, referenceBackend, runElementBaseSuite, unmountAll } from '@dvc/core/testing.js';
import { formSamples } from '../../server/src/seed/forms/index.js';
import { completeData, demoBackend, demoSchema, demoSteps, demoUi, examples, sampleProfile, widgetExamples } from '../examples.js';
import type { Example } from '../examples.js';
import '../src/define.js';
import { loadCompiler } from '../src/internal/validation.js';
import { MemoryDraftStore } from '../src/internal/draft-store.js';
import type { DvcServiceForm } from '../src/service-form.js';
import {
  $, $$, choose, chooseFile, field, fill, next, pdf, press, sleep, summaryItems, tick, toReview, waitForForm,
} from './helpers.js';

const BIRTH = '1.001193';
// The Ajv compiler is a chunk the first compiling form loads; here it is loaded before the first test, as
// on a page where a form has compiled already, so that no test sees the first form's "loading" render.
// (precompiled.test.ts checks the other way round: a precompiled page never loads it.)
await loadCompiler();
const { submitted: _s, receiptCounter: _r, ...formExamples } = examples;

runElementBaseSuite('dvc-service-form', formExamples, { langExample: 'draft07' });

/** A copy of the real backend with some methods replaced (an adapter, not a stubbed fetch). */
function withOverrides(inner: DvcBackend, overrides: Partial<DvcBackend>): DvcBackend {
  return new Proxy(inner, {
    get: (target, key, receiver) => (key in overrides ? overrides[key as keyof DvcBackend] : Reflect.get(target, key, receiver)),
  });
}

async function birthForm(backend: DvcBackend = referenceBackend(), store = new MemoryDraftStore(), extra = {}): Promise<DvcServiceForm> {
  const el = await mount<DvcServiceForm>(html`<dvc-service-form procedure=${BIRTH} .backend=${backend} .draftStore=${store} .prefill=${(extra as { prefill?: unknown }).prefill}></dvc-service-form>`);
  await waitForForm(el);
  return el;
}

/** The sample application with a real upload id from the reference server. */
async function sampleData(): Promise<Record<string, unknown>> {
  const upload = await referenceBackend().uploadFile(pdf());
  return { ...structuredClone(formSamples[BIRTH]), giayChungSinh: upload.id };
}

describe('<dvc-service-form>', () => {
  afterEach(unmountAll);

  describe('loading', () => {
    it('loads the form of a procedure from the backend; every input is named by its JSON Pointer', async () => {
      const el = await birthForm();
      expect($(el, '#page-heading')!.textContent).to.contain('Người yêu cầu');
      expect(field(el, '/nguoiYeuCau/hoTen').tagName).to.equal('INPUT');
      const names = $$<HTMLInputElement>(el, 'form input:not([data-scope]), form select:not([data-scope]), form textarea').map((i) => i.name);
      expect(names.length).to.be.greaterThan(5);
      for (const name of names) expect(name, name).to.match(/^(\/[^/]+)+$/);
      expect(names).to.include.members(['/nguoiYeuCau/soDinhDanh', '/nguoiYeuCau/diaChi/provinceCode', '/quanHeVoiTre']);
    });

    it('keeps labels, hints and inputs in one shadow root (label for / aria-describedby resolve)', async () => {
      const el = await birthForm();
      const input = field(el, '/nguoiYeuCau/soDinhDanh');
      expect($(el, `label[for="${input.id}"]`)!.textContent).to.contain('Số định danh cá nhân');
      for (const id of input.getAttribute('aria-describedby')!.split(' ')) expect(el.shadowRoot!.getElementById(id), id).to.exist;
    });

    it('shows a clear error state for a malformed schema, never a blank', async () => {
      const el = await mount<DvcServiceForm>(examples.malformed.render());
      await waitUntil(() => $(el, '[role=alert]'));
      expect($(el, '[role=alert]')!.textContent).to.contain('Không hiển thị được biểu mẫu');
      expect($(el, 'form')).to.equal(null);
    });

    it('shows the error state for a schema Ajv refuses (a broken pattern), right after the first render', async () => {
      const el = await mount<DvcServiceForm>(html`<dvc-service-form no-autosave .schema=${{ type: 'object', properties: { a: { type: 'string', pattern: '([' } } }}></dvc-service-form>`);
      await waitUntil(() => $(el, '[role=alert]'), 'no error state');
      expect($(el, '[role=alert]')!.textContent).to.contain('bị lỗi cấu trúc');
    });

    it('shows an unsupported schema (remote $ref) as such', async () => {
      const el = await mount<DvcServiceForm>(html`<dvc-service-form no-autosave .schema=${{ type: 'object', properties: { a: { $ref: 'https://example.com/x.json' } } }}></dvc-service-form>`);
      await waitUntil(() => $(el, '[role=alert]'));
      expect($(el, '[role=alert]')!.textContent).to.contain('chưa được hỗ trợ');
    });

    it('says so when the backend cannot be reached, and retries', async () => {
      const backend = new RestBackend({ baseUrl: 'http://127.0.0.1:9/api/v1/', retries: 0, timeoutMs: 2000 });
      const el = await mount<DvcServiceForm>(html`<dvc-service-form procedure=${BIRTH} .backend=${backend}></dvc-service-form>`);
      await waitUntil(() => $(el, '[role=alert]'), 'no error', { timeout: 5000 });
      expect($(el, '[role=alert]')!.textContent).to.contain('Không kết nối được tới máy chủ');
      el.backend = referenceBackend();
      await el.updateComplete;
      await press(el, '[role=alert] button');
      await waitForForm(el);
    });

    it('says so when the backend fails with 5xx', async () => {
      const backend = withOverrides(referenceBackend(), {
        getFormDefinition: () => Promise.reject(new BackendError('down', { kind: 'http', status: 503 })),
      });
      const el = await mount<DvcServiceForm>(html`<dvc-service-form procedure=${BIRTH} .backend=${backend}></dvc-service-form>`);
      await waitUntil(() => $(el, '[role=alert]'));
      expect($(el, '[role=alert]')!.textContent).to.contain('Hệ thống đang gặp sự cố');
    });

    it('says the procedure was not found for an unknown code (real 404)', async () => {
      const el = await mount<DvcServiceForm>(html`<dvc-service-form procedure="9.999999" .backend=${referenceBackend()}></dvc-service-form>`);
      await waitUntil(() => $(el, '[role=alert]'));
      expect($(el, '[role=alert]')!.textContent).to.contain('Không tìm thấy');
    });

    it('compiles its own validators unless told otherwise; the element’s own setting beats <dvc-config>', async () => {
      const recorder = new RecordingBackend(referenceBackend());
      const container = await mount<HTMLElement>(html`<dvc-config precompiled-validators>
        <dvc-service-form procedure=${BIRTH} no-autosave .backend=${recorder.backend} .precompiledValidators=${false}></dvc-service-form>
      </dvc-config>`);
      const el = container.querySelector('dvc-service-form')!;
      await waitForForm(el);
      expect(recorder.calls('getFormValidators')).to.have.length(0);
      el.precompiledValidators = true; // the setting changes: the form loads again, with the backend's validators
      await waitUntil(() => recorder.calls('getFormValidators').length === 1, 'no precompiled validators asked for');
      await waitForForm(el);
    });

    it('asks for configuration when there is no backend', async () => {
      const el = await mount<DvcServiceForm>(html`<dvc-service-form procedure=${BIRTH}></dvc-service-form>`);
      await waitUntil(() => $(el, '[role=alert]'));
      expect($(el, '[role=alert]')!.textContent).to.contain('Chưa cấu hình');
    });
  });

  describe('schema features', () => {
    const demo = async (data: Record<string, unknown> = {}, ui = demoUi) => {
      const el = await mount<DvcServiceForm>(html`<dvc-service-form no-autosave no-review .backend=${demoBackend()} .schema=${demoSchema} .uiSchema=${ui} .data=${data}></dvc-service-form>`);
      await waitForForm(el);
      return el;
    };

    it('renders up to 5 options as radios, more as a select, with the const titles as labels', async () => {
      const el = await demo();
      expect($$(el, 'input[type=radio][name="/gioiTinh"]').map((r) => $(el, `label[for="${r.id}"]`)!.textContent)).to.deep.equal(['Nam', 'Nữ']);
      expect(field(el, '/ngheNghiep').tagName).to.equal('SELECT');
    });

    it('nested objects ($ref) render as groups with their own fields', async () => {
      const el = await demo();
      expect(field(el, '/diaChi/street')).to.exist;
      expect($$(el, 'legend').map((l) => l.textContent!.trim())).to.include('Nơi cư trú');
    });

    it('applies defaults and shows readOnly fields as not editable', async () => {
      const el = await demo();
      expect(field<HTMLInputElement>(el, '/maHoSoCu').value).to.equal('000.00.01.H29-250101-0001');
      expect(field<HTMLInputElement>(el, '/maHoSoCu').readOnly).to.equal(true);
    });

    it('shows the if/then branch only while it applies; a hidden branch is not submitted', async () => {
      const el = await demo(completeData);
      expect(field(el, '/soTaiKhoan')).to.equal(null);
      await tick(el, '/coTaiKhoan');
      expect(field(el, '/soTaiKhoan')).to.exist;
      await fill(el, '/soTaiKhoan', '123456789');
      await fill(el, '/nganHang', 'Vietcombank');
      await tick(el, '/coTaiKhoan', false);
      expect(field(el, '/soTaiKhoan')).to.equal(null);
      const submit = oneEvent(el, 'dvc-dossier-submit');
      el.addEventListener('dvc-dossier-submit', (e) => e.preventDefault(), { once: true });
      await next(el);
      const { detail } = await submit;
      expect(detail.submission.data).to.not.have.property('soTaiKhoan');
      expect(detail.submission.data).to.not.have.property('nganHang');
    });

    it('requires a field named by dependentRequired once the other is given', async () => {
      const el = await demo({ ...completeData, ngheNghiep: undefined });
      await fill(el, '/maSoThue', '0101234567');
      await next(el);
      expect(summaryItems(el)).to.deep.equal(['Chọn Nghề nghiệp']);
    });

    it('marks optional fields "(không bắt buộc)", and drops the mark when one becomes required', async () => {
      const el = await demo();
      const mark = (pointer: string) => $(el, `label[for="${field(el, pointer).id}"]`)!.querySelector('.optional')?.textContent?.trim();
      expect(mark('/hoTen')).to.equal(undefined);
      expect(mark('/maSoThue')).to.equal('(không bắt buộc)');
      expect(mark('/ngheNghiep')).to.equal('(không bắt buộc)');
      await fill(el, '/maSoThue', '0101234567');
      expect(mark('/ngheNghiep')).to.equal(undefined, 'dependentRequired made it required');
      await fill(el, '/maSoThue', '');
      expect(mark('/ngheNghiep')).to.equal('(không bắt buộc)');
    });

    it('arrays of objects: add, reorder and remove with buttons; focus follows', async () => {
      const el = await demo();
      await press(el, '#f_2fconCai-add');
      await press(el, '#f_2fconCai-add');
      await fill(el, '/conCai/0/hoTen', 'An');
      await fill(el, '/conCai/1/hoTen', 'Bình');
      expect(el.shadowRoot!.activeElement?.id).to.equal('f_2fconCai_2f1_2fhoTen');
      await press(el, '#f_2fconCai_2f1-up');
      expect(field<HTMLInputElement>(el, '/conCai/0/hoTen').value).to.equal('Bình');
      expect(field<HTMLInputElement>(el, '/conCai/1/hoTen').value).to.equal('An');
      expect(el.shadowRoot!.activeElement?.id).to.equal('f_2fconCai_2f0-legend', 'focus stays on the moved item');
      const remove = $$<HTMLButtonElement>(el, '.item__actions .button--warning')[0];
      remove.click();
      await el.updateComplete;
      expect(el.value.conCai).to.deep.equal([{ hoTen: 'An' }]);
      expect(el.shadowRoot!.activeElement?.id).to.equal('f_2fconCai-add');
    });

    it('oneOf of objects is a choice between alternatives; only the chosen one is kept', async () => {
      const el = await demo();
      const radios = $$<HTMLInputElement>(el, 'input[name="/lienHe#alternative"]');
      expect(radios).to.have.length(2);
      radios[0].click();
      await el.updateComplete;
      await fill(el, '/lienHe/thu', 'an@example.vn');
      radios[1].click();
      await el.updateComplete;
      await fill(el, '/lienHe/web', 'https://an.example.vn');
      expect(el.value.lienHe).to.deep.equal({ web: 'https://an.example.vn' });
    });

    it('numbers are read the Vietnamese way (300.000.000; 72,5)', async () => {
      const el = await mount<DvcServiceForm>(widgetExamples.number.render());
      await waitForForm(el);
      await fill(el, '/x', '7');
      expect(el.value.x).to.equal(7);
      const big = await mount<DvcServiceForm>(html`<dvc-service-form no-autosave .schema=${{ type: 'object', properties: { v: { type: 'number' } } }}></dvc-service-form>`);
      await waitForForm(big);
      await fill(big, '/v', '300.000.000');
      expect(big.value.v).to.equal(300000000);
      await fill(big, '/v', '72,5');
      expect(big.value.v).to.equal(72.5);
      await fill(big, '/v', 'ba trăm');
      expect($(big, '#f_2fv-error')!.textContent).to.contain('phải là một số');
    });

    it('dates are typed as dd/mm/yyyy and stored as ISO dates', async () => {
      const el = await demo();
      await fill(el, '/ngaySinh', '2/3/1990');
      expect(el.value.ngaySinh).to.equal('1990-03-02');
      await fill(el, '/ngaySinh', '31/02/1990');
      expect($(el, '#f_2fngaySinh-error')!.textContent).to.contain('Ngày sinh phải là một ngày có thật');
    });

    it('checks our formats: citizen id, Vietnamese mobile, tax code, email, uri', async () => {
      const el = await demo();
      await fill(el, '/soDinhDanh', '12345');
      await fill(el, '/soDienThoai', '912345678');
      await fill(el, '/maSoThue', '12');
      await fill(el, '/email', 'an@');
      const text = (p: string) => $(el, `#${field(el, p).id}-error`)?.textContent ?? '';
      expect(text('/soDinhDanh')).to.contain('Số định danh cá nhân phải gồm đúng 12 chữ số');
      expect(text('/soDienThoai')).to.contain('bắt đầu bằng số 0');
      expect(text('/maSoThue')).to.contain('Mã số thuế phải gồm 10 chữ số');
      expect(text('/email')).to.contain('Thư điện tử phải là địa chỉ thư điện tử hợp lệ');
    });

    it('draft-07 schemas with definitions and dependencies work', async () => {
      const el = await mount<DvcServiceForm>(examples.draft07.render());
      await waitForForm(el);
      await fill(el, '/website', 'https://x.gov.vn');
      await next(el);
      expect(summaryItems(el)).to.deep.equal(['Nhập Tên cơ quan']);
    });

    it('sets autocomplete and inputmode hints on personal data', async () => {
      const el = await demo();
      expect(field<HTMLInputElement>(el, '/hoTen').autocomplete).to.equal('name');
      expect(field<HTMLInputElement>(el, '/soDinhDanh').inputMode).to.equal('numeric');
      expect(field<HTMLInputElement>(el, '/diaChi/street').autocomplete).to.equal('street-address');
    });
  });

  describe('validation and errors', () => {
    it('validates a field when it is left, then live while it has an error', async () => {
      const el = await birthForm();
      const input = field<HTMLInputElement>(el, '/nguoiYeuCau/soDinhDanh');
      await fill(el, '/nguoiYeuCau/soDinhDanh', '0010900', true);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain(`${input.id}-error`);
      await fill(el, '/nguoiYeuCau/soDinhDanh', '001090012345', false);
      expect(input.getAttribute('aria-invalid')).to.equal('false', 'the message goes as soon as the value is right');
      expect($(el, `#${input.id}-error`)).to.equal(null);
    });

    it('does not complain about an untouched field while the citizen types elsewhere', async () => {
      const el = await birthForm();
      await fill(el, '/nguoiYeuCau/hoTen', 'An', false);
      expect($$(el, '.error')).to.have.length(0);
    });

    it('never advances on an invalid step: the summary takes focus and links to each field', async () => {
      const el = await birthForm();
      await next(el);
      expect($(el, '#page-heading')!.textContent).to.contain('Bước 1/5');
      const summary = $(el, '#error-summary')!;
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      expect(summary.textContent).to.contain('Có lỗi cần sửa');
      expect(summaryItems(el).slice(0, 3)).to.deep.equal(['Nhập Họ, chữ đệm và tên', 'Nhập Số định danh cá nhân', 'Nhập Số điện thoại di động']);
      expect(summaryItems(el)).to.include('Chọn Quan hệ với người được khai sinh');
      expect(summaryItems(el)).to.include('Chọn Tỉnh/Thành phố', 'the address selects ask to choose');
      // Same words inline and in the summary.
      expect($(el, '#f_2fnguoiYeuCau_2fhoTen-error')!.textContent).to.contain('Nhập Họ, chữ đệm và tên');
      expect(document.title.startsWith('Lỗi: ')).to.equal(true, 'the page title says there is an error');
      const link = $<HTMLAnchorElement>(el, '#error-summary a')!;
      link.click();
      expect(el.shadowRoot!.activeElement).to.equal(field(el, '/nguoiYeuCau/hoTen'));
    });

    it('validates the whole form on submit and opens the step holding the first error', async () => {
      const data = await sampleData();
      delete (data.treEm as Record<string, unknown>).hoTen;
      const el = await birthForm();
      el.data = data;
      await el.updateComplete;
      for (let i = 0; i < 4; i++) await next(el);
      expect($(el, '#page-heading')!.textContent).to.contain('Người được khai sinh');
      expect(summaryItems(el)).to.deep.equal(['Nhập Họ, chữ đệm và tên']);
    });

    it('puts server 422 errors (problem+json pointers) on the right fields', async () => {
      const recorder = new RecordingBackend(referenceBackend());
      const backend = withOverrides(recorder.backend, {
        // The server is stricter than this client here: it gets data without the child's name.
        submitDossier: (s: DossierSubmission, key: string) => {
          const data = structuredClone(s.data) as { treEm: Record<string, unknown> };
          delete data.treEm.hoTen;
          return recorder.backend.submitDossier({ ...s, data }, key);
        },
      });
      const el = await birthForm(backend);
      el.data = await sampleData();
      await el.updateComplete;
      await toReview(el);
      await press(el, 'button[part~=submit]');
      await waitUntil(() => $(el, '#error-summary'), 'no summary after the 422');
      expect($(el, '#page-heading')!.textContent).to.contain('Người được khai sinh');
      expect(summaryItems(el)).to.deep.equal(['Nhập Họ, chữ đệm và tên']);
      expect(field(el, '/treEm/hoTen').getAttribute('aria-invalid')).to.equal('true');
    });

    it('speaks English under lang="en", still naming the field by its label', async () => {
      const el = await mount<DvcServiceForm>(html`<dvc-service-form lang="en" no-autosave .backend=${demoBackend()} .schema=${demoSchema} .uiSchema=${demoUi}></dvc-service-form>`);
      await waitForForm(el);
      await next(el);
      expect($(el, '#error-summary h2')!.textContent).to.equal('There is a problem');
      expect(summaryItems(el)[0]).to.equal('Enter Họ, chữ đệm và tên');
    });

    it('typing re-renders only the field typed in, not the whole form', async () => {
      const el = await mount<DvcServiceForm>(html`<dvc-service-form no-autosave .backend=${demoBackend()} .schema=${demoSchema} .uiSchema=${demoUi}></dvc-service-form>`);
      await waitForForm(el);
      await fill(el, '/soDinhDanh', '1', true); // an error: from now on it validates live
      let renders = 0;
      const host = el as unknown as { render: () => unknown };
      const original = host.render.bind(el);
      host.render = () => { renders++; return original(); };
      for (const text of ['12', '123', '1234', '001090012345']) await fill(el, '/soDinhDanh', text, false);
      await sleep(20);
      expect(renders).to.equal(0);
      expect(field(el, '/soDinhDanh').getAttribute('aria-invalid')).to.equal('false');
    });
  });

  describe('long pages', () => {
    const long = {
      type: 'object',
      properties: Object.fromEntries(Array.from({ length: 20 }, (_, g) => [`g${g}`, {
        type: 'object', title: `Nhóm ${g + 1}`,
        properties: Object.fromEntries(Array.from({ length: 10 }, (_, f) => [`f${f}`, { type: 'string', title: `Trường ${g + 1}.${f + 1}`, minLength: 1 }])),
        required: ['f0'],
      }])),
      required: Array.from({ length: 20 }, (_, g) => `g${g}`),
    };

    it('renders every field of a long page in its first render', async () => {
      const el = await mount<DvcServiceForm>(html`<dvc-service-form no-autosave no-review .schema=${long}></dvc-service-form>`);
      await waitUntil(() => $(el, 'form'));
      expect($$(el, 'input[type=text]')).to.have.length(200);
    });

    it('an error summary link to a far field takes the citizen there', async () => {
      const el = await mount<DvcServiceForm>(html`<dvc-service-form no-autosave no-review .schema=${long}></dvc-service-form>`);
      await waitUntil(() => $(el, 'form'));
      await next(el);
      expect(summaryItems(el)).to.have.length(20);
      const last = $$<HTMLAnchorElement>(el, '#error-summary a').at(-1)!;
      last.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(field(el, '/g19/f0'));
    });
  });

  describe('steps and review', () => {
    it('shows progress and a check-your-answers page with Change links back to the field', async () => {
      const el = await mount<DvcServiceForm>(html`<dvc-service-form no-autosave .backend=${demoBackend()} .schema=${demoSchema} .uiSchema=${demoSteps} .data=${completeData}></dvc-service-form>`);
      await waitForForm(el);
      expect($$(el, '[part~=step]')).to.have.length(4);
      expect($(el, '[aria-current=step]')!.textContent).to.contain('Thông tin cá nhân');
      for (let i = 0; i < 3; i++) await next(el);
      expect($(el, '#page-heading')!.textContent).to.contain('Kiểm tra lại thông tin');
      const rows = $$(el, '.review__row').map((r) => r.textContent!.replace(/\s+/g, ' '));
      expect(rows.some((r) => r.includes('Ngày sinh') && r.includes('12/05/1990'))).to.equal(true);
      expect(rows.some((r) => r.includes('Giới tính') && r.includes('Nam'))).to.equal(true);
      await press(el, 'button[data-change="/email"]');
      expect($(el, '#page-heading')!.textContent).to.contain('Thông tin cá nhân');
      expect(el.shadowRoot!.activeElement).to.equal(field(el, '/email'));
    });

    it('goes back without validating', async () => {
      const el = await mount<DvcServiceForm>(html`<dvc-service-form no-autosave .backend=${demoBackend()} .schema=${demoSchema} .uiSchema=${demoSteps} .data=${completeData}></dvc-service-form>`);
      await waitForForm(el);
      await next(el);
      await press(el, 'form .button--secondary:not([id])');
      expect($(el, '#page-heading')!.textContent).to.contain('Bước 1/4');
    });
  });

  describe('prefill', () => {
    it('prefills from the backend profile when the page configured a token, marked and editable', async () => {
      const container = await mount<HTMLElement>(html`<dvc-config base-url="/api/v1/" .token=${() => 'demo-citizen'}>
        <dvc-service-form procedure=${BIRTH} .draftStore=${new MemoryDraftStore()}></dvc-service-form></dvc-config>`);
      const el = container.querySelector('dvc-service-form')!;
      await waitForForm(el);
      const name = field<HTMLInputElement>(el, '/nguoiYeuCau/hoTen');
      expect(name.value).to.equal('Nguyễn Văn An');
      expect(name.readOnly).to.equal(false);
      expect(name.getAttribute('aria-describedby')).to.contain(`${name.id}-prefill`);
      expect($(el, `#${name.id}-prefill`)!.textContent).to.contain('Điền sẵn');
      expect(field<HTMLInputElement>(el, '/nguoiYeuCau/ngaySinh').value).to.equal('12/05/1990');
      expect(field<HTMLInputElement>(el, '/nguoiYeuCau/gioiTinh').checked).to.equal(true);
      await fill(el, '/nguoiYeuCau/hoTen', 'Nguyễn Văn Ân');
      expect($(el, `#${name.id}-prefill`)).to.equal(null);
    });

    it('prefills from the prefill property, address included', async () => {
      const el = await mount<DvcServiceForm>(examples.prefilled.render());
      await waitForForm(el);
      expect(field<HTMLInputElement>(el, '/soDinhDanh').value).to.equal('001090012345');
      await waitUntil(() => field<HTMLSelectElement>(el, '/diaChi/communeCode').selectedOptions[0]?.textContent === 'Phường Ba Đình');
    });
  });

  describe('address widget', () => {
    it('loads provinces, then the communes of the chosen province, from the backend', async () => {
      const el = await birthForm();
      const province = field<HTMLSelectElement>(el, '/nguoiYeuCau/diaChi/provinceCode');
      await waitUntil(() => province.options.length > 2, 'no provinces');
      expect(field<HTMLSelectElement>(el, '/nguoiYeuCau/diaChi/communeCode').disabled).to.equal(true);
      await choose(el, '/nguoiYeuCau/diaChi/provinceCode', [...province.options].find((o) => o.value === '01')!.textContent!.trim());
      const commune = () => field<HTMLSelectElement>(el, '/nguoiYeuCau/diaChi/communeCode');
      await waitUntil(() => commune().options.length > 2 && !commune().disabled, 'no communes');
      expect([...commune().options].every((o) => !o.value || o.value.startsWith('01'))).to.equal(true);
    });
  });

  describe('address widget when the units cannot be loaded', () => {
    it('says so once and lets the codes be typed', async () => {
      const recorder = new RecordingBackend(withOverrides(demoBackend(), {
        listAdminUnits: () => Promise.reject(new BackendError('down', { kind: 'http', status: 503 })),
      }));
      const el = await mount<DvcServiceForm>(widgetExamples.address.render());
      el.backend = recorder.backend;
      await waitForForm(el);
      await waitUntil(() => $(el, 'input[name="/x/provinceCode"]'), 'no text fallback');
      await sleep(50);
      expect($(el, '.field .hint')!.textContent).to.contain('Không tải được danh sách');
      expect(recorder.calls('listAdminUnits').length).to.be.lessThan(3, 'no retry loop');
      await fill(el, '/x/provinceCode', '01');
      expect(el.value.x).to.deep.equal({ provinceCode: '01' });
    });
  });

  describe('result channel', () => {
    it('offers the procedure’s channels; post asks for a delivery address, prefilled', async () => {
      const el = await birthForm(referenceBackend(), new MemoryDraftStore(), { prefill: sampleProfile });
      el.data = await sampleData();
      await el.updateComplete;
      for (let i = 0; i < 3; i++) await next(el);
      const radios = $$<HTMLInputElement>(el, 'input[name="#resultChannel"]');
      expect(radios.map((r) => r.value)).to.deep.equal(['online', 'post', 'counter']);
      radios[1].click();
      await el.updateComplete;
      expect(field<HTMLInputElement>(el, '#deliveryAddress/street').value).to.equal('Số 12 phố Đội Cấn');
      const submit = oneEvent(el, 'dvc-dossier-submit');
      el.addEventListener('dvc-dossier-submit', (e) => e.preventDefault(), { once: true });
      await next(el);
      await press(el, 'button[part~=submit]');
      const { detail } = await submit;
      expect(detail.submission.resultChannel).to.equal('post');
      expect(detail.submission.deliveryAddress).to.deep.equal(sampleProfile.address);
    });
  });

  describe('drafts', () => {
    it('keeps the draft and offers to continue it after a reload; dvc-draft-restored', async () => {
      const store = new MemoryDraftStore();
      const first = await birthForm(referenceBackend(), store);
      await fill(first, '/nguoiYeuCau/hoTen', 'Trần Thị Bình');
      await choose(first, '/quanHeVoiTre', 'Mẹ');
      await sleep(600); // autosave is debounced
      unmountAll(); // the tab goes away

      const el = await mount<DvcServiceForm>(html`<dvc-service-form procedure=${BIRTH} .backend=${referenceBackend()} .draftStore=${store}></dvc-service-form>`);
      await waitUntil(() => $(el, '[data-action=continue-draft]'), 'no offer to continue');
      const restored = oneEvent(el, 'dvc-draft-restored');
      await press(el, '[data-action=continue-draft]');
      const { detail } = await restored;
      expect(detail).to.include({ procedureCode: BIRTH, formVersion: '2025.07.1' });
      expect(field<HTMLInputElement>(el, '/nguoiYeuCau/hoTen').value).to.equal('Trần Thị Bình');
      expect(field<HTMLSelectElement>(el, '/quanHeVoiTre').selectedOptions[0].textContent).to.equal('Mẹ');
    });

    it('starts afresh when the citizen says so, and forgets the draft', async () => {
      const store = new MemoryDraftStore();
      const first = await birthForm(referenceBackend(), store);
      await fill(first, '/nguoiYeuCau/hoTen', 'Trần Thị Bình');
      await sleep(600);
      unmountAll();
      const el = await mount<DvcServiceForm>(html`<dvc-service-form procedure=${BIRTH} .backend=${referenceBackend()} .draftStore=${store}></dvc-service-form>`);
      await waitUntil(() => $(el, '[data-action=discard-draft]'));
      await press(el, '[data-action=discard-draft]');
      expect(field<HTMLInputElement>(el, '/nguoiYeuCau/hoTen').value).to.equal('');
      expect(await store.get('dvc-draft:1.001193:2025.07.1:anonymous')).to.equal(undefined);
    });

    it('saves drafts in IndexedDB by default', async () => {
      const el = await mount<DvcServiceForm>(html`<dvc-service-form .backend=${demoBackend()} .schema=${{ ...demoSchema, $id: 'urn:dvc:test:idb' }} .uiSchema=${demoUi}></dvc-service-form>`);
      await waitForForm(el);
      await fill(el, '/hoTen', 'Lê Văn Cường');
      await sleep(600);
      const value = await new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('dvc-elements');
        open.onsuccess = () => {
          const request = open.result.transaction('drafts').objectStore('drafts').get('dvc-draft:urn:dvc:test:idb:inline:anonymous');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      });
      expect((value as { data: { hoTen: string } }).data.hoTen).to.equal('Lê Văn Cường');
    });
  });

  describe('submission', () => {
    it('two clicks make one dossier on the real server; the receipt shows its code', async () => {
      const recorder = new RecordingBackend(referenceBackend());
      const store = new MemoryDraftStore();
      const el = await birthForm(recorder.backend, store);
      el.data = await sampleData();
      await el.updateComplete;
      await toReview(el);
      const done = oneEvent(el, 'dvc-dossier-submitted');
      const submit = $<HTMLButtonElement>(el, 'button[part~=submit]')!;
      submit.click();
      submit.click();
      const { detail } = await done;
      expect(recorder.calls('submitDossier')).to.have.length(1);
      expect(detail.receipt.dossierCode).to.match(/-\d{6}-\d{4}$/);
      await el.updateComplete;
      const receipt = $(el, 'dvc-dossier-receipt')!;
      await (receipt as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(receipt.shadowRoot!.textContent).to.contain(detail.receipt.dossierCode);
      expect(await store.get('dvc-draft:1.001193:2025.07.1:anonymous')).to.equal(undefined, 'the draft is cleared after success');
    });

    it('a retry after a lost answer, even after a reload, gets the same dossier (one Idempotency-Key per draft)', async () => {
      const recorder = new RecordingBackend(referenceBackend());
      let firstReceipt: Receipt | undefined;
      const flaky = withOverrides(recorder.backend, {
        // The server creates the dossier, but the answer never reaches the citizen.
        submitDossier: async (s: DossierSubmission, key: string) => {
          firstReceipt = await recorder.backend.submitDossier(s, key);
          throw new BackendError('connection reset', { kind: 'network' });
        },
      });
      const store = new MemoryDraftStore();
      const el = await birthForm(flaky, store);
      el.data = await sampleData();
      await el.updateComplete;
      await toReview(el);
      await press(el, 'button[part~=submit]');
      await waitUntil(() => $(el, '#error-summary'), 'no message after the network error');
      expect($(el, '#error-summary')!.textContent).to.contain('mất kết nối mạng');
      await sleep(50);
      unmountAll(); // reload

      const again = await mount<DvcServiceForm>(html`<dvc-service-form procedure=${BIRTH} .backend=${recorder.backend} .draftStore=${store}></dvc-service-form>`);
      await waitUntil(() => $(again, '[data-action=continue-draft]'), 'the draft was not kept');
      await press(again, '[data-action=continue-draft]');
      await waitUntil(() => $(again, 'button[part~=submit]'), 'not back on the review page');
      const done = oneEvent(again, 'dvc-dossier-submitted');
      await press(again, 'button[part~=submit]');
      const { detail } = await done;
      expect(detail.receipt.dossierCode).to.equal(firstReceipt!.dossierCode);
      const keys = recorder.calls('submitDossier').map((c) => c.args[1]);
      expect(keys).to.have.length(2);
      expect(keys[0]).to.equal(keys[1]);
    });

    it('offline: says so and keeps the draft', async () => {
      const store = new MemoryDraftStore();
      const el = await mount<DvcServiceForm>(html`<dvc-service-form no-review .backend=${demoBackend({ offline: true })} .schema=${demoSchema} .uiSchema=${demoUi}
        .data=${completeData} .draftStore=${store}></dvc-service-form>`);
      await waitForForm(el);
      await fill(el, '/hoTen', 'Nguyễn Văn Anh');
      await next(el);
      await waitUntil(() => $(el, '#error-summary'));
      expect($(el, '#error-summary')!.textContent).to.contain('Bạn đang mất kết nối mạng');
      expect(el.shadowRoot!.activeElement?.id).to.equal('error-summary');
      await sleep(50);
      const draft = await store.get('dvc-draft:urn:dvc:example:demo:inline:anonymous');
      expect((draft!.data as { hoTen: string }).hoTen).to.equal('Nguyễn Văn Anh');
    });

    it('dvc-dossier-submit is cancelable and carries a serialisable submission', async () => {
      const recorder = new RecordingBackend(demoBackend());
      const el = await mount<DvcServiceForm>(html`<dvc-service-form no-autosave no-review .backend=${recorder.backend} .schema=${demoSchema} .uiSchema=${demoUi} .data=${completeData}></dvc-service-form>`);
      await waitForForm(el);
      const event = oneEvent(el, 'dvc-dossier-submit');
      el.addEventListener('dvc-dossier-submit', (e) => e.preventDefault(), { once: true });
      await next(el);
      const e = await event;
      expect(e.bubbles && e.composed && e.cancelable).to.equal(true);
      expect(JSON.parse(JSON.stringify(e.detail))).to.deep.equal(e.detail);
      expect(recorder.calls('submitDossier')).to.have.length(0);
    });
  });

  describe('uploads', () => {
    it('streams the file with progress; the value becomes the upload id', async () => {
      const recorder = new RecordingBackend(referenceBackend());
      const el = await birthForm(recorder.backend);
      el.data = { ...structuredClone(formSamples[BIRTH]), giayChungSinh: undefined };
      await el.updateComplete;
      for (let i = 0; i < 3; i++) await next(el);
      const progress: number[] = [];
      const original = recorder.backend.uploadFile.bind(recorder.backend);
      const backend = withOverrides(recorder.backend, {
        uploadFile: (file, options) => original(file, { ...options, onProgress: (p) => { progress.push(p.loaded); options?.onProgress?.(p); } }),
      });
      el.backend = backend;
      await el.updateComplete;
      await chooseFile(el, '/giayChungSinh', pdf('giay-chung-sinh.pdf', 300_000));
      await waitUntil(() => typeof el.value.giayChungSinh === 'string', 'no upload id', { timeout: 8000 });
      expect(el.value.giayChungSinh).to.match(/^[A-Za-z0-9_-]+$/);
      expect(progress.length).to.be.greaterThan(0);
      expect($(el, '.upload-status--done')!.textContent).to.contain('giay-chung-sinh.pdf');
    });

    it('shows a progress bar and can cancel', async () => {
      const el = await mount<DvcServiceForm>(examples.uploading.render());
      await examples.uploading.setup(el);
      const bar = $<HTMLProgressElement>(el, 'progress')!;
      expect(bar).to.exist;
      expect(bar.value).to.be.greaterThan(0);
      await press(el, '[data-action=cancel-upload]');
      await waitUntil(() => !$(el, 'progress'));
      expect(el.value.giayTo).to.equal(undefined);
    });

    it('checks size and type before uploading', async () => {
      const recorder = new RecordingBackend(demoBackend());
      const el = await mount<DvcServiceForm>(html`<dvc-service-form no-autosave .backend=${recorder.backend} .schema=${demoSchema} .uiSchema=${demoUi}></dvc-service-form>`);
      await waitForForm(el);
      await chooseFile(el, '/giayTo', new File(['x'], 'ghi-chu.txt', { type: 'text/plain' }));
      expect($(el, '#f_2fgiayTo-error')!.textContent).to.contain('không đúng định dạng');
      await chooseFile(el, '/giayTo', new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'lon.pdf', { type: 'application/pdf' }));
      expect($(el, '#f_2fgiayTo-error')!.textContent).to.contain('lớn hơn 5 MB');
      expect(recorder.calls('uploadFile')).to.have.length(0);
    });

    it('offers retry after a failed upload', async () => {
      let fail = true;
      const inner = demoBackend();
      const backend = withOverrides(inner, {
        uploadFile: (file, options) => (fail ? Promise.reject(new BackendError('x', { kind: 'http', status: 500 })) : inner.uploadFile(file, options)),
      });
      const el = await mount<DvcServiceForm>(html`<dvc-service-form no-autosave .backend=${backend} .schema=${demoSchema} .uiSchema=${demoUi}></dvc-service-form>`);
      await waitForForm(el);
      await chooseFile(el, '/giayTo', pdf('a.pdf'));
      await waitUntil(() => $(el, '[data-action=retry-upload]'));
      expect($(el, '[role=alert]')!.textContent).to.contain('Không tải lên được a.pdf');
      fail = false;
      await press(el, '[data-action=retry-upload]');
      await waitUntil(() => typeof el.value.giayTo === 'string', 'retry did not upload');
    });

    it('accepts a dropped file (drag and drop, the button stays)', async () => {
      const el = await mount<DvcServiceForm>(html`<dvc-service-form no-autosave .backend=${demoBackend()} .schema=${demoSchema} .uiSchema=${demoUi}></dvc-service-form>`);
      await waitForForm(el);
      const zone = $(el, '[part~=dropzone]')!;
      expect(zone.querySelector('input[type=file]')).to.exist;
      const transfer = new DataTransfer();
      transfer.items.add(pdf('keo-tha.pdf'));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      await waitUntil(() => typeof el.value.giayTo === 'string');
    });
  });

  describe('accessibility of every example in its state', () => {
    for (const [name, example] of Object.entries({ ...examples, ...widgetExamples }) as [string, Example][]) {
      it(`${name} passes axe`, async () => {
        const el = await mount<DvcServiceForm>(example.render());
        if (example.setup) {
          await waitUntil(() => $(el, 'form'));
          await example.setup(el);
        } else {
          await sleep(30);
        }
        await expect(el).to.be.accessible();
      });
    }
  });
});
