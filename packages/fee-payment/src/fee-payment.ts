import { html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DvcElement, formatDateTime, formatVnd, isBackendError, newIdempotencyKey, registerCatalogues } from '@dvc/core';
import type { Dossier, DvcBackend, Fee, FeeStatement, Payment, Unsubscribe } from '@dvc/core';
import { PaymentFailedEvent, PaymentStartedEvent, PaymentSucceededEvent } from './events.js';
import { parseVietQr } from './format/vietqr.js';
import { vi } from './i18n/vi.js';
import { AttemptStore } from './internal/attempt.js';
import type { Attempt } from './internal/attempt.js';
import { bankName } from './internal/banks.js';
import { formatCountdown, isOpen, minutesLeft, remainingMs, viewOfPayment } from './internal/payment-state.js';
import type { View } from './internal/payment-state.js';
import { pluginFor, getPaymentMethod } from './internal/registry.js';
import type { PaymentMethodContext } from './internal/registry.js';
import { styles } from './fee-payment.styles.js';

// English loads on first use: a Vietnamese page never downloads it.
registerCatalogues({ vi, en: () => import('./i18n/en.js').then((m) => m.en) });

/** The query parameter the server's return route adds (`dvc-payment=<id>`). */
export const PAYMENT_RETURN_PARAM = 'dvc-payment';

/**
 * Pays a dossier's fees online (level 4, "toàn trình") without ever charging twice: shows the itemised
 * fees the server computed (phí, lệ phí, reductions), offers the methods the backend allows (a redirect
 * gateway, a VietQR bank transfer) or explains how to pay at the counter (level 3), asks the citizen to
 * check what, how much and to whom before paying, then follows the payment until the server confirms
 * it and shows a printable e-receipt. One idempotency key per attempt, kept across reloads, Back and
 * the round trip to the gateway; the server answers a second attempt with the open payment.
 *
 * @tagname dvc-fee-payment
 * @summary Level-4 online fee payment (gateway, VietQR, counter) with an e-receipt; never charges twice.
 *
 * @slot counter - The agency's own counter details for paying in person (address, opening hours, map link).
 * @slot receipt-footer - Extra lines under the e-receipt (e.g. the agency's e-invoice lookup link).
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The heading of each screen (receives focus when the screen changes).
 * @csspart status - The live region that announces state changes.
 * @csspart fees - The table of fee items.
 * @csspart methods - The choice of payment method.
 * @csspart method - One method option.
 * @csspart review - The check-before-paying summary.
 * @csspart button - Every button and button-like link (also `pay`, `continue`, `check`, `retry`, `print`, `copy`, `next`, `change`).
 * @csspart countdown - Time left before the payment expires.
 * @csspart warning - The notice shown shortly before expiry.
 * @csspart qr - The VietQR code (SVG).
 * @csspart account - The bank account details for a manual transfer.
 * @csspart receipt - The e-receipt.
 * @csspart error - Error messages.
 * @csspart notice - Information notices (already paid, resumed payment, counter).
 *
 * @cssprop [--dvc-fee-payment-button-background-color=var(--dvc-color-brand)] - Background of the main buttons.
 * @cssprop [--dvc-fee-payment-qr-size=14rem] - Width and height of the QR code.
 * @cssprop [--dvc-fee-payment-receipt-border-color=var(--dvc-color-success)] - Accent border of the e-receipt.
 *
 * @cssstate loading - Fees or a payment are being fetched.
 * @cssstate choose - Choosing a method.
 * @cssstate review - Checking before paying.
 * @cssstate in-progress - A payment is open (redirect, QR shown, waiting for confirmation).
 * @cssstate success - Paid; the e-receipt is shown.
 * @cssstate failed - The payment failed.
 * @cssstate cancelled - The payment was cancelled.
 * @cssstate expired - The payment expired unpaid.
 * @cssstate counter - Only payment at the counter is possible (level 3).
 * @cssstate paid - Nothing left to pay; paid earlier (no receipt known on this device).
 * @cssstate nothing-due - The dossier has no fees.
 * @cssstate error - The fees could not be loaded (or no backend or code).
 * @cssstate busy - A request the citizen started is running (buttons disabled).
 * @cssstate expiring - The open payment expires soon.
 *
 * @fires {PaymentStartedEvent} dvc-payment-started - The server created the payment (or returned the open one). Cancelable: `preventDefault()` stops the redirect. `detail: { dossierCode, paymentId, method, amount, status }`.
 * @fires {PaymentSucceededEvent} dvc-payment-succeeded - The server confirmed the payment (once per payment). `detail: { …, receiptNumber, paidAt }`.
 * @fires {PaymentFailedEvent} dvc-payment-failed - The payment failed, was cancelled or expired, or could not be created. `detail: { …, reason }`.
 */
export class DvcFeePayment extends DvcElement {
  static override styles = [DvcElement.styles, styles];

  /** The dossier whose fees to pay, e.g. from the receipt's link (`?ma=`). */
  @property({ attribute: 'dossier-code' }) dossierCode?: string;

  /** The dossier's verification: the receipt's lookup code (or the applicant's phone number). */
  @property() verification?: string;

  /** Show this payment (e.g. the `dvc-payment` parameter the host read itself); the server's word decides its state. */
  @property({ attribute: 'payment-id' }) paymentId?: string;

  /** Preselect a method (`gateway`, `vietqr`, a plug-in's) and open on the review screen when it is offered. */
  @property() method?: string;

  /** Where the gateway sends the citizen back; default: this page's address. Must be an origin the server allows. */
  @property({ attribute: 'return-url' }) returnUrl?: string;

  /** Seconds between status checks while waiting when live updates are not available. */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 5;

  /** Seconds before expiry at which the citizen is warned (WCAG 2.2.1). */
  @property({ attribute: 'warn-before', type: Number }) warnBefore = 300;

  /** The level of the widget's heading in the page's outline (2–5); the receipt's is one below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  readonly #internals = this.attachInternals();
  readonly #attempts = new AttemptStore();
  #view: View = 'loading';
  #fees: FeeStatement | undefined;
  #dossier: Dossier | undefined;
  #payment: Payment | undefined;
  #choice: string | undefined;
  #busy = false;
  #error = '';
  #chooseError = false;
  #notice = '';
  #announce = '';
  #focus = false;
  #now = Date.now();
  #warned = '';
  #loadedFor: unknown[] = [];
  #generation = 0;
  #abort: AbortController | undefined;
  #tick: ReturnType<typeof setInterval> | undefined;
  #poll: ReturnType<typeof setTimeout> | undefined;
  #unsubscribe: Unsubscribe | undefined;
  #live = false;
  #refreshing = false;
  #qr: { payload: string; size: number; d: string } | undefined;
  /** The QR encoder's module, loaded when a VietQR transfer is first shown; `failed` when it did not download. */
  #qrModule: Promise<void> | undefined;
  #qrEncoder: typeof import('./internal/qr.js') | 'failed' | undefined;

  readonly #onPageShow = (event: PageTransitionEvent) => {
    // Back from the gateway may restore this page from the back/forward cache: ask the server again.
    if (event.persisted) this.#reload();
  };

  readonly #onVisible = () => {
    if (document.visibilityState === 'visible' && this.#payment && isOpen(this.#payment.status)) void this.#refresh();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pageshow', this.#onPageShow);
    document.addEventListener('visibilitychange', this.#onVisible);
    if (this.#payment && isOpen(this.#payment.status)) this.#watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pageshow', this.#onPageShow);
    document.removeEventListener('visibilitychange', this.#onVisible);
    this.#unwatch();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const inputs = [this.config.backend, this.dossierCode, this.verification, this.paymentId];
    if (this.isConnected && inputs.some((v, i) => v !== this.#loadedFor[i])) {
      this.#loadedFor = inputs;
      void this.#load();
    }
  }

  protected override updated(): void {
    const states = [this.#view, this.#busy ? 'busy' : '', this.#expiring ? 'expiring' : ''];
    for (const name of ['loading', 'choose', 'review', 'in-progress', 'success', 'failed', 'cancelled', 'expired', 'counter',
      'error', 'paid', 'nothing-due', 'busy', 'expiring']) {
      try {
        if (states.includes(name)) this.#internals.states.add(name);
        else this.#internals.states.delete(name);
      } catch {
        // CustomStateSet without plain names (older browsers): styling hooks only.
      }
    }
    if (this.#focus) {
      this.#focus = false;
      this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus();
    }
  }

  get #backend(): DvcBackend | undefined {
    return this.config.backend;
  }

  get #level(): number {
    return Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  get #code(): string {
    return this.dossierCode?.trim() ?? '';
  }

  get #expiring(): boolean {
    const p = this.#payment;
    return !!p && isOpen(p.status) && remainingMs(p.expiresAt, this.#now) <= this.warnBefore * 1000;
  }

  /** Changes screen; `focus` moves keyboard focus to the new heading (after a citizen's action). */
  #go(view: View, focus = true): void {
    if (view !== this.#view) this.#focus ||= focus;
    this.#view = view;
    const heading = this.#headingText();
    if (heading) this.#announce = heading;
    this.requestUpdate();
  }

  #reload(): void {
    this.#loadedFor = [];
    this.requestUpdate();
  }

  // ---- loading ---------------------------------------------------------------------------------------

  async #load(): Promise<void> {
    const generation = ++this.#generation;
    this.#abort?.abort();
    this.#unwatch();
    const backend = this.#backend;
    const code = this.#code;
    this.#payment = undefined;
    this.#error = '';
    if (!backend || !code) {
      this.#go('error', false);
      this.#error = backend ? 'payment.noCode' : 'config.noBackend';
      return;
    }
    this.#go('loading', false);
    const abort = (this.#abort = new AbortController());
    const signal = abort.signal;
    const verification = this.verification ?? '';
    const attempt = this.#attempts.get(code);
    const returned = this.#returnedId();
    const paymentId = this.paymentId ?? returned ?? attempt?.paymentId;
    try {
      const [fees, dossier, payment] = await Promise.all([
        backend.getFees(code, verification, { signal }),
        backend.getDossier(code, verification, { signal }).catch(() => undefined), // names only: optional
        paymentId
          ? backend.getPayment(paymentId, verification || undefined, { signal }).catch((error: unknown) => {
            if (isBackendError(error) && error.status === 404 && attempt?.paymentId === paymentId) this.#attempts.clear(code);
            return undefined;
          })
          : undefined,
      ]);
      if (generation !== this.#generation) return;
      this.#fees = fees;
      this.#dossier = dossier;
      if (returned) this.#forgetReturnParam();
      // A stored payment stays relevant unless the fees moved on: paid since (another device, the
      // officer), or new fees asked for after a success.
      const relevant = payment && payment.dossierCode === code
        && (isOpen(payment.status) || (payment.status === 'success' ? fees.due <= 0 : fees.due > 0));
      if (payment && relevant) {
        this.#show(payment, false);
        return;
      }
      if (payment && attempt?.paymentId === payment.id) this.#attempts.clear(code);
      this.#go(this.#entryView(fees), false);
    } catch (error) {
      if (generation !== this.#generation || signal.aborted) return;
      this.#error = isBackendError(error) ? error.messageKey : 'error.unknown';
      this.#go('error', false);
    }
  }

  #entryView(fees: FeeStatement): View {
    if (fees.due <= 0) return fees.paid > 0 ? 'paid' : 'nothing-due';
    const methods = fees.methods ?? [];
    if (!methods.length) return 'counter';
    if (this.#choice && !methods.includes(this.#choice as never)) this.#choice = undefined;
    if (this.method && methods.includes(this.method as never)) {
      this.#choice = this.method;
      return 'review';
    }
    if (methods.length === 1) this.#choice ??= methods[0];
    return 'choose';
  }

  #returnedId(): string | undefined {
    try {
      return new URL(location.href).searchParams.get(PAYMENT_RETURN_PARAM) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** Drops `dvc-payment` from the address bar once read: from now on the stored attempt is the reference. */
  #forgetReturnParam(): void {
    const url = new URL(location.href);
    url.searchParams.delete(PAYMENT_RETURN_PARAM);
    history.replaceState(history.state, '', url);
  }

  // ---- a payment ---------------------------------------------------------------------------------------

  /** Shows what the server says about a payment and fires the matching event once. */
  #show(payment: Payment, focus = true): void {
    const code = this.#code;
    const previous = this.#payment;
    this.#payment = payment;
    const stored = this.#attempts.get(code);
    const attempt: Attempt = {
      key: stored?.paymentId === payment.id || !stored?.paymentId ? stored?.key ?? '' : '',
      method: payment.method,
      paymentId: payment.id,
      ...(stored?.announced ? { announced: stored.announced } : {}),
    };
    const view = viewOfPayment(payment);
    if (isOpen(payment.status)) {
      this.#attempts.set(code, attempt);
      this.#watch();
    } else {
      this.#unwatch();
      if (attempt.announced !== payment.id) {
        this.#attempts.set(code, { ...attempt, announced: payment.id });
        this.#fire(payment);
      }
    }
    if (view !== this.#view || previous?.status !== payment.status) this.#go(view, focus);
    else this.requestUpdate();
  }

  #fire(p: Payment): void {
    const base = { dossierCode: p.dossierCode, paymentId: p.id, method: p.method, amount: p.amount, status: p.status };
    if (p.status === 'success') {
      this.dispatchEvent(new PaymentSucceededEvent({
        ...base, amount: p.amount, paymentId: p.id,
        ...(p.receiptNumber ? { receiptNumber: p.receiptNumber } : {}), ...(p.paidAt ? { paidAt: p.paidAt } : {}),
      }));
    } else {
      this.dispatchEvent(new PaymentFailedEvent({ ...base, ...(p.failureReason ? { reason: p.failureReason } : {}) }));
    }
  }

  async #pay(): Promise<void> {
    const backend = this.#backend;
    const method = this.#choice;
    if (this.#busy || !backend || !method) return; // a second click while the first is in flight does nothing
    this.#busy = true;
    this.#error = '';
    this.#announce = this.msg('payment.paying');
    this.requestUpdate();
    const code = this.#code;
    const stored = this.#attempts.get(code);
    // The same attempt (e.g. the page reloaded while creating) keeps its key, so the server replays it.
    const attempt: Attempt = stored && !stored.paymentId && stored.method === method ? stored : { key: newIdempotencyKey(), method };
    this.#attempts.set(code, attempt);
    try {
      const payment = await backend.createPayment(
        { dossierCode: code, method: method as Payment['method'], returnUrl: this.#returnTo() },
        attempt.key, this.verification || undefined);
      if (payment.dossierCode !== code) throw new Error('payment.error.mismatch');
      this.#attempts.set(code, { ...attempt, method: payment.method, paymentId: payment.id });
      this.#notice = payment.method !== method ? 'payment.resumed' : '';
      const proceed = this.dispatchEvent(new PaymentStartedEvent({
        dossierCode: code, paymentId: payment.id, method: payment.method, amount: payment.amount, status: payment.status,
      }));
      this.#show(payment);
      if (proceed && isOpen(payment.status)) await this.#start(payment);
    } catch (error) {
      if (isBackendError(error) && error.status === 409) {
        // paid meanwhile (another tab, the officer): show what the server now says
        this.#attempts.clear(code);
        this.#reload();
        return;
      }
      this.#error = isBackendError(error) ? error.messageKey : error instanceof Error && error.message.startsWith('payment.')
        ? error.message : 'error.unknown';
      this.#announce = `${this.msg('payment.error.create')} ${this.msg(this.#error)}`;
      this.dispatchEvent(new PaymentFailedEvent({
        dossierCode: code, method, status: 'error',
        reason: isBackendError(error) ? error.code ?? error.kind : 'unknown',
      }));
    } finally {
      this.#busy = false;
      this.requestUpdate();
    }
  }

  #context(payment: Payment): PaymentMethodContext {
    return {
      payment,
      lang: this.language,
      refresh: () => void this.#refresh(true),
      redirect: (url: string) => location.assign(url),
    };
  }

  async #start(payment: Payment): Promise<void> {
    const plugin = pluginFor(payment);
    if (plugin?.start) return plugin.start(this.#context(payment));
    if (payment.nextUrl && payment.method !== 'vietqr') {
      this.#announce = this.msg('payment.redirecting');
      this.requestUpdate();
      location.assign(payment.nextUrl);
    }
  }

  #returnTo(): string {
    if (this.returnUrl) return new URL(this.returnUrl, location.href).href;
    const url = new URL(location.href);
    url.searchParams.delete(PAYMENT_RETURN_PARAM);
    return url.href;
  }

  /**
   * Asks the server (which asks the provider) for the payment's status. A change the citizen did not ask
   * for (polling, live event) is announced but moves focus only if focus was inside the widget (the
   * button it was on may be gone).
   */
  async #refresh(asked = false): Promise<void> {
    const backend = this.#backend;
    const current = this.#payment;
    if (!backend || !current || this.#refreshing) return;
    this.#refreshing = true;
    try {
      const payment = await backend.getPayment(current.id, this.verification || undefined);
      // An answer that lands after the widget left the page is dropped: marking the outcome announced
      // there would keep the widget that takes its place (same dossier) from firing its event.
      if (this.isConnected && this.#payment?.id === payment.id) this.#show(payment, asked || !!this.shadowRoot?.activeElement);
    } catch {
      // offline or a hiccup: the next tick tries again; the screen keeps the last known state
    } finally {
      this.#refreshing = false;
    }
  }

  #watch(): void {
    const backend = this.#backend;
    const code = this.#code;
    if (!backend || !this.isConnected) return;
    if (!this.#tick) {
      this.#tick = setInterval(() => {
        this.#now = Date.now();
        const p = this.#payment;
        if (!p) return;
        const left = remainingMs(p.expiresAt, this.#now);
        if (left <= this.warnBefore * 1000 && this.#warned !== p.id && left > 0) {
          this.#warned = p.id;
          this.#announce = this.msg('payment.expiring', { minutes: minutesLeft(left) });
        }
        if (left === 0) void this.#refresh(); // the server marks it expired
        this.requestUpdate();
      }, 1000);
    }
    if (!this.#unsubscribe && this.verification) {
      this.#live = true;
      this.#unsubscribe = backend.subscribeDossierEvents(code, this.verification, {
        // a payment credited or any status change: ask the server about the payment
        onEvent: () => void this.#refresh(),
        onError: (_error, { willRetry }) => {
          this.#live = willRetry;
        },
      });
    }
    if (!this.#poll) {
      const next = () => {
        // polling is the fallback: slow while live updates arrive, every poll-interval otherwise
        const seconds = Math.max(1, this.pollInterval) * (this.#live ? 6 : 1);
        this.#poll = setTimeout(() => {
          void this.#refresh().then(() => {
            if (this.#poll) next();
          });
        }, seconds * 1000);
      };
      next();
    }
  }

  #unwatch(): void {
    clearInterval(this.#tick);
    clearTimeout(this.#poll);
    this.#tick = undefined;
    this.#poll = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #retry(): void {
    this.#attempts.clear(this.#code);
    this.#notice = '';
    this.#focus = true;
    this.paymentId = undefined;
    this.#reload();
  }

  async #copy(text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.#announce = this.msg('payment.copied', { what });
    } catch {
      this.#announce = '';
    }
    this.requestUpdate();
  }

  // ---- rendering ---------------------------------------------------------------------------------------

  #methodLabel(method: string): string {
    return getPaymentMethod(method)?.label?.[this.language] ?? this.msg(`paymentMethod.${method}`);
  }

  #headingText(): string {
    switch (this.#view) {
      case 'loading': return this.msg('payment.loading');
      case 'choose': return this.msg('payment.choose');
      case 'review': return this.msg('payment.review');
      case 'in-progress': return this.#payment?.method === 'vietqr' ? this.msg('payment.qr.title') : this.msg('payment.inProgress');
      case 'success': return this.msg('payment.success');
      case 'failed': return this.msg('paymentStatus.failed');
      case 'cancelled': return this.msg('paymentStatus.cancelled');
      case 'expired': return this.msg('paymentStatus.expired');
      case 'counter': return this.msg('payment.counter');
      case 'paid': return this.msg('paymentStatus.success');
      case 'nothing-due': return this.msg('payment.title');
      default: return this.msg('payment.title');
    }
  }

  override render(): TemplateResult {
    return html`<section part="base" aria-labelledby="heading" aria-busy=${this.#view === 'loading' ? 'true' : 'false'}>
      <div part="heading" id="heading" role="heading" aria-level=${this.#level} class=${this.#level > 2 ? 'h sub' : 'h'}
        tabindex="-1">${this.#headingText()}</div>
      ${this.#code && this.#view !== 'error' ? html`<p class="meta">${this.msg('payment.dossier', { code: this.#code })}</p>` : nothing}
      ${this.#body()}
      <p part="status" role="status" class="visually-hidden">${this.#announce}</p>
    </section>`;
  }

  #body(): unknown {
    switch (this.#view) {
      case 'loading': return html`<p>${this.msg('common.loading')}</p>`;
      case 'error': return this.#renderError();
      case 'nothing-due': return html`<p part="notice">${this.msg('payment.nothingDue')}</p>`;
      case 'paid': return this.#renderPaid();
      case 'counter': return this.#renderCounter();
      case 'choose': return this.#renderChoose();
      case 'review': return this.#renderReview();
      case 'in-progress': return this.#renderInProgress(this.#payment!);
      case 'success': return this.#renderReceipt(this.#payment!);
      default: return this.#renderEnded(this.#payment!);
    }
  }

  #renderError(): TemplateResult {
    const message = this.#error === 'config.noBackend' || this.#error === 'payment.noCode'
      ? this.msg(this.#error) : `${this.msg('payment.error.load')} ${this.msg(this.#error)}`;
    return html`<p part="error" role="alert">${message}</p>
      ${this.#error === 'config.noBackend' || this.#error === 'payment.noCode' ? nothing
        : html`<div class="row"><button part="button retry" type="button" @click=${() => this.#reload()}>${this.msg('common.retry')}</button></div>`}`;
  }

  #kind(fee: Fee): string {
    return fee.kind ? this.msg(`payment.kind.${fee.kind}`) : '';
  }

  #renderFees(fees: FeeStatement, showPaid = true): TemplateResult {
    const row = (label: string, amount: number, cls = '') =>
      html`<tr class=${cls}><th scope="row" colspan="2">${label}</th><td class="num">${formatVnd(amount)}</td></tr>`;
    return html`<table part="fees">
      <caption>${this.msg('payment.items')}</caption>
      <tbody>${fees.items.map((f) => html`<tr>
        <th scope="row">${f.name}${f.note ? html`<span class="note">${f.note}</span>` : nothing}</th>
        <td>${this.#kind(f)}</td>
        <td class="num">${f.kind === 'reduction' ? `−${formatVnd(f.amount)}` : formatVnd(f.amount)}</td></tr>`)}</tbody>
      <tfoot>${row(this.msg('payment.total'), fees.total)}
        ${showPaid && fees.paid > 0 ? row(this.msg('payment.paid'), fees.paid) : nothing}
        ${row(this.msg('payment.due'), fees.due, 'due')}</tfoot>
    </table>`;
  }

  #renderPaid(): TemplateResult {
    const fees = this.#fees!;
    return html`<p part="notice">${this.msg('payment.alreadyPaid', { amount: formatVnd(fees.paid) })}</p>
      <p>${this.msg('payment.receiptUnknown')}</p>${this.#renderFees(fees)}`;
  }

  #renderCounter(): TemplateResult {
    const fees = this.#fees!;
    const agency = this.#dossier?.agencyName;
    return html`${this.#renderFees(fees)}
      <div part="notice" class="counter">
        ${agency ? html`<p>${this.msg('payment.counterWhere', { agency })}</p>` : nothing}
        <p>${this.msg('payment.counterWhen')}</p>
        <p>${this.msg('payment.counterBring', { code: this.#code })}</p>
        <slot name="counter"></slot>
      </div>`;
  }

  #renderChoose(): TemplateResult {
    const fees = this.#fees!;
    const next = (event: Event) => {
      event.preventDefault();
      this.#chooseError = !this.#choice;
      if (this.#choice) this.#go('review');
      else this.requestUpdate();
    };
    return html`${this.#renderFees(fees)}
      <form @submit=${next} novalidate>
        <fieldset part="methods" aria-describedby=${this.#chooseError ? 'choose-error' : nothing}>
          <legend>${this.msg('payment.choose')}</legend>
          ${this.#chooseError ? html`<p part="error" id="choose-error">${this.msg('payment.chooseRequired')}</p>` : nothing}
          ${(fees.methods ?? []).map((m) => {
            const hint = getPaymentMethod(m)?.hint?.[this.language]
              ?? (m === 'gateway' || m === 'vietqr' ? this.msg(`payment.method.${m}.hint`) : '');
            return html`<label part="method">
              <input type="radio" name="method" .value=${m} .checked=${this.#choice === m}
                aria-describedby=${hint ? `hint-${m}` : nothing}
                @change=${() => { this.#choice = m; this.#chooseError = false; this.requestUpdate(); }}>
              <span><span class="label">${this.#methodLabel(m)}</span>
                ${hint ? html`<span class="note" id=${`hint-${m}`}>${hint}</span>` : nothing}</span>
            </label>`;
          })}
        </fieldset>
        <div class="row"><button part="button next" type="submit">${this.msg('common.next')}</button></div>
      </form>`;
  }

  #renderReview(): TemplateResult {
    const fees = this.#fees!;
    const d = this.#dossier;
    return html`<p>${this.msg('payment.reviewHint')}</p>
      <dl part="review">
        ${d ? html`<div><dt>${this.msg('payment.procedure')}</dt><dd>${d.procedure.name}</dd></div>` : nothing}
        <div><dt>${this.msg('common.dossierCode')}</dt><dd>${this.#code}</dd></div>
        ${d?.agencyName ? html`<div><dt>${this.msg('payment.payee')}</dt><dd>${d.agencyName}</dd></div>` : nothing}
        <div><dt>${this.msg('payment.method')}</dt><dd>${this.#methodLabel(this.#choice ?? '')}
          ${(fees.methods ?? []).length > 1
            ? html`<button part="button change" class="link" type="button" ?disabled=${this.#busy}
                @click=${() => this.#go('choose')}>${this.msg('common.change')}<span class="visually-hidden"> ${this.msg('payment.method')}</span></button>`
            : nothing}</dd></div>
        <div class="due"><dt>${this.msg('payment.due')}</dt><dd>${formatVnd(fees.due)}</dd></div>
      </dl>
      ${this.#renderFees(fees)}
      ${this.#error ? html`<p part="error" role="alert">${this.msg('payment.error.create')} ${this.msg(this.#error)}</p>` : nothing}
      <div class="row">
        <button part="button pay" type="button" ?disabled=${this.#busy} aria-disabled=${this.#busy ? 'true' : 'false'}
          @click=${() => void this.#pay()}>${this.#busy ? this.msg('payment.paying') : this.msg('payment.pay', { amount: formatVnd(fees.due) })}</button>
      </div>`;
  }

  #renderCountdown(p: Payment): TemplateResult {
    const left = remainingMs(p.expiresAt, this.#now);
    return html`<p part="countdown" role="timer">${this.msg('payment.countdown', { time: formatCountdown(left) })}
        <span class="meta">(${this.msg('payment.expiresAt', { time: formatDateTime(p.expiresAt) })})</span></p>
      ${this.#expiring ? html`<p part="warning">${this.msg('payment.expiring', { minutes: minutesLeft(left) })}</p>` : nothing}`;
  }

  #renderInProgress(p: Payment): TemplateResult {
    const plugin = pluginFor(p);
    const body = plugin?.render
      ? plugin.render(this.#context(p))
      : p.method === 'vietqr' ? this.#renderVietQr(p) : this.#renderGateway(p);
    return html`${this.#notice ? html`<p part="notice">${this.msg(this.#notice)}</p>` : nothing}
      ${body}
      ${this.#renderCountdown(p)}
      <div class="row">
        <button part="button check" type="button" class="secondary" @click=${() => void this.#refresh(true)}>${this.msg('payment.check')}</button>
      </div>`;
  }

  #renderGateway(p: Payment): TemplateResult {
    return html`<p>${this.msg('payment.inProgressGateway')}</p>
      <p><strong>${this.msg('payment.amount')}: ${formatVnd(p.amount)}</strong></p>
      ${p.nextUrl ? html`<div class="row"><a part="button continue" href=${p.nextUrl}>${this.msg('payment.continue')}</a></div>` : nothing}`;
  }

  /** Starts the encoder's download (once) and renders again when it is there. */
  #loadQrEncoder(): undefined {
    this.#qrModule ??= import('./internal/qr.js').then(
      (module) => { this.#qrEncoder = module; },
      () => { this.#qrEncoder = 'failed'; }, // the transfer details beside the code still let the citizen pay
    ).then(() => this.requestUpdate());
    return undefined;
  }

  /** Settles once a QR code waiting for its encoder is drawn too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#qrModule && !this.#qrEncoder) {
      await this.#qrModule;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #renderVietQr(p: Payment): TemplateResult {
    const q = p.vietqr;
    if (!q) return this.#renderGateway(p);
    const parsed = parseVietQr(q.payload);
    // Draw only a payload that checks out and says exactly what the server says: amount and dossier code.
    const ok = parsed?.valid && parsed.amount === p.amount && parsed.billNumber === p.dossierCode
      && parsed.accountNumber === q.accountNumber && parsed.bankBin === q.bankBin;
    const amount = formatVnd(p.amount);
    const copy = (value: string, label: string) => html`<button part="button copy" type="button" class="secondary small"
      @click=${() => void this.#copy(value, label)}>${this.msg('payment.copy', { what: label })}</button>`;
    let qr: TemplateResult = html`<p part="error">${this.msg('payment.qr.invalid')}</p>`;
    if (ok) {
      // encoded once per payload, not on every tick of the countdown
      const encoder = this.#qrEncoder ?? this.#loadQrEncoder();
      if (encoder === 'failed') {
        qr = html`<p part="error">${this.msg('payment.qr.unavailable')}</p>`;
      } else if (!encoder) {
        qr = html`<p class="qr-pending">${this.msg('common.loading')}</p>`;
      } else {
        // encoded once per payload, not on every tick of the countdown
        if (this.#qr?.payload !== q.payload) this.#qr = { payload: q.payload, ...encoder.qrPath(q.payload) };
        const { size, d } = this.#qr;
        const label = this.msg('payment.qr.label', { amount, account: `${q.accountNumber} ${bankName(q.bankBin)}`, content: p.dossierCode });
        qr = html`<svg part="qr" role="img" aria-label=${label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">
          ${svg`<rect width=${size} height=${size} fill="#fff"></rect><path d=${d} fill="#000"></path>`}</svg>`;
      }
    }
    return html`<div class="qr-layout">
      ${qr}
      <div>
        <p>${this.msg('payment.qr.manual')}</p>
        <dl part="account">
          <div><dt>${this.msg('payment.bank')}</dt><dd>${bankName(q.bankBin)}</dd></div>
          <div><dt>${this.msg('payment.accountNumber')}</dt><dd><span class="mono">${q.accountNumber}</span>
            ${copy(q.accountNumber, this.msg('payment.accountNumber').toLowerCase())}</dd></div>
          <div><dt>${this.msg('payment.accountName')}</dt><dd>${q.accountName}</dd></div>
          <div><dt>${this.msg('payment.amount')}</dt><dd><strong>${amount}</strong> ${copy(String(p.amount), this.msg('payment.amount').toLowerCase())}</dd></div>
          <div><dt>${this.msg('payment.content')}</dt><dd><span class="mono">${p.dossierCode}</span>
            ${copy(p.dossierCode, this.msg('payment.content').toLowerCase())}<span class="note">${this.msg('payment.contentHint')}</span></dd></div>
        </dl>
      </div>
    </div>
    <p class="waiting">${this.msg('payment.waiting')}</p>`;
  }

  #renderReceipt(p: Payment): TemplateResult {
    const d = this.#dossier;
    const paidAt = p.paidAt ?? p.updatedAt;
    return html`<section part="receipt" aria-labelledby="receipt-title">
        <div class="h sub" role="heading" aria-level=${this.#level + 1} id="receipt-title">${this.msg('payment.receipt')}</div>
        <dl>
          ${p.receiptNumber ? html`<div><dt>${this.msg('payment.receiptNumber')}</dt><dd class="mono">${p.receiptNumber}</dd></div>` : nothing}
          <div><dt>${this.msg('common.dossierCode')}</dt><dd class="mono">${p.dossierCode}</dd></div>
          ${d ? html`<div><dt>${this.msg('payment.procedure')}</dt><dd>${d.procedure.name}</dd></div>` : nothing}
          ${d?.agencyName ? html`<div><dt>${this.msg('payment.payee')}</dt><dd>${d.agencyName}</dd></div>` : nothing}
          <div class="due"><dt>${this.msg('payment.amount')}</dt><dd>${formatVnd(p.amount)}</dd></div>
          <div><dt>${this.msg('payment.method')}</dt><dd>${this.#methodLabel(p.method)}</dd></div>
          ${paidAt ? html`<div><dt>${this.msg('payment.paidAt')}</dt><dd><time datetime=${paidAt}>${formatDateTime(paidAt)}</time></dd></div>` : nothing}
          <div><dt>${this.msg('payment.transaction')}</dt><dd class="mono">${p.id}</dd></div>
        </dl>
        <slot name="receipt-footer"></slot>
      </section>
      <div class="row"><button part="button print" type="button" class="secondary" @click=${() => print()}>${this.msg('payment.print')}</button></div>`;
  }

  #renderEnded(p: Payment): TemplateResult {
    const text = this.#view === 'cancelled' ? 'payment.cancelled' : this.#view === 'expired' ? 'payment.expired' : 'payment.failed';
    const reason = p.failureReason && `payment.failedReason.${p.failureReason}` in vi ? this.msg(`payment.failedReason.${p.failureReason}`) : '';
    return html`<p part=${this.#view === 'cancelled' ? 'notice' : 'error'}>${this.msg(text)}${reason ? html` ${reason}` : nothing}</p>
      <div class="row"><button part="button retry" type="button" @click=${() => this.#retry()}>${this.msg('payment.retry')}</button></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-fee-payment': DvcFeePayment;
  }
}
