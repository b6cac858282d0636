import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { BackendError, translate } from '@dvc/core';
import type { DvcBackend, Payment } from '@dvc/core';
import { RecordingBackend, deepText, mount, referenceBackend, runElementBaseSuite, unmountAll } from '@dvc/core/testing.js';
import { examples, exampleBackend, sampleFees, samplePayment } from '../examples.js';
import { parseVietQr, registerPaymentMethod } from '../src/index.js';
import type { DvcFeePayment, PaymentFailedEvent, PaymentStartedEvent, PaymentSucceededEvent } from '../src/index.js';
import { FREE, LEVEL3, act, confirmTransfer, decideOnGateway, dossierStatus, payments, submit } from './helpers.js';
import type { Submitted } from './helpers.js';

runElementBaseSuite('dvc-fee-payment', examples, { langExample: 'choose' });

const vi = (key: string, params?: Record<string, string | number>) => translate('vi', key, params);
const part = (el: DvcFeePayment, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const heading = (el: DvcFeePayment) => part(el, 'heading')!.textContent!.trim();
const is = (el: DvcFeePayment, state: string) => el.matches(`:state(${state})`);
const waitState = (el: DvcFeePayment, state: string, timeout = 8000) =>
  waitUntil(() => is(el, state), `never reached :state(${state}); heading "${heading(el)}"`, { timeout });

async function open(d: Submitted, backend: DvcBackend = referenceBackend(), extra: { method?: string } = {}): Promise<DvcFeePayment> {
  const el = await mount<DvcFeePayment>(html`<dvc-fee-payment lang="vi" .backend=${backend} poll-interval="1"
    dossier-code=${d.code} verification=${d.secret} method=${extra.method ?? ''}></dvc-fee-payment>`);
  await waitUntil(() => !is(el, 'loading'), 'the fees did not load', { timeout: 5000 });
  return el;
}

/** Keeps the page here instead of following the gateway redirect (what a host may do too). */
const stayHere = (el: HTMLElement) => el.addEventListener('dvc-payment-started', (e) => e.preventDefault());

function payButton(el: DvcFeePayment): HTMLButtonElement {
  return part(el, 'pay') as HTMLButtonElement;
}

/** The real backend with some methods replaced (an adapter, not a stubbed fetch). */
function overriding(inner: DvcBackend, overrides: Partial<DvcBackend>): DvcBackend {
  return new Proxy(inner, {
    get: (target, key) => {
      if (key in overrides) return overrides[key as keyof DvcBackend];
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}

/** A real backend whose `createPayment` fails `failures` times before reaching the server. */
function flaky(inner: DvcBackend, failures: number): DvcBackend {
  let left = failures;
  return overriding(inner, {
    createPayment: (...args) => (left-- > 0 ? Promise.reject(new BackendError('offline', { kind: 'network' })) : inner.createPayment(...args)),
  });
}

describe('<dvc-fee-payment> against the reference server', () => {
  afterEach(() => {
    unmountAll();
    localStorage.clear();
    sessionStorage.clear();
  });

  it('shows the itemised fees the server computed, reduction included, and the methods it allows', async () => {
    const el = await open(await submit());
    expect(is(el, 'choose')).to.equal(true);
    const fees = part(el, 'fees')!.textContent!;
    expect(fees).to.include('Lệ phí đăng ký hộ kinh doanh').and.include('100.000').and.include('Giảm khi nộp hồ sơ trực tuyến');
    expect(fees).to.include('−50.000');
    const methods = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=method]')].map((i) => i.value);
    expect(methods).to.deep.equal(['gateway', 'vietqr']);
    await expect(el).to.be.accessible();
  });

  it('asks for a method before going on, then reviews what, how much and to whom (WCAG 3.3.4)', async () => {
    const el = await open(await submit());
    part(el, 'next')!.click();
    await el.updateComplete;
    expect(part(el, 'methods')!.textContent).to.include(vi('payment.chooseRequired'));
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value=vietqr]')!.click();
    part(el, 'next')!.click();
    await waitState(el, 'review');
    const review = part(el, 'review')!.textContent!;
    expect(review).to.include('Đăng ký thành lập hộ kinh doanh').and.include(el.dossierCode!).and.include('50.000')
      .and.include(vi('paymentMethod.vietqr'));
    expect(review).to.match(/UBND|Sở|Phòng/); // the agency, to whom
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'heading'));
    expect(payButton(el).textContent).to.include('50.000');
    await expect(el).to.be.accessible();
  });

  it('creates one payment when Pay is clicked twice', async () => {
    const d = await submit();
    const recorder = new RecordingBackend(referenceBackend());
    const el = await open(d, recorder.backend, { method: 'vietqr' });
    const started = oneEvent(el, 'dvc-payment-started');
    payButton(el).click();
    payButton(el).click();
    await started;
    payButton(el)?.click();
    expect(recorder.calls('createPayment')).to.have.length(1);
    expect(await payments(d.code)).to.have.length(1);
  });

  it('pays by VietQR: a checked QR code, the account details, and success once the officer confirms', async () => {
    const d = await submit();
    const el = await open(d, referenceBackend(), { method: 'vietqr' });
    const started = oneEvent(el, 'dvc-payment-started') as Promise<PaymentStartedEvent>;
    payButton(el).click();
    const { detail } = await started;
    expect(detail).to.include({ dossierCode: d.code, method: 'vietqr', amount: 50000, status: 'created' });
    await waitState(el, 'in-progress');
    const qr = part(el, 'qr')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.include('50.000').and.include(d.code);
    const [payment] = await payments(d.code);
    expect(parseVietQr(payment.vietqr!.payload)).to.include({ valid: true, amount: 50000, billNumber: d.code });
    const account = part(el, 'account')!.textContent!;
    expect(account).to.include(payment.vietqr!.accountNumber).and.include(payment.vietqr!.accountName).and.include(d.code);
    expect(part(el, 'countdown')!.textContent).to.match(/\d+:\d{2}/);
    await expect(el).to.be.accessible();

    const succeeded = oneEvent(el, 'dvc-payment-succeeded') as Promise<PaymentSucceededEvent>;
    await confirmTransfer(payment.id);
    const done = await succeeded; // SSE (payment-received) or polling
    expect(done.detail).to.include({ paymentId: payment.id, amount: 50000, status: 'success' });
    expect(done.detail.receiptNumber).to.match(/^BL\d{6}-/);
    await waitState(el, 'success');
    expect(part(el, 'receipt')!.textContent).to.include(done.detail.receiptNumber!).and.include('50.000').and.include(d.code);
    expect(part(el, 'status')!.textContent).to.include(vi('payment.success'));
    expect((await dossierStatus(d.code, d.secret)).feesDue).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('learns of the confirmation from the live event stream alone (no polling)', async () => {
    const d = await submit();
    const el = await mount<DvcFeePayment>(html`<dvc-fee-payment lang="vi" .backend=${referenceBackend()} poll-interval="600"
      dossier-code=${d.code} verification=${d.secret} method="vietqr"></dvc-fee-payment>`);
    await waitState(el, 'review');
    const started = oneEvent(el, 'dvc-payment-started') as Promise<PaymentStartedEvent>;
    payButton(el).click();
    const { paymentId } = (await started).detail;
    await waitState(el, 'in-progress');
    await new Promise((r) => setTimeout(r, 300)); // let the stream connect
    await confirmTransfer(paymentId!);
    await waitState(el, 'success', 6000);
  });

  it('falls back to polling when the event stream gives up', async () => {
    const d = await submit();
    const inner = referenceBackend();
    const noStream = overriding(inner, {
      subscribeDossierEvents: (_code, _v, handlers) => {
        handlers.onError?.(new BackendError('refused', { kind: 'http', status: 403 }), { willRetry: false });
        return () => {};
      },
    });
    const recorder = new RecordingBackend(noStream);
    const el = await open(d, recorder.backend, { method: 'vietqr' });
    const started = oneEvent(el, 'dvc-payment-started') as Promise<PaymentStartedEvent>;
    payButton(el).click();
    const { paymentId } = (await started).detail;
    await confirmTransfer(paymentId!);
    await waitState(el, 'success', 6000);
    expect(recorder.calls('getPayment').length).to.be.greaterThan(0);
  });

  it('pays through the gateway: started, back mid-payment, then success after the provider confirms', async () => {
    const d = await submit();
    const el = await open(d, referenceBackend(), { method: 'gateway' });
    stayHere(el);
    const started = oneEvent(el, 'dvc-payment-started') as Promise<PaymentStartedEvent>;
    payButton(el).click();
    const { detail } = await started;
    await waitState(el, 'in-progress');
    const next = part(el, 'continue') as HTMLAnchorElement;
    expect(next.href).to.include('/api/v1/sandbox/pay/');
    // the citizen pays on the provider's page, the provider calls the server back (signed)
    const succeeded = oneEvent(el, 'dvc-payment-succeeded');
    await decideOnGateway(next.href, 'success');
    part(el, 'check')?.click(); // polling may have been quicker
    await succeeded;
    await waitState(el, 'success');
    expect((await payments(d.code)).map((p) => [p.id, p.status])).to.deep.equal([[detail.paymentId, 'success']]);
    expect((await dossierStatus(d.code, d.secret)).feesDue).to.equal(0);
  });

  it('lands in the right state when the gateway sends the citizen back (?dvc-payment=…), trusting only the server', async () => {
    const d = await submit();
    const first = await open(d, referenceBackend(), { method: 'gateway' });
    stayHere(first);
    const started = oneEvent(first, 'dvc-payment-started') as Promise<PaymentStartedEvent>;
    payButton(first).click();
    const { paymentId } = (await started).detail;
    const [payment] = await payments(d.code);
    await decideOnGateway(payment.nextUrl!, 'cancelled');
    unmountAll();
    localStorage.clear(); // e.g. the provider opened the return URL in another browser profile
    const here = location.href;
    history.replaceState(null, '', `${location.pathname}?x=1&dvc-payment=${paymentId}`);
    try {
      const failed = new Promise<PaymentFailedEvent>((resolve) => document.addEventListener('dvc-payment-failed', resolve, { once: true }));
      const el = await open(d);
      await waitState(el, 'cancelled');
      expect((await failed).detail).to.include({ paymentId, status: 'cancelled' });
      expect(new URL(location.href).searchParams.has('dvc-payment')).to.equal(false);
      expect(new URL(location.href).searchParams.get('x')).to.equal('1');
    } finally {
      history.replaceState(null, '', here);
    }
  });

  it('drops a status answer that lands after it left the page, so the widget that replaces it still fires the outcome', async () => {
    const d = await submit();
    let release: () => void = () => {};
    let slow = false;
    const inner = referenceBackend();
    const delayed = overriding(inner, {
      getPayment: async (...args) => {
        if (slow) await new Promise<void>((resolve) => { release = resolve; });
        return inner.getPayment(...args);
      },
    });
    const first = await open(d, delayed, { method: 'gateway' });
    stayHere(first);
    const started = oneEvent(first, 'dvc-payment-started') as Promise<PaymentStartedEvent>;
    payButton(first).click();
    const { paymentId } = (await started).detail;
    await waitState(first, 'in-progress');
    slow = true;
    (part(first, 'check') as HTMLButtonElement).click(); // a status request in flight…
    const [payment] = await payments(d.code);
    await decideOnGateway(payment.nextUrl!, 'cancelled');
    let lateEvents = 0;
    first.addEventListener('dvc-payment-failed', () => lateEvents++);
    unmountAll(); // …when the citizen navigates away
    release();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lateEvents).to.equal(0);
    expect(is(first, 'cancelled')).to.equal(false);
    const failed = new Promise<PaymentFailedEvent>((resolve) => document.addEventListener('dvc-payment-failed', resolve, { once: true }));
    const next = await open(d);
    await waitState(next, 'cancelled');
    expect((await failed).detail).to.include({ paymentId, status: 'cancelled' });
  });

  it('ignores a dvc-payment parameter that belongs to another dossier', async () => {
    const other = await submit();
    const mine = await submit();
    const el0 = await open(other, referenceBackend(), { method: 'vietqr' });
    const started = oneEvent(el0, 'dvc-payment-started') as Promise<PaymentStartedEvent>;
    payButton(el0).click();
    const { paymentId } = (await started).detail;
    unmountAll();
    const here = location.href;
    history.replaceState(null, '', `${location.pathname}?dvc-payment=${paymentId}`);
    try {
      const el = await open(mine);
      expect(is(el, 'choose')).to.equal(true);
    } finally {
      history.replaceState(null, '', here);
    }
  });

  it('resumes the same payment after a reload mid-payment, without creating another', async () => {
    const d = await submit();
    const recorder = new RecordingBackend(referenceBackend());
    const el = await open(d, recorder.backend, { method: 'vietqr' });
    const started = oneEvent(el, 'dvc-payment-started') as Promise<PaymentStartedEvent>;
    payButton(el).click();
    const { paymentId } = (await started).detail;
    unmountAll(); // reload, or Back then Forward
    const again = await open(d, recorder.backend);
    expect(is(again, 'in-progress')).to.equal(true);
    expect(part(again, 'qr')).to.exist;
    expect(recorder.calls('createPayment')).to.have.length(1);
    expect(recorder.calls('getPayment').map((c) => c.args[0])).to.include(paymentId);
    expect(await payments(d.code)).to.have.length(1);
  });

  it('gives a second tab or device the open payment instead of a second one', async () => {
    const d = await submit();
    const a = await open(d, referenceBackend(), { method: 'vietqr' });
    const first = oneEvent(a, 'dvc-payment-started') as Promise<PaymentStartedEvent>;
    payButton(a).click();
    const one = (await first).detail.paymentId;
    unmountAll();
    localStorage.clear(); // another device: no stored attempt, a new idempotency key
    const b = await open(d, referenceBackend(), { method: 'gateway' });
    stayHere(b);
    const second = oneEvent(b, 'dvc-payment-started') as Promise<PaymentStartedEvent>;
    payButton(b).click();
    expect((await second).detail).to.include({ paymentId: one, method: 'vietqr' });
    await waitState(b, 'in-progress');
    expect(part(b, 'notice')!.textContent).to.include(vi('payment.resumed'));
    expect(await payments(d.code)).to.have.length(1);
  });

  it('keeps the idempotency key when creating fails, so retrying cannot charge twice', async () => {
    const d = await submit();
    const recorder = new RecordingBackend(flaky(referenceBackend(), 1));
    const el = await open(d, recorder.backend, { method: 'vietqr' });
    const failed = oneEvent(el, 'dvc-payment-failed') as Promise<PaymentFailedEvent>;
    payButton(el).click();
    expect((await failed).detail).to.include({ status: 'error', reason: 'network' });
    await waitUntil(() => part(el, 'error'), 'no error shown');
    expect(part(el, 'error')!.textContent).to.include(vi('payment.error.create'));
    const started = oneEvent(el, 'dvc-payment-started');
    payButton(el).click();
    await started;
    const keys = recorder.calls('createPayment').map((c) => c.args[1]);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(await payments(d.code)).to.have.length(1);
  });

  it('shows a failed payment with the reason and pays again with a new attempt', async () => {
    const d = await submit();
    const recorder = new RecordingBackend(referenceBackend());
    const el = await open(d, recorder.backend, { method: 'gateway' });
    stayHere(el);
    const started = oneEvent(el, 'dvc-payment-started') as Promise<PaymentStartedEvent>;
    payButton(el).click();
    await started;
    const [payment] = await payments(d.code);
    const failed = oneEvent(el, 'dvc-payment-failed') as Promise<PaymentFailedEvent>;
    await decideOnGateway(payment.nextUrl!, 'failed');
    part(el, 'check')?.click(); // polling may have been quicker
    expect((await failed).detail).to.include({ status: 'failed', reason: 'declined' });
    await waitState(el, 'failed');
    expect(part(el, 'error')!.textContent).to.include(vi('payment.failedReason.declined'));
    await expect(el).to.be.accessible();
    part(el, 'retry')!.click();
    await waitState(el, 'review');
    const again = oneEvent(el, 'dvc-payment-started');
    payButton(el).click();
    await again;
    const keys = recorder.calls('createPayment').map((c) => c.args[1]);
    expect(keys[0]).to.not.equal(keys[1]);
    expect((await payments(d.code)).map((p) => p.status)).to.deep.equal(['failed', 'created']);
  });

  it('shows a cancelled payment as cancelled, with a way to pay again', async () => {
    const d = await submit();
    const el = await open(d, referenceBackend(), { method: 'gateway' });
    stayHere(el);
    const started = oneEvent(el, 'dvc-payment-started');
    payButton(el).click();
    await started;
    const [payment] = await payments(d.code);
    await decideOnGateway(payment.nextUrl!, 'cancelled');
    part(el, 'check')?.click(); // polling may have been quicker
    await waitState(el, 'cancelled');
    expect(part(el, 'notice')!.textContent).to.include(vi('payment.cancelled'));
    expect(part(el, 'retry')).to.exist;
  });

  it('shows the receipt of a dossier already paid on this device, without announcing it again', async () => {
    const d = await submit();
    const el = await open(d, referenceBackend(), { method: 'vietqr' });
    const started = oneEvent(el, 'dvc-payment-started') as Promise<PaymentStartedEvent>;
    payButton(el).click();
    const { paymentId } = (await started).detail;
    await confirmTransfer(paymentId!);
    await waitState(el, 'success');
    unmountAll();
    let announced = 0;
    const count = () => announced++;
    document.addEventListener('dvc-payment-succeeded', count);
    try {
      const again = await open(d);
      expect(is(again, 'success')).to.equal(true);
      expect(part(again, 'receipt')!.textContent).to.include(paymentId!);
      expect(announced).to.equal(0);
    } finally {
      document.removeEventListener('dvc-payment-succeeded', count);
    }
    unmountAll();
    localStorage.clear(); // another device
    const elsewhere = await open(d);
    expect(is(elsewhere, 'paid')).to.equal(true);
    expect(part(elsewhere, 'notice')!.textContent).to.include('50.000');
  });

  it('offers to pay again when the agency asks for a further fee after a payment', async () => {
    const d = await submit();
    const el = await open(d, referenceBackend(), { method: 'vietqr' });
    const started = oneEvent(el, 'dvc-payment-started') as Promise<PaymentStartedEvent>;
    payButton(el).click();
    await confirmTransfer((await started).detail.paymentId!);
    await waitState(el, 'success');
    unmountAll();
    await act(d.code, 'accept');
    await act(d.code, 'request-payment', { fees: [{ name: 'Phí thẩm định', kind: 'phi', amount: 30000 }] });
    const again = await open(d);
    expect(is(again, 'choose')).to.equal(true);
    expect(part(again, 'fees')!.textContent).to.include('Phí thẩm định').and.include('30.000');
  });

  it('explains how to pay at the counter for a level-3 procedure', async () => {
    const el = await open(await submit(LEVEL3));
    expect(is(el, 'counter')).to.equal(true);
    const text = deepText(el);
    expect(text).to.include('75.000').and.include(vi('payment.counterWhen'));
    expect(text).to.include(el.dossierCode!);
    expect(el.shadowRoot!.querySelector('input[name=method]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says there is nothing to pay for a free procedure', async () => {
    const el = await open(await submit(FREE));
    expect(is(el, 'nothing-due')).to.equal(true);
    expect(deepText(el)).to.include(vi('payment.nothingDue'));
  });

  it('shows an error with a retry when the verification is wrong', async () => {
    const d = await submit();
    const el = await open({ code: d.code, secret: 'WRONG999' });
    expect(is(el, 'error')).to.equal(true);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'error')!.textContent).to.include(vi('error.forbidden'));
    expect(part(el, 'retry')).to.exist;
  });
});

describe('<dvc-fee-payment> expiry, plug-ins and details', () => {
  afterEach(() => {
    unmountAll();
    localStorage.clear();
  });

  it('shows loading, busy for assistive technology, while the fees are fetched', async () => {
    const el = await mount<DvcFeePayment>(examples.loading.render());
    expect(is(el, 'loading')).to.equal(true);
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(heading(el)).to.equal(vi('payment.loading'));
  });

  it('fires typed, bubbling, composed events with serialisable details', async () => {
    const payment = samplePayment('gateway', 'success');
    const seen = new Promise<PaymentSucceededEvent>((resolve) => document.addEventListener('dvc-payment-succeeded', resolve, { once: true }));
    const fees = sampleFees({ paid: 50000, due: 0 });
    await mount<DvcFeePayment>(html`<dvc-fee-payment .backend=${exampleBackend({ payment, fees })} dossier-code=${payment.dossierCode}
      verification="X" payment-id=${payment.id}></dvc-fee-payment>`);
    const event = await seen;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(JSON.parse(JSON.stringify(event.detail))).to.deep.equal(event.detail);
    expect(event.detail).to.deep.equal({
      dossierCode: payment.dossierCode, paymentId: payment.id, method: 'gateway', amount: 50000, status: 'success',
      receiptNumber: payment.receiptNumber, paidAt: payment.paidAt,
    });
  });

  it('counts down and warns before the payment expires (WCAG 2.2.1)', async () => {
    const payment = samplePayment('vietqr', 'created', 4);
    const el = await mount<DvcFeePayment>(html`<dvc-fee-payment lang="vi" .backend=${exampleBackend({ payment })}
      dossier-code=${payment.dossierCode} verification="X" payment-id=${payment.id}></dvc-fee-payment>`);
    await waitState(el, 'in-progress');
    expect(part(el, 'countdown')!.textContent).to.match(/[34]:\d{2}/);
    await waitUntil(() => part(el, 'warning'), 'no warning', { timeout: 3000 });
    expect(is(el, 'expiring')).to.equal(true);
    expect(part(el, 'warning')!.textContent).to.include('4 phút');
    await waitUntil(() => part(el, 'status')!.textContent!.includes('sắp hết hạn'), 'the warning was not announced', { timeout: 3000 });
  });

  it('shows an expired payment as expired, fires dvc-payment-failed, and offers a new attempt', async () => {
    const payment = samplePayment('vietqr', 'expired', 0);
    const failed = new Promise<PaymentFailedEvent>((resolve) => document.addEventListener('dvc-payment-failed', resolve, { once: true }));
    const el = await mount<DvcFeePayment>(html`<dvc-fee-payment lang="vi" .backend=${exampleBackend({ payment })}
      dossier-code=${payment.dossierCode} verification="X" payment-id=${payment.id}></dvc-fee-payment>`);
    await waitState(el, 'expired');
    expect((await failed).detail).to.include({ status: 'expired', paymentId: payment.id });
    expect(part(el, 'error')!.textContent).to.include(vi('payment.expired').slice(0, 30));
    part(el, 'retry')!.click();
    await waitState(el, 'choose');
  });

  it('refuses to draw a QR code whose payload does not match the payment', async () => {
    const payment: Payment = samplePayment('vietqr', 'created');
    payment.vietqr = { ...payment.vietqr!, payload: payment.vietqr!.payload.replace('5405500005802', '5405900005802') };
    const el = await mount<DvcFeePayment>(html`<dvc-fee-payment lang="vi" .backend=${exampleBackend({ payment })}
      dossier-code=${payment.dossierCode} verification="X" payment-id=${payment.id}></dvc-fee-payment>`);
    await waitState(el, 'in-progress');
    expect(part(el, 'qr')).to.equal(null);
    expect(part(el, 'error')!.textContent).to.include(vi('payment.qr.invalid'));
    expect(part(el, 'account')!.textContent).to.include('0011001234567');
  });

  it('hands a registered provider plug-in the start and the in-progress screen', async () => {
    const starts: string[] = [];
    const off = registerPaymentMethod('sandbox', {
      start: ({ payment }) => void starts.push(payment.id),
      render: ({ payment }) => html`<p class="plugin">Mở ứng dụng ví để trả ${payment.amount}</p>`,
    });
    try {
      const d = await submit();
      const el = await open(d, referenceBackend(), { method: 'gateway' });
      const started = oneEvent(el, 'dvc-payment-started') as Promise<PaymentStartedEvent>;
      payButton(el).click();
      const { paymentId } = (await started).detail;
      await waitUntil(() => starts.length === 1, 'the plug-in did not start');
      expect(starts).to.deep.equal([paymentId]);
      await waitState(el, 'in-progress');
      expect(el.shadowRoot!.querySelector('.plugin')!.textContent).to.include('50000');
      expect(part(el, 'countdown')).to.exist;
    } finally {
      off();
    }
  });

  it('labels a method an agency added through its adapter', async () => {
    const off = registerPaymentMethod('momo', { label: { vi: 'Ví MoMo', en: 'MoMo wallet' }, hint: { vi: 'Trả bằng ứng dụng MoMo' } });
    try {
      const backend = exampleBackend();
      const fees = await backend.getFees('x', 'y');
      const el = await mount<DvcFeePayment>(html`<dvc-fee-payment lang="vi"
        .backend=${exampleBackend({ fees: { ...fees, methods: [...fees.methods!, 'momo' as never] } })}
        dossier-code="000.00.01.H29-260310-0420" verification="X"></dvc-fee-payment>`);
      await waitState(el, 'choose');
      expect(part(el, 'methods')!.textContent).to.include('Ví MoMo').and.include('Trả bằng ứng dụng MoMo');
    } finally {
      off();
    }
  });

  it('fits the page outline with heading-level when embedded under another heading', async () => {
    const payment = samplePayment('gateway', 'success');
    const el = await mount<DvcFeePayment>(html`<dvc-fee-payment heading-level="3" .backend=${exampleBackend({ payment, fees: sampleFees({ paid: 50000, due: 0 }) })}
      dossier-code=${payment.dossierCode} verification="X" payment-id=${payment.id}></dvc-fee-payment>`);
    await waitState(el, 'success');
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('3');
    expect(el.shadowRoot!.querySelector('#receipt-title')!.getAttribute('aria-level')).to.equal('4');
  });

  it('meets the 44 px target size on its buttons', async () => {
    const el = await mount<DvcFeePayment>(examples.review.render());
    await waitState(el, 'review');
    const { height, width } = payButton(el).getBoundingClientRect();
    expect(height).to.be.at.least(44);
    expect(width).to.be.at.least(44);
  });
});
