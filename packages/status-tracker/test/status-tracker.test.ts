import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BackendError, addWorkingDays, toIsoDateInVietnam, translate } from '@dvc/core';
import type { DossierEventHandlers, DvcBackend, StatusCode } from '@dvc/core';
import { RecordingBackend, deepText, mount, referenceBackend, runElementBaseSuite, unmountAll } from '@dvc/core/testing.js';
import { examples } from '../examples.js';
import type { DvcStatusTracker } from '../src/index.js';
import { act, dossierAt, submitDossier } from './helpers.js';

runElementBaseSuite('dvc-status-tracker', examples, { langExample: 'processing' });

const part = (el: DvcStatusTracker, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const statusText = (el: DvcStatusTracker) => part(el, 'status')?.textContent?.trim() ?? '';
const vi = (key: string, params?: Record<string, string | number>) => translate('vi', key, params);

/** The real backend with some methods replaced (the public adapter interface, as an agency's adapter would). */
function adapter(overrides: Partial<DvcBackend>): DvcBackend {
  const inner = referenceBackend();
  return new Proxy(inner, {
    get: (target, key) => {
      if (key in overrides) return (overrides as Record<PropertyKey, unknown>)[key];
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}

async function open(code: string, secret: string, backend: DvcBackend = referenceBackend(), poll = 30): Promise<DvcStatusTracker> {
  const el = await mount<DvcStatusTracker>(html`<dvc-status-tracker lang="vi" .backend=${backend} poll-interval=${poll}
    dossier-code=${code} verification=${secret}></dvc-status-tracker>`);
  await waitUntil(() => el.dossier || part(el, 'error'), 'the lookup did not finish', { timeout: 5000 });
  return el;
}

describe('<dvc-status-tracker>', () => {
  afterEach(() => {
    unmountAll();
    sessionStorage.clear();
  });

  describe('shows every national status in plain words', () => {
    const expectations: Record<StatusCode, (el: DvcStatusTracker) => void> = {
      1: (el) => expect(deepText(el)).to.include(vi('tracker.next.1')),
      2: (el) => expect(deepText(el)).to.include(vi('tracker.next.2')),
      3: (el) => expect(deepText(el)).to.include('Không thuộc thẩm quyền'),
      4: (el) => expect(part(el, 'deadline')!.textContent).to.match(/ngày làm việc|hôm nay/i),
      5: (el) => expect(el.shadowRoot!.querySelector('input[type=file]')).to.exist,
      6: (el) => expect(deepText(el)).to.include(vi('tracker.feeDue', { amount: '8.000 ₫' }).replace(/\s/g, ' ').slice(0, 16)),
      7: (el) => expect(deepText(el)).to.include(vi('tracker.next.7')),
      8: (el) => expect(deepText(el)).to.include('Đương sự đề nghị dừng'),
      9: (el) => expect(part(el, 'download')!.getAttribute('href')).to.include('/result?verification='),
      10: (el) => expect(el.shadowRoot!.querySelector('input[name=overall]')).to.exist,
    };
    for (const status of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as StatusCode[]) {
      it(`status ${status}: ${vi(`status.${status}`)}`, async () => {
        const { code, secret } = await dossierAt(status);
        const el = await open(code, secret);
        expect(statusText(el)).to.equal(vi(`status.${status}`));
        expect(part(el, 'timeline')!.querySelectorAll('[part~="step"]').length).to.be.greaterThan(0);
        expect(el.shadowRoot!.querySelector('[aria-current="step"]')!.textContent).to.include(vi(`status.${status}`));
        expectations[status](el);
        await expect(el).to.be.accessible();
      });
    }
  });

  it('shows procedure, masked applicant, dates and the department holding the dossier', async () => {
    const { code, secret } = await dossierAt(4);
    const el = await open(code, secret);
    const summary = part(el, 'summary')!.textContent!;
    expect(summary).to.include('Đăng ký khai sinh').and.include(code).and.include('Công chức Tư pháp - Hộ tịch');
    expect(summary).to.match(/\*\*\*/);
    expect(summary).to.match(/\d{2}\/\d{2}\/\d{4}/);
  });

  it('shows an overdue dossier as overdue', async () => {
    const { code, secret } = await dossierAt(4);
    const real = await referenceBackend().getDossier(code, secret);
    const past = addWorkingDays(toIsoDateInVietnam(Date.now() - 12 * 86_400_000), 1);
    const el = await mount<DvcStatusTracker>(html`<dvc-status-tracker lang="vi" .dossier=${{ ...real, appointmentDate: past }}></dvc-status-tracker>`);
    expect(part(el, 'deadline')!.textContent).to.match(/quá hạn \d+ ngày làm việc/);
    expect(el.matches(':state(overdue)')).to.equal(true);
  });

  it('shows the apology letter (form 04) live, with its reason and new date', async () => {
    const { code, secret } = await dossierAt(4);
    const el = await open(code, secret);
    const current = el.dossier!.appointmentDate;
    const newDate = addWorkingDays(current, 3);
    await act(code, 'apologise', { reason: 'Cần xác minh thêm', newAppointmentDate: newDate });
    await waitUntil(() => part(el, 'apology'), 'no apology shown', { timeout: 5000 });
    const text = part(el, 'apology')!.textContent!;
    expect(text).to.include('Cần xác minh thêm').and.include(newDate.split('-').reverse().join('/'));
    expect(part(el, 'summary')!.textContent).to.include(newDate.split('-').reverse().join('/'));
  });

  it('uploads the requested documents with progress and sends them once; the status moves on', async () => {
    const { code, secret } = await dossierAt(5);
    const recorder = new RecordingBackend(referenceBackend());
    const el = await open(code, secret, recorder.backend);
    expect(deepText(el)).to.include('Bổ sung bản sao giấy chứng sinh');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
    const files = new DataTransfer();
    files.items.add(new File(['%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'], 'giay-chung-sinh.pdf', { type: 'application/pdf' }));
    input.files = files.files;
    el.shadowRoot!.querySelector<HTMLTextAreaElement>('#note')!.value = 'Gửi bản sao có chứng thực';
    const sent = oneEvent(el, 'dvc-supplement-submitted');
    part(el, 'send')!.click();
    const event = await sent;
    expect(event.detail.code).to.equal(code);
    expect(event.detail.attachments).to.have.length(1);
    expect(recorder.calls('uploadFile')).to.have.length(1);
    const supplement = recorder.calls('submitSupplement');
    expect(supplement).to.have.length(1);
    expect(supplement[0].args[3]).to.be.a('string').with.length.greaterThan(8); // the idempotency key
    await waitUntil(() => statusText(el) === vi('status.4'), 'status did not move on');
    await waitUntil(() => deepText(el).includes(vi('tracker.supplementSent')), 'not announced');
  });

  it('sends the satisfaction rating once, then shows it as sent', async () => {
    const { code, secret } = await dossierAt(10);
    const recorder = new RecordingBackend(referenceBackend());
    const el = await open(code, secret, recorder.backend);
    const root = el.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[name=overall][value="4"]')!.click();
    root.querySelector<HTMLInputElement>('input[name=attitude][value="5"]')!.click();
    root.querySelector<HTMLInputElement>('input[name=onTime][value="yes"]')!.click();
    root.querySelector<HTMLInputElement>('#contacts')!.value = '1';
    root.querySelector<HTMLInputElement>('#agencies')!.value = '1';
    root.querySelector<HTMLTextAreaElement>('#comment')!.value = 'Nhanh, gọn';
    const button = root.querySelector<HTMLButtonElement>('[part~="rating"] button')!;
    const rated = oneEvent(el, 'dvc-rating-submitted');
    button.click();
    button.click();
    const event = await rated;
    expect(event.detail.rating).to.deep.equal({ overall: 4, attitude: 5, onTime: true, contacts: 1, agencies: 1, comment: 'Nhanh, gọn' });
    expect(recorder.calls('rateDossier')).to.have.length(1);
    await el.updateComplete;
    expect(root.querySelector('input[name=overall]')).to.equal(null);
    expect(part(el, 'rating')!.textContent).to.include(vi('tracker.ratingSent', { n: 4 }));

    unmountAll();
    const again = await open(code, secret);
    expect(again.shadowRoot!.querySelector('input[name=overall]'), 'asked again after reload').to.equal(null);
  });

  it('asks for the overall satisfaction before sending', async () => {
    const { code, secret } = await dossierAt(9);
    const recorder = new RecordingBackend(referenceBackend());
    const el = await open(code, secret, recorder.backend);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="rating"] button')!.click();
    await el.updateComplete;
    expect(part(el, 'rating')!.textContent).to.include(vi('tracker.needOverall'));
    expect(recorder.calls('rateDossier')).to.have.length(0);
  });

  it('updates live by Server-Sent Events and announces the change', async () => {
    const { code, secret } = await submitDossier();
    const el = await open(code, secret);
    await waitUntil(() => el.matches(':state(live)'), 'not live');
    const updated = oneEvent(el, 'dvc-dossier-updated');
    await act(code, 'accept');
    const event = await updated;
    expect(event.detail).to.deep.equal({ code, status: 2, previousStatus: 1 });
    expect(statusText(el)).to.equal(vi('status.2'));
    const region = el.shadowRoot!.querySelector('[role=status]')!;
    await waitUntil(() => region.textContent!.includes(vi('tracker.changed', { status: vi('status.2') })), 'not announced');
  });

  it('falls back to polling when the stream gives up, then subscribes again', async () => {
    const { code, secret } = await submitDossier();
    const inner = referenceBackend();
    const streams: { handlers: DossierEventHandlers; close: () => void }[] = [];
    // The public adapter, with one more power: the test can make the live stream fail as a proxy would.
    const backend = adapter({
      subscribeDossierEvents(c: string, v: string, handlers: DossierEventHandlers) {
        const close = inner.subscribeDossierEvents(c, v, handlers);
        streams.push({ handlers, close });
        return close;
      },
    });
    const recorder = new RecordingBackend(backend);
    const el = await open(code, secret, recorder.backend, 1);
    await waitUntil(() => streams.length === 1, 'not subscribed');
    streams[0].close();
    streams[0].handlers.onError?.(new BackendError('dossier events: connection refused', { kind: 'network' }), { willRetry: false });
    await waitUntil(() => el.matches(':state(polling)'), 'not polling');
    expect(part(el, 'stale')).to.exist;
    await act(code, 'accept');
    await waitUntil(() => statusText(el) === vi('status.2'), 'polling did not pick the change up', { timeout: 5000 });
    expect(recorder.calls('getDossier').length).to.be.greaterThan(1);
    await waitUntil(() => streams.length === 2, 'did not subscribe again', { timeout: 5000 });
    await act(code, 'process');
    await waitUntil(() => statusText(el) === vi('status.4'), 'no update after resubscribing', { timeout: 5000 });
  });

  it('keeps the last known state when offline, marked as such', async () => {
    const { code, secret } = await submitDossier();
    const el = await open(code, secret);
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect(part(el, 'offline')).to.exist;
    expect(el.matches(':state(offline)')).to.equal(true);
    expect(statusText(el)).to.equal(vi('status.1'));
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(part(el, 'offline')).to.equal(null);
  });

  it('shows the cached state when the network fails on reload', async () => {
    const { code, secret } = await submitDossier();
    await open(code, secret);
    unmountAll();
    const dead = new RecordingBackend(adapter({
      getDossier: () => Promise.reject(new BackendError('offline', { kind: 'network' })),
    }));
    const el = await open(code, secret, dead.backend);
    expect(statusText(el)).to.equal(vi('status.1'));
    expect(part(el, 'offline')).to.exist;
    // back online: the real lookup replaces the cached state
    await act(code, 'accept');
    el.backend = referenceBackend();
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => statusText(el) === vi('status.2'), 'not refreshed when back online');
    expect(part(el, 'offline')).to.equal(null);
  });

  describe('lookup', () => {
    it('tidies a pasted code (spaces, lower case) and opens the dossier', async () => {
      const { code, secret } = await submitDossier();
      const el = await mount<DvcStatusTracker>(html`<dvc-status-tracker lang="vi" .backend=${referenceBackend()}></dvc-status-tracker>`);
      const root = el.shadowRoot!;
      root.querySelector<HTMLInputElement>('#code')!.value = `  ${code.toLowerCase().replace('-', ' - ')} `;
      root.querySelector<HTMLInputElement>('#verification')!.value = secret.toLowerCase();
      const loaded = oneEvent(el, 'dvc-dossier-loaded');
      part(el, 'lookup')!.querySelector('button')!.click();
      expect((await loaded).detail).to.deep.equal({ code, status: 1 });
    });

    it('works with a handheld scanner: it types the code and presses Enter', async () => {
      const { code, secret } = await submitDossier();
      const el = await mount<DvcStatusTracker>(html`<dvc-status-tracker lang="vi" .backend=${referenceBackend()}></dvc-status-tracker>`);
      const root = el.shadowRoot!;
      root.querySelector<HTMLInputElement>('#verification')!.value = secret;
      root.querySelector<HTMLInputElement>('#code')!.focus();
      const loaded = oneEvent(el, 'dvc-dossier-loaded');
      await sendKeys({ type: code });
      await sendKeys({ press: 'Enter' });
      expect((await loaded).detail.code).to.equal(code);
    });

    it('reads code and verification from the receipt link a QR code holds', async () => {
      const { code, secret } = await submitDossier();
      const el = await mount<DvcStatusTracker>(html`<dvc-status-tracker lang="vi" .backend=${referenceBackend()}></dvc-status-tracker>`);
      el.shadowRoot!.querySelector<HTMLInputElement>('#code')!.value =
        `https://dichvucong.example.gov.vn/tra-cuu.html?ma=${encodeURIComponent(code)}&xac-thuc=${secret}`;
      const loaded = oneEvent(el, 'dvc-dossier-loaded');
      part(el, 'lookup')!.querySelector('button')!.click();
      expect((await loaded).detail.code).to.equal(code);
    });

    it('refuses a malformed code without asking the backend, and focuses it', async () => {
      const recorder = new RecordingBackend(referenceBackend());
      const el = await mount<DvcStatusTracker>(html`<dvc-status-tracker lang="vi" .backend=${recorder.backend}></dvc-status-tracker>`);
      el.shadowRoot!.querySelector<HTMLInputElement>('#code')!.value = 'abc';
      el.shadowRoot!.querySelector<HTMLInputElement>('#verification')!.value = '12345678';
      part(el, 'lookup')!.querySelector('button')!.click();
      await waitUntil(() => part(el, 'error'));
      expect(part(el, 'error')!.textContent).to.equal(vi('tracker.badCode'));
      expect(recorder.log).to.have.length(0);
      expect(el.shadowRoot!.querySelector('#code')!.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.activeElement?.id).to.equal('code');
    });

    it('does not move focus when a preset lookup fails', async () => {
      const before = document.activeElement;
      const el = await mount<DvcStatusTracker>(html`<dvc-status-tracker lang="vi" .backend=${referenceBackend()}
        dossier-code="abc" verification="12345678"></dvc-status-tracker>`);
      await waitUntil(() => part(el, 'error'));
      expect(part(el, 'error')!.textContent).to.equal(vi('tracker.badCode'));
      expect(document.activeElement).to.equal(before);
    });

    it('accepts a configured code pattern', async () => {
      const recorder = new RecordingBackend(referenceBackend());
      const el = await mount<DvcStatusTracker>(html`<dvc-status-tracker lang="vi" .backend=${recorder.backend}
        code-pattern="HS-\\d{6}" dossier-code="hs-123456" verification="12345678"></dvc-status-tracker>`);
      await waitUntil(() => recorder.calls('getDossier').length === 1, 'the configured pattern was not used');
      expect(recorder.calls('getDossier')[0].args[0]).to.equal('HS-123456');
      await waitUntil(() => part(el, 'error'));
    });

    it('says the same for an unknown code and a wrong verification', async () => {
      const { code, secret } = await submitDossier();
      const wrong = await open(code, secret.split('').reverse().join('') + 'X');
      const unknownCode = code.replace(/-(\d{4})$/, (_m, n: string) => `-${String((Number(n) + 5000) % 10000).padStart(4, '0')}`);
      const unknown = await open(unknownCode, secret);
      expect(part(wrong, 'error')!.textContent).to.equal(vi('tracker.noMatch'));
      expect(part(unknown, 'error')!.textContent).to.equal(part(wrong, 'error')!.textContent);
      expect(wrong.dossier).to.equal(undefined);
    });

    it('tells when to retry after too many lookups (429)', async () => {
      const limited = adapter({
        getDossier: () => Promise.reject(new BackendError('HTTP 429', {
          kind: 'http', status: 429, retryAfter: 42,
          problem: { type: 'urn:dvc:problem:rate-limited', title: 'Too many lookups', status: 429, code: 'rate-limited', retryAfter: 42 },
        })),
      });
      const el = await open('000.00.01.H29-260310-0420', 'ABCDEFGH', limited);
      expect(part(el, 'error')!.textContent).to.match(/thử lại sau 42 giây \(lúc \d{2}:\d{2}\)/);
    });

    it('offers camera scanning only where BarcodeDetector exists, with a fallback text otherwise', async () => {
      const el = await mount<DvcStatusTracker>(html`<dvc-status-tracker lang="vi" .backend=${referenceBackend()}></dvc-status-tracker>`);
      const hasDetector = 'BarcodeDetector' in window;
      expect(!!part(el, 'scan')).to.equal(hasDetector);
      expect(deepText(el).includes(vi('tracker.scanUnavailable'))).to.equal(!hasDetector);
    });
  });

  describe('fees', () => {
    it('links to the portal\'s payment page when <dvc-fee-payment> is not loaded', async () => {
      const { code, secret } = await dossierAt(6);
      const el = await mount<DvcStatusTracker>(html`<dvc-status-tracker lang="vi" .backend=${referenceBackend()}
        payment-url="/thanh-toan.html?ma={code}&xac-thuc={verification}" dossier-code=${code} verification=${secret}></dvc-status-tracker>`);
      await waitUntil(() => part(el, 'pay'), 'no payment link');
      expect(part(el, 'pay')!.getAttribute('href')).to.equal(`/thanh-toan.html?ma=${encodeURIComponent(code)}&xac-thuc=${secret}`);
    });

    it('renders <dvc-fee-payment> inline when it is defined', async () => {
      if (!customElements.get('dvc-fee-payment')) customElements.define('dvc-fee-payment', class extends HTMLElement {});
      const { code, secret } = await dossierAt(6);
      const el = await open(code, secret);
      const fee = el.shadowRoot!.querySelector('dvc-fee-payment')!;
      expect(fee.getAttribute('dossier-code')).to.equal(code);
      expect(fee.getAttribute('verification')).to.equal(secret);
    });
  });

  describe('result', () => {
    it('by post: says so and shows the tracking text once delivered', async () => {
      const { code, secret } = await dossierAt(10, 'post');
      const el = await open(code, secret);
      expect(deepText(el)).to.include(vi('tracker.post')).and.include('EB123456789VN');
      expect(part(el, 'download')).to.equal(null);
    });

    it('at the counter: pickup details and a slot for the portal\'s own', async () => {
      const { code, secret } = await dossierAt(9, 'counter');
      const el = await open(code, secret);
      expect(deepText(el)).to.include('bộ phận một cửa');
      expect(el.shadowRoot!.querySelector('slot[name=pickup]')).to.exist;
    });
  });
});
