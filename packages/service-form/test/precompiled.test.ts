// <dvc-service-form> with precompiled validators (strict CSP pages): it validates with the module the
// real reference server generates, and this page never downloads the Ajv compiler. Its own file, so
// its own page: until the last test, nothing here may load internal/compiler.ts or vendor/ajv.js.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { BackendError, configure } from '@dvc/core';
import type { DvcBackend, FormValidators } from '@dvc/core';
import '@dvc/core/define.js';
import { RecordingBackend, mount, referenceBackend, unmountAll } from '@dvc/core/testing.js';
import { formSamples } from '../../server/src/seed/forms/index.js';
import '../src/define.js';
import { MemoryDraftStore } from '../src/internal/draft-store.js';
import type { DvcServiceForm } from '../src/service-form.js';
import { $, field, fill, next, pdf, summaryItems, toReview, waitForForm } from './helpers.js';

const BIRTH = '1.001193';

/** Whether the page has fetched the Ajv compiler (the dev server serves each module as its own file). */
const compilerLoaded = () => performance.getEntriesByType('resource').some((e) => /internal\/compiler\.ts|vendor\/ajv\.js/.test(e.name));

/** A copy of the real backend with some methods replaced or removed (an adapter, not a stubbed fetch). */
function adapter(inner: DvcBackend, overrides: Partial<Record<keyof DvcBackend, unknown>>): DvcBackend {
  return new Proxy(inner, {
    get: (target, key) => {
      if (key in overrides) return overrides[key as keyof DvcBackend];
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value; // RestBackend's methods use private fields
    },
  });
}

/** The real backend whose precompiled validate function counts its calls. */
function counting(): { backend: DvcBackend; calls: () => number } {
  const inner = referenceBackend();
  let calls = 0;
  const getFormValidators = async (code: string, version: string): Promise<FormValidators> => {
    const { validate: real } = await inner.getFormValidators(code, version);
    const validate = Object.assign((data: unknown) => {
      calls++;
      const valid = real(data);
      validate.errors = real.errors;
      return valid;
    }, { errors: null as FormValidators['validate']['errors'] });
    return { validate };
  };
  return { backend: adapter(inner, { getFormValidators }), calls: () => calls };
}

async function form(backend: DvcBackend): Promise<DvcServiceForm> {
  return mount<DvcServiceForm>(html`<dvc-service-form procedure=${BIRTH} precompiled-validators no-autosave
    .backend=${backend} .draftStore=${new MemoryDraftStore()}></dvc-service-form>`);
}

describe('<dvc-service-form precompiled-validators>', () => {
  afterEach(() => {
    unmountAll();
    configure({ precompiledValidators: undefined });
  });

  it('fetches the form version’s validator module from the backend, once per form', async () => {
    const recorder = new RecordingBackend(referenceBackend());
    const el = await form(recorder.backend);
    await waitForForm(el);
    const calls = recorder.calls('getFormValidators');
    expect(calls).to.have.length(1);
    expect(calls[0].args.slice(0, 2)).to.deep.equal([BIRTH, '2025.07.1']);
    expect(performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/api/v1/procedures/${BIRTH}/form/versions/2025.07.1/validator.js`)))
      .to.equal(true, 'the module came from the server');
  });

  it('shows the error summary for empty required fields, with the same messages as compiled validation', async () => {
    const { backend, calls } = counting();
    const el = await form(backend);
    await waitForForm(el);
    await next(el);
    expect(calls()).to.be.greaterThan(0, 'the precompiled function did the checking');
    expect($(el, '#page-heading')!.textContent).to.contain('Bước 1/5');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#error-summary'));
    expect(summaryItems(el).slice(0, 3)).to.deep.equal(['Nhập Họ, chữ đệm và tên', 'Nhập Số định danh cá nhân', 'Nhập Số điện thoại di động']);
    expect(summaryItems(el)).to.include('Chọn Tỉnh/Thành phố');
  });

  it('checks a field when it is left (our formats), then live until it is right', async () => {
    const { backend, calls } = counting();
    const el = await form(backend);
    await waitForForm(el);
    const input = field<HTMLInputElement>(el, '/nguoiYeuCau/soDinhDanh');
    await fill(el, '/nguoiYeuCau/soDinhDanh', '0010900', true);
    expect(calls()).to.be.greaterThan(0);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, `#${input.id}-error`)!.textContent).to.contain('Số định danh cá nhân phải gồm đúng 12 chữ số');
    await fill(el, '/nguoiYeuCau/soDinhDanh', '001090012345', false);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    await fill(el, '/nguoiYeuCau/soDienThoai', '912345678', true);
    expect($(el, `#${field(el, '/nguoiYeuCau/soDienThoai').id}-error`)!.textContent).to.contain('bắt đầu bằng số 0');
  });

  it('submits a valid application and shows the receipt', async () => {
    const upload = await referenceBackend().uploadFile(pdf());
    const el = await form(referenceBackend());
    await waitForForm(el);
    el.data = { ...structuredClone(formSamples[BIRTH]), giayChungSinh: upload.id };
    await el.updateComplete;
    await toReview(el);
    const done = oneEvent(el, 'dvc-dossier-submitted');
    $<HTMLButtonElement>(el, 'button[part~=submit]')!.click();
    const { detail } = await done;
    expect(detail.receipt.dossierCode).to.match(/-\d{6}-\d{4}$/);
  });

  it('takes the setting from <dvc-config precompiled-validators> and from configure()', async () => {
    for (const wrap of ['dvc-config', 'configure'] as const) {
      const recorder = new RecordingBackend(referenceBackend());
      if (wrap === 'configure') configure({ precompiledValidators: true });
      const container = await mount<HTMLElement>(wrap === 'dvc-config'
        ? html`<dvc-config precompiled-validators><dvc-service-form procedure=${BIRTH} no-autosave .backend=${recorder.backend}></dvc-service-form></dvc-config>`
        : html`<div><dvc-service-form procedure=${BIRTH} no-autosave .backend=${recorder.backend}></dvc-service-form></div>`);
      await waitForForm(container.querySelector('dvc-service-form')!);
      expect(recorder.calls('getFormValidators'), wrap).to.have.length(1);
      unmountAll();
      configure({ precompiledValidators: undefined });
    }
  });

  it('shows an error state, and never compiles, when the backend offers no precompiled validators', async () => {
    const el = await form(adapter(referenceBackend(), { getFormValidators: undefined }));
    await waitUntil(() => $(el, '[role=alert]'), 'no error state');
    expect($(el, '[role=alert]')!.textContent).to.contain('Không hiển thị được biểu mẫu');
    expect($(el, '[role=alert]')!.textContent).to.contain('máy chủ chưa có bộ kiểm tra cho biểu mẫu này');
    expect($(el, 'form')).to.equal(null);
  });

  it('shows the same error state when the backend has none for this version (404)', async () => {
    const el = await form(adapter(referenceBackend(), {
      getFormValidators: () => Promise.reject(new BackendError('none', { kind: 'http', status: 404 })),
    }));
    await waitUntil(() => $(el, '[role=alert]'), 'no error state');
    expect($(el, '[role=alert]')!.textContent).to.contain('máy chủ chưa có bộ kiểm tra');
  });

  it('shows an inline schema (no version on the backend) as lacking validators', async () => {
    const el = await mount<DvcServiceForm>(html`<dvc-service-form precompiled-validators no-autosave .backend=${referenceBackend()}
      .schema=${{ type: 'object', properties: { a: { type: 'string' } } }}></dvc-service-form>`);
    await waitUntil(() => $(el, '[role=alert]'), 'no error state');
    expect($(el, '[role=alert]')!.textContent).to.contain('máy chủ chưa có bộ kiểm tra');
  });

  it('says so when the validators cannot be loaded, and retries', async () => {
    let fail = true;
    const inner = referenceBackend();
    const el = await form(adapter(inner, {
      getFormValidators: (code: string, version: string) => (fail
        ? Promise.reject(new BackendError('down', { kind: 'network' }))
        : inner.getFormValidators(code, version)),
    }));
    await waitUntil(() => $(el, '[role=alert] button'), 'no retry');
    expect($(el, '[role=alert]')!.textContent).to.contain('Không tải được biểu mẫu');
    fail = false;
    $<HTMLButtonElement>(el, '[role=alert] button')!.click();
    await waitForForm(el);
  });

  it('reports a real 404 from the server’s validator address as such (RestBackend)', async () => {
    const error = await referenceBackend().getFormValidators(BIRTH, '0000.00.0').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(BackendError);
    expect((error as BackendError).status).to.equal(404);
  });

  it('never loaded the Ajv compiler on this page — and a form without the setting does load it', async () => {
    expect(compilerLoaded()).to.equal(false, 'the compiler chunk was fetched in precompiled mode');
    // the control: the same detection sees the compiler as soon as a form compiles
    const el = await mount<DvcServiceForm>(html`<dvc-service-form procedure=${BIRTH} no-autosave .backend=${referenceBackend()}></dvc-service-form>`);
    await waitForForm(el);
    expect(compilerLoaded()).to.equal(true, 'the compiled form did not load the compiler');
  });
});
