import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DvcElement, formatDate, formatVnd } from '@dvc/core';
import type { BackendError } from '@dvc/core';
import type { DvcBackend, Fee, ProcedureChannel, ProcedureDetail } from '@dvc/core';
import { DvcProcedureSelectedEvent } from './events.js';
import { registerFinderMessages } from './i18n/index.js';
import type { FinderMessageKey } from './i18n/index.js';
import { setStates, skeleton, toBackendError } from './shared.js';
import { sharedStyles } from './shared.styles.js';
import { detailStyles } from './procedure-detail.styles.js';

/** Fills `{code}` in an apply-URL template (the code URL-encoded). */
export function applyUrlFor(template: string | undefined, code: string): string | null {
  return template ? template.replaceAll('{code}', encodeURIComponent(code)) : null;
}

/**
 * Everything a citizen needs to know about one procedure before applying (Decree 63/2010 Art. 8): the
 * online class in plain words, steps, each channel's processing time and fees, the documents grouped
 * by case with their templates and number of copies, who may apply, the agency, the result, the
 * conditions and the legal basis; then "Nộp hồ sơ trực tuyến", or for a procedure that cannot be
 * applied for online (old level 2), how to apply in person or by post.
 *
 * @tagname dvc-procedure-detail
 * @summary A procedure's page: what to prepare, how long, how much, and the way to apply.
 *
 * @fires {DvcProcedureSelectedEvent} dvc-procedure-selected - "Nộp hồ sơ trực tuyến" was pressed; cancelable: `preventDefault()` stops the navigation to `apply-url`. `detail`: `{ code, name, onlineClasses, applyUrl }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The procedure's name.
 * @csspart facts - Code, field, agency and level.
 * @csspart online-class - The online class explained.
 * @csspart apply - The box with the apply action, or how to apply offline.
 * @csspart apply-button - "Nộp hồ sơ trực tuyến" (a link when `apply-url` is set, else a button).
 * @csspart offline - How to apply when the procedure is not online (old level 2).
 * @csspart section - Each section (steps, channels, documents, …).
 * @csspart channels - The table of channels, times and fees.
 * @csspart documents - The documents, one table per case.
 * @csspart template - A template download link.
 * @csspart status - The loading text.
 * @csspart error - The error notice.
 * @csspart retry - The retry button.
 *
 * @cssprop [--dvc-procedure-detail-class-color=var(--dvc-color-success)] - Edge colour of the online-class notice.
 *
 * @cssstate loading - The procedure is being fetched.
 * @cssstate error - It could not be fetched.
 * @cssstate offline - The procedure cannot be applied for online.
 */
export class DvcProcedureDetail extends DvcElement {
  static override styles = [DvcElement.styles, sharedStyles, detailStyles];

  /** The procedure's national code (opaque text), e.g. `1.001193`; the element fetches the rest. */
  @property({ reflect: true }) code?: string;

  /** Where "Nộp hồ sơ trực tuyến" leads, `{code}` replaced, e.g. `/nop-ho-so?thu-tuc={code}`. */
  @property({ attribute: 'apply-url' }) applyUrl?: string;

  /** The procedure itself, when the host already has it (no request is made while it matches `code`). */
  @property({ attribute: false }) procedure?: ProcedureDetail;

  @state() private loaded?: ProcedureDetail;
  @state() private failure?: BackendError;
  @state() private loading = false;

  readonly #internals = this.attachInternals();
  #abort?: AbortController;
  #backend?: DvcBackend;
  /** focus() came before the procedure had loaded: focus its name once it shows. */
  #focusPending = false;

  constructor() {
    super();
    registerFinderMessages();
  }

  /** Focuses the procedure's name (the finder does this when it opens the page). */
  override focus(options?: FocusOptions): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('h2');
    this.#focusPending = !heading;
    (heading ?? this.renderRoot.querySelector<HTMLElement>('[part~="status"]'))?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#abort = undefined;
    this.#backend = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const backend = this.config.backend;
    if (changed.has('code') || changed.has('procedure') || backend !== this.#backend || (!this.#abort && !this.current && !this.failure)) {
      this.#backend = backend;
      this.#load();
    }
  }

  protected override updated(): void {
    setStates(this.#internals, {
      loading: this.loading,
      error: !!this.failure,
      offline: !!this.current && !this.current.onlineClasses.length,
    });
    if (this.#focusPending && (this.current || this.failure)) {
      this.#focusPending = false;
      this.renderRoot.querySelector<HTMLElement>('h2, [part~="retry"]')?.focus();
    }
  }

  private get current(): ProcedureDetail | undefined {
    if (this.procedure && this.procedure.code === (this.code ?? this.procedure.code)) return this.procedure;
    return this.loaded?.code === this.code ? this.loaded : undefined;
  }

  #load(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.failure = undefined;
    const code = this.code;
    const backend = this.#backend;
    if (!code || !backend || this.current) {
      this.loading = false;
      return;
    }
    const abort = (this.#abort = new AbortController());
    this.loading = true;
    backend.getProcedure(code, { signal: abort.signal }).then(
      (procedure) => {
        if (abort.signal.aborted) return;
        this.loaded = procedure;
        this.loading = false;
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        this.failure = toBackendError(error);
        this.loading = false;
      },
    );
  }

  #t(key: FinderMessageKey, params?: Record<string, string | number>): string {
    return this.msg(key, params);
  }

  protected override render(): TemplateResult {
    const p = this.current;
    if (p) return this.#renderProcedure(p);
    if (this.failure) {
      return html`<div part="base error" class="notice error" role="alert">
        <p><strong>${this.#t('detail.error')}</strong> ${this.msg(this.failure.messageKey)}</p>
        <button part="retry" class="button" type="button" @click=${() => this.#load()}>${this.msg('common.retry')}</button>
      </div>`;
    }
    if (!this.code) return html`<p part="base status">${this.#t('detail.noCode')}</p>`;
    if (!this.config.backend) return html`<p part="base status">${this.msg('config.noBackend')}</p>`;
    return html`<div part="base" aria-busy="true">
      <p part="status" role="status" tabindex="-1">${this.#t('detail.loading')}</p>
      ${skeleton([70, 50, 90, 80])}
    </div>`;
  }

  #renderProcedure(p: ProcedureDetail): TemplateResult {
    const classes = p.onlineClasses;
    return html`<article part="base" aria-labelledby="name">
      <header>
        <h2 id="name" part="heading" tabindex="-1">${p.name}</h2>
        <dl class="facts" part="facts">
          <dt>${this.#t('detail.code')}</dt><dd>${p.code}</dd>
          <dt>${this.#t('detail.field')}</dt><dd>${p.field.name}</dd>
          <dt>${this.#t('detail.agency')}</dt><dd>${p.agency.name}</dd>
        </dl>
        ${p.description ? html`<p>${p.description}</p>` : nothing}
      </header>
      <section part="online-class" class="notice" aria-labelledby="class">
        <h3 id="class">${this.#t('detail.onlineClass')}</h3>
        ${classes.length
          ? classes.map((c) => html`<p>${this.#t(`detail.explain.${c}`)}</p>`)
          : html`<p>${this.#t('detail.explain.none')}</p>`}
      </section>
      ${classes.length ? this.#renderApply(p) : this.#renderOffline(p)}
      ${this.#section('steps', 'detail.steps', p.steps.length
        ? html`<ol class="steps">${p.steps.map((s) => html`<li>${s}</li>`)}</ol>` : this.#none())}
      ${this.#section('channels', 'detail.channels', this.#renderChannels(p.channels))}
      ${this.#section('documents', 'detail.documents', this.#renderDocuments(p))}
      ${this.#list('applicants', 'detail.applicants', p.applicants)}
      ${this.#list('results', 'detail.results', p.results)}
      ${this.#list('conditions', 'detail.conditions', p.conditions)}
      ${classes.length && p.resultChannels.length
        ? this.#list('result-channels', 'detail.resultChannels', p.resultChannels.map((c) => this.msg(`resultChannel.${c}`)))
        : nothing}
      ${p.paymentMethods.length
        ? this.#list('payment-methods', 'detail.paymentMethods', p.paymentMethods.map((m) => this.msg(`paymentMethod.${m}`)))
        : nothing}
      ${this.#section('legal-basis', 'detail.legalBasis', p.legalBasis.length
        ? html`<ul class="plain">${p.legalBasis.map((l) => html`<li>${this.#t('detail.legal', { number: l.number, title: l.title })}${
          l.issuedDate ? html` <span class="muted">(${formatDate(l.issuedDate)})</span>` : nothing}</li>`)}</ul>`
        : this.#none())}
      ${p.updatedAt ? html`<p class="muted">${this.#t('detail.updated', { date: formatDate(p.updatedAt) })}</p>` : nothing}
    </article>`;
  }

  #none(): TemplateResult {
    return html`<p>${this.#t('detail.none')}</p>`;
  }

  #section(id: string, title: FinderMessageKey, body: TemplateResult): TemplateResult {
    return html`<section part="section ${id}" aria-labelledby=${id}>
      <h3 id=${id}>${this.#t(title)}</h3>
      ${body}
    </section>`;
  }

  #list(id: string, title: FinderMessageKey, items: readonly string[]): TemplateResult {
    return this.#section(id, title, items.length
      ? html`<ul class="plain">${items.map((i) => html`<li>${i}</li>`)}</ul>` : this.#none());
  }

  #renderApply(p: ProcedureDetail): TemplateResult {
    const url = applyUrlFor(this.applyUrl, p.code);
    const label = this.#t('detail.apply');
    return html`<div part="apply">${url
      ? html`<a part="apply-button" class="button primary" href=${url} @click=${(e: Event) => this.#select(e, p, url)}>${label}</a>`
      : html`<button part="apply-button" class="button primary" type="button" @click=${(e: Event) => this.#select(e, p, null)}>${label}</button>`}
    </div>`;
  }

  #select(event: Event, p: ProcedureDetail, applyUrl: string | null): void {
    const selected = new DvcProcedureSelectedEvent({ code: p.code, name: p.name, onlineClasses: [...p.onlineClasses], applyUrl });
    // the link navigates by itself unless the host cancels
    if (!this.dispatchEvent(selected)) event.preventDefault();
  }

  #renderOffline(p: ProcedureDetail): TemplateResult {
    const channels = p.channels.filter((c) => c.channel !== 'online');
    return html`<section part="apply offline" class="notice" aria-labelledby="offline">
      <h3 id="offline">${this.#t('detail.offline.title')}</h3>
      <p>${this.#t('detail.offline.intro')}</p>
      <ul>${channels.map((c) => html`<li><strong>${this.msg(`channel.${c.channel}`)}</strong>${c.description ? html`: ${c.description}` : nothing}</li>`)}</ul>
      <p>${this.#t('detail.offline.agency', { agency: p.agency.name })}</p>
    </section>`;
  }

  #renderChannels(channels: readonly ProcedureChannel[]): TemplateResult {
    if (!channels.length) return this.#none();
    const [way, time, fees] = [this.#t('detail.channel'), this.#t('detail.processingTime'), this.#t('detail.fees')];
    return html`<table part="channels">
      <thead><tr><th scope="col">${way}</th><th scope="col">${time}</th><th scope="col">${fees}</th></tr></thead>
      <tbody>${channels.map((c) => html`<tr>
        <th scope="row">${this.msg(`channel.${c.channel}`)}${c.description ? html`<br><span class="muted">${c.description}</span>` : nothing}</th>
        <td data-label=${time}>${this.msg(`duration.${c.processingTime.unit}`, { value: c.processingTime.value })}${
          c.processingTime.note ? html`<br><span class="muted">${c.processingTime.note}</span>` : nothing}</td>
        <td data-label=${fees}>${c.fees.length ? c.fees.map((f) => this.#renderFee(f)) : this.msg('fee.none')}</td>
      </tr>`)}</tbody>
    </table>`;
  }

  #renderFee(fee: Fee): TemplateResult {
    return html`<p>${fee.name}: <strong>${fee.amount ? formatVnd(fee.amount) : this.msg('fee.none')}</strong>${
      fee.note ? html`<br><span class="muted">${fee.note}</span>` : nothing}</p>`;
  }

  #renderDocuments(p: ProcedureDetail): TemplateResult {
    if (!p.documentGroups.length) return this.#none();
    const [doc, qty] = [this.#t('detail.document'), this.#t('detail.quantity')];
    return html`${p.documentGroups.map((g) => html`<table part="documents">
      <caption>${g.case}</caption>
      <thead><tr><th scope="col">${doc}</th><th scope="col">${qty}</th></tr></thead>
      <tbody>${g.documents.map((d) => html`<tr>
        <td>${d.name}${d.note ? html`<br><span class="muted">${d.note}</span>` : nothing}${d.templateUrl
          ? html`<br><a part="template" class="template" href=${d.templateUrl} download>${this.#t('detail.template', { name: d.templateName ?? d.name })}</a>`
          : nothing}</td>
        <td data-label=${qty}>${[
          d.originals ? this.#t('detail.originals', { count: d.originals }) : '',
          d.copies ? this.#t('detail.copies', { count: d.copies }) : '',
        ].filter(Boolean).join(', ')}</td>
      </tr>`)}</tbody>
    </table>`)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-procedure-detail': DvcProcedureDetail;
  }
}
