import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  DvcElement, defaultDossierCodePattern, formatDate, formatDateTime, formatVnd, isBackendError, newIdempotencyKey,
  registerCatalogues, toIsoDateInVietnam,
} from '@dvc/core';
import type { BackendError, Dossier, DvcBackend, HistoryEntry, Rating, WorkingCalendar } from '@dvc/core';
import { DossierLoadedEvent, DossierUpdatedEvent, RatingSubmittedEvent, SupplementSubmittedEvent } from './events.js';
import { vi } from './i18n/vi.js';
import { apology, deadline, holder, isActive, latest } from './internal/dossier.js';
import { LiveDossier } from './internal/live.js';
import type { LiveState } from './internal/live.js';
import { isDossierCode, readLookup, toPattern } from './internal/lookup.js';
import { styles } from './status-tracker.styles.js';

// English loads on first use: a Vietnamese page never downloads it.
registerCatalogues({ vi, en: () => import('./i18n/en.js').then((m) => m.en) });

/** What `BarcodeDetector` offers (not yet in TypeScript's DOM types). */
interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
type DetectorCtor = new (options: { formats: string[] }) => Detector;

const CACHE = 'dvc-status-tracker:';

/**
 * Follows a dossier from submission to the result in the citizen's hands: look it up by code and
 * verification (typed, pasted, scanned with the camera or a handheld scanner, or preset from the
 * receipt's link), see its status, the department holding it, the days left, every step with dates,
 * and act when the agency asks: send supplementary documents, pay, download the result, rate the service.
 * Updates live (Server-Sent Events, polling when they fail); offline, the last known state stays.
 *
 * @tagname dvc-status-tracker
 * @summary Looks a dossier up and follows it live until the result is delivered.
 *
 * @slot payment - What to show when fees are due and `<dvc-fee-payment>` is not loaded and no `payment-url` is set (e.g. the portal's own payment link).
 * @slot pickup - Extra pickup details for results collected at the counter (address, opening hours).
 *
 * @csspart base - The wrapper of everything.
 * @csspart lookup - The lookup form.
 * @csspart input - The code and verification inputs.
 * @csspart hint - Help texts under inputs.
 * @csspart error - Error messages.
 * @csspart button - Every button and button-like link (also `lookup`, `scan`, `pay`, `download`, `send`).
 * @csspart dossier - The dossier once found.
 * @csspart status - The current status in words.
 * @csspart summary - The list of the dossier's facts.
 * @csspart next - What happens next, or why the dossier stopped.
 * @csspart deadline - Working days left, overdue, paused or on time (also a `notice`).
 * @csspart notice - Offline (`offline`), stale-updates (`stale`), deadline and apology (`apology`) notices.
 * @csspart action - A panel where the citizen acts (supplement, fee, result; `rating` for the rating).
 * @csspart timeline - The list of steps (form 05).
 * @csspart step - One step of the timeline.
 *
 * @cssprop [--dvc-status-tracker-button-background-color=var(--dvc-color-brand)] - Background of the main buttons.
 * @cssprop [--dvc-status-tracker-step-marker-color=var(--dvc-color-success)] - Marker of the completed steps.
 *
 * @cssstate loading - A lookup is running.
 * @cssstate loaded - A dossier is shown.
 * @cssstate live - Live updates arrive by Server-Sent Events.
 * @cssstate polling - Live updates fell back to polling.
 * @cssstate offline - The browser is offline; the last known state is shown.
 * @cssstate overdue - The dossier is past its appointment date.
 *
 * @fires {DossierLoadedEvent} dvc-dossier-loaded - A lookup found the dossier. `detail: { code, status }`.
 * @fires {DossierUpdatedEvent} dvc-dossier-updated - The status changed while open. `detail: { code, status, previousStatus }`.
 * @fires {SupplementSubmittedEvent} dvc-supplement-submitted - The requested documents were sent. `detail: { code, attachments }`.
 * @fires {RatingSubmittedEvent} dvc-rating-submitted - The satisfaction rating was saved. `detail: { code, rating }`.
 */
export class DvcStatusTracker extends DvcElement {
  static override styles = [DvcElement.styles, styles];

  /** The dossier code to open, e.g. from the receipt's link (`?ma=`). */
  @property({ attribute: 'dossier-code' }) dossierCode?: string;

  /** The verification factor to open it with: the receipt's lookup code or the applicant's phone number. */
  @property() verification?: string;

  /**
   * Where to pay when `<dvc-fee-payment>` is not loaded: a URL template, `{code}` and `{verification}`
   * filled in (URL-encoded), e.g. `/thanh-toan.html?ma={code}&xac-thuc={verification}`.
   */
  @property({ attribute: 'payment-url' }) paymentUrl?: string;

  /** The accepted dossier codes, as a regular expression's source; default: core's `defaultDossierCodePattern`. */
  @property({ attribute: 'code-pattern' }) codePattern?: string;

  /** Seconds between two checks while live updates are down. */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 30;

  /** The level of the tracker's headings (the sections' are one deeper). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Public holidays and swapped days for counting working days; default: core's `vietnamPublicHolidays`. */
  @property({ attribute: false }) calendar?: WorkingCalendar;

  /** The dossier shown. Set it to show a dossier the page already has; a lookup replaces it. */
  @property({ attribute: false }) dossier?: Dossier;

  readonly #internals = this.attachInternals();
  #code = '';
  #verification = '';
  #error = '';
  #codeInvalid = false;
  #busy = false;
  #announce = '';
  #live: LiveDossier | undefined;
  #liveState: LiveState = 'stopped';
  #offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  #savedAt: string | undefined;
  #abort: AbortController | undefined;
  #supplementKey: string | undefined;
  readonly #uploaded = new WeakMap<Blob, string>();
  #progress = '';
  #percent = -1;
  #actionError = '';
  #ratingBusy = false;
  #focusOnError = true;
  #ratingError = '';
  #scanning = false;
  #stream: MediaStream | undefined;
  #fee: HTMLElement | undefined;

  readonly #onOnline = () => {
    this.#offline = false;
    this.requestUpdate();
    if (this.dossier && this.#live) {
      this.#live.start(this.dossier);
      void this.#live.refresh(); // what happened while offline
    } else if (this.dossier && this.#verification) {
      void this.#open(this.#code, this.#verification, false); // shown from the cache: look it up for real
    }
  };

  readonly #onOffline = () => {
    this.#offline = true;
    this.#live?.stop();
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.#onOnline);
    addEventListener('offline', this.#onOffline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.#onOnline);
    removeEventListener('offline', this.#onOffline);
    this.#live?.stop();
    this.#abort?.abort();
    this.#stopScan();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('dossierCode') || changed.has('verification')) {
      this.#code = this.dossierCode ?? this.#code;
      this.#verification = this.verification ?? this.#verification;
      if (this.dossierCode && this.verification) void this.#open(this.dossierCode, this.verification, false);
    }
  }

  protected override updated(): void {
    const states: Record<string, boolean> = {
      loading: this.#busy,
      loaded: !!this.dossier,
      live: this.#liveState === 'live',
      polling: this.#liveState === 'polling' || this.#liveState === 'reconnecting',
      offline: this.#offline,
      overdue: !!this.dossier && deadline(this.dossier, toIsoDateInVietnam(), this.calendar)?.kind === 'overdue',
    };
    for (const [name, on] of Object.entries(states)) {
      try {
        if (on) this.#internals.states.add(name);
        else this.#internals.states.delete(name);
      } catch {
        // CustomStateSet without plain names (older browsers): styling hooks only, nothing breaks.
      }
    }
  }

  /** Every event goes out here (named in the class's @fires; the manifest needs no second entry). */
  #emit(event: Event): void {
    this.dispatchEvent(event);
  }

  get #backend(): DvcBackend | undefined {
    return this.config.backend;
  }

  #h(text: string, extra = 0, id?: string): TemplateResult {
    return html`<div class="h" role="heading" aria-level=${this.headingLevel + extra} id=${ifDefined(id)}>${text}</div>`;
  }

  #say(text: string): void {
    // Re-announce the same text too: empty the region first, then fill it on the next frame.
    this.#announce = '';
    this.requestUpdate();
    setTimeout(() => {
      this.#announce = text;
      this.requestUpdate();
    }, 50);
  }

  // ——— lookup ———

  /** Looks a dossier up; `byUser` (the form, a scan) moves focus to the field to fix on failure, a preset does not. */
  async #open(rawCode: string, verification: string, byUser = true): Promise<void> {
    const { code } = readLookup(rawCode);
    this.#error = '';
    this.#focusOnError = byUser;
    this.#codeInvalid = !isDossierCode(code, toPattern(this.codePattern) ?? defaultDossierCodePattern);
    if (this.#codeInvalid) return this.#fail(this.msg('tracker.badCode'));
    if (!verification.trim()) return this.#fail(this.msg('tracker.needVerification'));
    const backend = this.#backend;
    if (!backend) return this.#fail(this.msg('config.noBackend'));
    this.#live?.stop();
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#code = code;
    this.#verification = verification.trim();
    this.#busy = true;
    this.requestUpdate();
    this.#say(this.msg('tracker.loading'));
    try {
      const dossier = await backend.getDossier(code, this.#verification, { signal: abort.signal });
      this.#offline = navigator.onLine === false;
      this.#show(dossier, false);
      this.#emit(new DossierLoadedEvent({ code: dossier.code, status: dossier.status }));
      this.#say(`${this.msg(`status.${dossier.status}`)}. ${dossier.procedure.name}`);
      this.#live = new LiveDossier({
        backend, code, verification: this.#verification, pollMs: this.pollInterval * 1000,
        onDossier: (d) => this.#show(d, true),
        onState: (state) => {
          this.#liveState = state;
          this.requestUpdate();
        },
      });
      if (!this.#offline) this.#live.start(dossier);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#failLookup(error, code);
    } finally {
      if (!abort.signal.aborted) this.#busy = false;
      this.requestUpdate();
    }
  }

  #fail(text: string): void {
    this.#error = text;
    this.requestUpdate();
    if (this.#focusOnError) void this.updateComplete.then(() => {
      const input = this.renderRoot.querySelector<HTMLInputElement>(this.#codeInvalid ? '#code' : '#verification');
      input?.focus();
    });
  }

  #failLookup(error: unknown, code: string): void {
    const e = isBackendError(error) ? error : undefined;
    if (e && (e.status === 403 || e.status === 404)) {
      // The same words for an unknown code and a wrong verification: nothing to learn by guessing.
      this.dossier = undefined;
      return this.#fail(this.msg('tracker.noMatch'));
    }
    if (e?.status === 429) {
      const seconds = e.retryAfter ?? 60;
      const time = formatDateTime(Date.now() + seconds * 1000).slice(-5);
      return this.#fail(this.msg('tracker.rateLimitedAt', { seconds, time }));
    }
    if (e && (e.kind === 'network' || e.kind === 'timeout')) {
      const cached = this.#cached(code);
      if (cached) {
        this.#offline = true;
        this.#savedAt = cached.at;
        this.dossier = cached.dossier;
        return;
      }
    }
    this.#fail(this.msg(e?.messageKey ?? 'error.unknown'));
  }

  #show(dossier: Dossier, live: boolean): void {
    const previous = this.dossier;
    this.dossier = dossier;
    this.#savedAt = new Date().toISOString();
    try {
      sessionStorage.setItem(CACHE + dossier.code, JSON.stringify({ dossier, at: this.#savedAt }));
    } catch {
      // storage full or forbidden: only the offline fallback is lost
    }
    if (live && previous && previous.status !== dossier.status) {
      this.#supplementKey = undefined;
      this.#say(this.msg('tracker.changed', { status: this.msg(`status.${dossier.status}`) }));
      this.#emit(new DossierUpdatedEvent({ code: dossier.code, status: dossier.status, previousStatus: previous.status }));
    }
  }

  #cached(code: string): { dossier: Dossier; at: string } | undefined {
    try {
      const raw = sessionStorage.getItem(CACHE + code);
      return raw ? (JSON.parse(raw) as { dossier: Dossier; at: string }) : undefined;
    } catch {
      return undefined;
    }
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const found = readLookup((form.elements.namedItem('code') as HTMLInputElement).value);
    const verification = found.verification ?? (form.elements.namedItem('verification') as HTMLInputElement).value;
    this.#code = found.code;
    this.#verification = verification;
    void this.#open(found.code, verification);
  }

  // ——— camera scan ———

  get #detector(): DetectorCtor | undefined {
    return (globalThis as { BarcodeDetector?: DetectorCtor }).BarcodeDetector;
  }

  async #scan(): Promise<void> {
    const Ctor = this.#detector!;
    try {
      this.#stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    } catch {
      return this.#fail(this.msg('tracker.scanFailed'));
    }
    this.#scanning = true;
    this.requestUpdate();
    await this.updateComplete;
    const video = this.renderRoot.querySelector('video')!;
    video.srcObject = this.#stream;
    await video.play().catch(() => undefined);
    const detector = new Ctor({ formats: ['qr_code', 'code_128', 'code_39', 'data_matrix'] });
    while (this.#scanning) {
      const codes = await detector.detect(video).catch(() => []);
      if (codes.length) {
        const found = readLookup(codes[0].rawValue);
        this.#stopScan();
        this.#code = found.code;
        if (found.verification) this.#verification = found.verification;
        if (this.#verification) void this.#open(found.code, this.#verification);
        else this.#fail(this.msg('tracker.needVerification'));
        return;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  #stopScan(): void {
    this.#scanning = false;
    this.#stream?.getTracks().forEach((t) => t.stop());
    this.#stream = undefined;
    this.requestUpdate();
  }

  // ——— supplement (form 02) ———

  async #sendSupplement(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const files = [...((form.elements.namedItem('files') as HTMLInputElement).files ?? [])];
    const note = (form.elements.namedItem('note') as HTMLTextAreaElement).value.trim();
    const backend = this.#backend;
    if (!files.length || !backend || !this.dossier) return this.#actionFail(this.msg('tracker.noFiles'));
    this.#actionError = '';
    this.#busy = true;
    const code = this.dossier.code;
    try {
      const ids: string[] = [];
      for (const file of files) {
        let id = this.#uploaded.get(file);
        if (!id) {
          this.#progressOf(file.name, 0);
          id = (await backend.uploadFile(file, {
            onProgress: ({ loaded, total }) => this.#progressOf(file.name, total ? loaded / total : 0),
          })).id;
          this.#uploaded.set(file, id);
        }
        ids.push(id);
      }
      // One key per supplement: a retry after a lost answer never hands the documents in twice.
      this.#supplementKey ??= newIdempotencyKey();
      const dossier = await backend.submitSupplement(
        code, this.#verification, { attachments: ids, ...(note ? { note } : {}) }, this.#supplementKey);
      this.#supplementKey = undefined;
      this.#progress = '';
      this.#show(dossier, false);
      this.#say(this.msg('tracker.supplementSent'));
      this.#emit(new SupplementSubmittedEvent({ code, attachments: ids }));
    } catch (error) {
      this.#progress = '';
      this.#actionFail(this.msg(isBackendError(error) ? (error as BackendError).messageKey : 'error.unknown'));
    } finally {
      this.#busy = false;
      this.requestUpdate();
    }
  }

  #progressOf(name: string, fraction: number): void {
    this.#percent = Math.round(fraction * 100);
    this.#progress = this.msg('tracker.uploading', { name, percent: this.#percent });
    this.requestUpdate();
  }

  #actionFail(text: string): void {
    this.#actionError = text;
    this.requestUpdate();
    this.#say(text);
  }

  // ——— rating ———

  #ratingFail(text: string): void {
    this.#ratingError = text;
    this.requestUpdate();
    this.#say(text);
  }

  async #rate(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.#ratingBusy || !this.dossier || this.dossier.rating) return;
    const data = new FormData(event.target as HTMLFormElement);
    const int = (name: string) => (data.get(name) ? Number(data.get(name)) : undefined);
    const overall = int('overall');
    if (!overall) return this.#ratingFail(this.msg('tracker.needOverall'));
    const rating: Rating = { overall };
    const attitude = int('attitude');
    const contacts = int('contacts');
    const agencies = int('agencies');
    const comment = String(data.get('comment') ?? '').trim();
    if (attitude) rating.attitude = attitude;
    if (data.get('onTime')) rating.onTime = data.get('onTime') === 'yes';
    if (contacts !== undefined) rating.contacts = contacts;
    if (agencies !== undefined) rating.agencies = agencies;
    if (comment) rating.comment = comment;
    this.#ratingBusy = true;
    this.#ratingError = '';
    this.requestUpdate();
    const code = this.dossier.code;
    try {
      const saved = await this.#backend!.rateDossier(code, this.#verification, rating);
      this.dossier = { ...this.dossier, rating: saved };
      this.#say(this.msg('tracker.ratingSent', { n: saved.overall }));
      this.#emit(new RatingSubmittedEvent({ code, rating: saved }));
    } catch (error) {
      this.#ratingFail(this.msg(isBackendError(error) ? (error as BackendError).messageKey : 'error.unknown'));
    } finally {
      this.#ratingBusy = false;
      this.requestUpdate();
    }
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    return html`<div part="base">
      ${this.#renderLookup()}
      ${this.dossier ? this.#renderDossier(this.dossier) : nothing}
      <div role="status" class="visually-hidden">${this.#announce}</div>
    </div>`;
  }

  #renderLookup(): TemplateResult {
    const canScan = !!this.#detector && !!globalThis.navigator?.mediaDevices;
    const invalid = !!this.#error;
    return html`<form part="lookup" novalidate @submit=${this.#submit} aria-labelledby="title" aria-busy=${this.#busy}>
      ${this.#h(this.msg('tracker.title'), 0, 'title')}
      <label for="code">${this.msg('tracker.code')}</label>
      <p part="hint" id="code-hint">${this.msg('tracker.codeHint')}</p>
      <input part="input" id="code" name="code" .value=${this.#code} autocomplete="off" autocapitalize="characters"
        spellcheck="false" aria-describedby="code-hint${this.#codeInvalid ? ' error' : ''}"
        aria-invalid=${this.#codeInvalid && invalid}>
      <label for="verification">${this.msg('tracker.verification')}</label>
      <p part="hint" id="verification-hint">${this.msg('tracker.verificationHint')}</p>
      <input part="input" id="verification" name="verification" .value=${this.#verification} autocomplete="off"
        spellcheck="false" aria-describedby="verification-hint${!this.#codeInvalid && invalid ? ' error' : ''}"
        aria-invalid=${!this.#codeInvalid && invalid}>
      ${this.#error ? html`<p part="error" id="error" role="alert">${this.#error}</p>` : nothing}
      <div class="row">
        <button part="button lookup" type="submit" ?disabled=${this.#busy}>${this.msg('tracker.lookup')}</button>
        ${canScan
          ? html`<button part="button scan" class="secondary" type="button"
              @click=${() => (this.#scanning ? this.#stopScan() : void this.#scan())}>
              ${this.msg(this.#scanning ? 'tracker.scanStop' : 'tracker.scan')}</button>`
          : nothing}
      </div>
      ${canScan ? nothing : html`<p part="hint">${this.msg('tracker.scanUnavailable')}</p>`}
      ${this.#scanning
        ? html`<p part="hint">${this.msg('tracker.scanHelp')}</p><video muted playsinline aria-hidden="true"></video>`
        : nothing}
    </form>`;
  }

  #renderDossier(d: Dossier): TemplateResult {
    const due = deadline(d, toIsoDateInVietnam(), this.calendar);
    const now = holder(d);
    const sorry = apology(d);
    const reason = latest(d, (h) => h.status === d.status)?.note ?? '';
    const next = [1, 2, 3, 4, 7, 8].includes(d.status) ? this.msg(`tracker.next.${d.status}`, { reason }) : '';
    return html`<section part="dossier" aria-labelledby="status">
      <div part="status" class="h" role="heading" aria-level=${this.headingLevel} id="status" data-status=${d.status}>
        ${this.msg(`status.${d.status}`)}</div>
      ${this.#offline
        ? html`<p part="notice offline" class="warn">${this.msg('tracker.offline', { time: formatDateTime(this.#savedAt ?? Date.now()) })}</p>`
        : this.#liveState === 'polling'
          ? html`<p part="notice stale" class="warn">${this.msg('tracker.stale', { seconds: this.pollInterval })}</p>`
          : nothing}
      ${next ? html`<p part="next">${next}</p>` : nothing}
      ${due
        ? html`<p part="notice deadline" class=${due.kind === 'overdue' || due.kind === 'late' ? 'bad' : due.kind === 'paused' ? 'warn' : 'ok'}>
            ${this.msg(`tracker.${due.kind === 'left' ? 'daysLeft' : due.kind === 'today' ? 'dueToday' : due.kind}`, 'days' in due ? { days: due.days } : undefined)}</p>`
        : nothing}
      <dl part="summary">
        ${this.#fact('common.dossierCode', d.code)}
        ${this.#fact('tracker.procedure', d.procedure.name)}
        ${this.#fact('tracker.applicant', d.applicantName)}
        ${this.#fact('tracker.agency', d.agencyName)}
        ${this.#fact('tracker.received', formatDate(d.receivedAt))}
        ${this.#fact('tracker.appointment', formatDate(d.appointmentDate))}
        ${this.#fact('tracker.holder', isActive(d.status) ? now : undefined)}
        ${this.#fact('tracker.channel', this.msg(`resultChannel.${d.resultChannel}`))}
      </dl>
      ${sorry && isActive(d.status) ? this.#renderApology(sorry) : nothing}
      ${this.#renderAction(d)}
      <section aria-labelledby="timeline">
        ${this.#h(this.msg('tracker.timeline'), 1, 'timeline')}
        <ol part="timeline">
          ${d.history.map((h, i) => html`<li part="step" aria-current=${ifDefined(i === d.history.length - 1 ? 'step' : undefined)}>
            <time datetime=${h.at}>${formatDateTime(h.at)}</time>
            <div>${this.msg(`status.${h.status}`)} · ${h.department}</div>
            ${h.note ? html`<div class="meta">${h.note}</div>` : nothing}
            ${h.newAppointmentDate ? html`<div class="meta">${this.msg('tracker.appointment')}: ${formatDate(h.newAppointmentDate)}</div>` : nothing}
          </li>`)}
        </ol>
      </section>
    </section>`;
  }

  #fact(key: string, value: string | undefined): TemplateResult | typeof nothing {
    return value ? html`<dt>${this.msg(key)}</dt><dd>${value}</dd>` : nothing;
  }

  #renderApology(h: HistoryEntry): TemplateResult {
    return html`<section part="notice apology" class="warn" aria-labelledby="apology">
      ${this.#h(this.msg('tracker.apology'), 1, 'apology')}
      <p>${this.msg('tracker.apologyText', {
        date: formatDate(h.at), department: h.department, reason: h.note ?? '', newDate: formatDate(h.newAppointmentDate ?? ''),
      })}</p>
    </section>`;
  }

  #panel(title: string, body: unknown, tone = 'warn'): TemplateResult {
    return html`<section part="action" class=${tone} aria-labelledby="action">
      ${this.#h(title, 1, 'action')}
      ${body}
      ${this.#actionError ? html`<p part="error" role="alert">${this.#actionError}</p>` : nothing}
    </section>`;
  }

  #renderAction(d: Dossier): TemplateResult | typeof nothing {
    switch (d.status) {
      case 5: return this.#panel(this.msg('tracker.supplement'), this.#renderSupplement(d));
      case 6: return this.#panel(this.msg('tracker.fee'), this.#renderFee(d));
      case 9: case 10: return html`${this.#panel(this.msg('tracker.result'), this.#renderResult(d), 'ok')}${this.#renderRating(d)}`;
      default: return nothing;
    }
  }

  #renderSupplement(d: Dossier): TemplateResult {
    const request = d.supplementRequest;
    return html`${request
      ? html`<p>${this.msg('tracker.supplementReason', { date: formatDate(request.requestedAt), reason: request.reason })}</p>`
      : nothing}
      <form novalidate @submit=${this.#sendSupplement}>
        <label for="files">${this.msg('tracker.files')}</label>
        <p part="hint" id="files-hint">${this.msg('tracker.filesHint')}</p>
        <input part="input" id="files" name="files" type="file" multiple aria-describedby="files-hint"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png">
        <label for="note">${this.msg('tracker.note')}</label>
        <textarea part="input" id="note" name="note" rows="3" maxlength="2000"></textarea>
        ${this.#progress
          ? html`<progress max="100" value=${this.#percent} aria-label=${this.#progress}></progress><p part="hint">${this.#progress}</p>`
          : nothing}
        <div class="row"><button part="button send" type="submit" ?disabled=${this.#busy}>${this.msg('tracker.sendSupplement')}</button></div>
      </form>`;
  }

  #renderFee(d: Dossier): TemplateResult {
    const due = d.feesDue ? html`<p>${this.msg('tracker.feeDue', { amount: formatVnd(d.feesDue) })}</p>` : nothing;
    if (customElements.get('dvc-fee-payment')) {
      // Created by hand: the fee-payment package is optional, so its tag is not known at build time.
      const fee = (this.#fee ??= document.createElement('dvc-fee-payment'));
      fee.setAttribute('dossier-code', d.code);
      fee.setAttribute('verification', this.#verification);
      // Under the panel's heading, and on the same backend when this tracker was given its own.
      fee.setAttribute('heading-level', String(this.headingLevel + 2));
      if (this.backend) Object.assign(fee, { backend: this.backend });
      else if (this.baseUrl) fee.setAttribute('base-url', this.baseUrl);
      return html`${fee}`; // it itemises the fees itself
    }
    const fill = (s: string) => encodeURIComponent(s);
    const href = this.paymentUrl?.replace('{code}', fill(d.code)).replace('{verification}', fill(this.#verification));
    return html`${due}<slot name="payment">${href
      ? html`<div class="row"><a part="button pay" href=${href}>${this.msg('tracker.pay')}</a></div>`
      : html`<p>${this.msg('tracker.payOffline')}</p>`}</slot>`;
  }

  #renderResult(d: Dossier): TemplateResult {
    const delivered = d.status === 10 && d.deliveredAt ? html`<p>${this.msg('tracker.delivered', { date: formatDate(d.deliveredAt) })}</p>` : nothing;
    if (d.resultChannel === 'online') {
      return html`${delivered}${d.resultAvailable && this.#backend
        ? html`<div class="row"><a part="button download" href=${this.#backend.resultUrl(d.code, this.#verification)} download
            target="_blank" rel="noopener">${this.msg('tracker.download')}</a></div>`
        : nothing}`;
    }
    if (d.resultChannel === 'post') {
      const note = latest(d, (h) => h.action === 'deliver')?.note;
      return html`<p>${this.msg('tracker.post')}</p>${delivered}${note ? html`<p>${this.msg('tracker.postTracking', { note })}</p>` : nothing}`;
    }
    return html`${delivered}<p>${this.msg('tracker.counter', { agency: d.agencyName ?? '' })}</p><slot name="pickup"></slot>`;
  }

  #renderRating(d: Dossier): TemplateResult {
    if (d.rating) {
      return html`<section part="action rating" class="ok" aria-labelledby="rating">
        ${this.#h(this.msg('tracker.rating'), 1, 'rating')}
        <p>${this.msg('tracker.ratingSent', { n: d.rating.overall })}</p></section>`;
    }
    const scale = (name: string, legend: string) => html`<fieldset>
      <legend>${legend}</legend>
      <div class="choices">${[1, 2, 3, 4, 5].map((n) => html`<label>
        <input type="radio" name=${name} value=${n}>${this.msg('tracker.star', { n })}</label>`)}</div>
    </fieldset>`;
    return html`<section part="action rating" class="ok" aria-labelledby="rating">
      ${this.#h(this.msg('tracker.rating'), 1, 'rating')}
      <form novalidate @submit=${this.#rate}>
        ${scale('overall', this.msg('tracker.overall'))}
        <fieldset>
          <legend>${this.msg('tracker.onTimeQ')}</legend>
          <div class="choices">
            <label><input type="radio" name="onTime" value="yes">${this.msg('tracker.yes')}</label>
            <label><input type="radio" name="onTime" value="no">${this.msg('tracker.no')}</label>
          </div>
        </fieldset>
        ${scale('attitude', this.msg('tracker.attitude'))}
        <label for="contacts">${this.msg('tracker.contacts')}</label>
        <input part="input" id="contacts" name="contacts" type="number" inputmode="numeric" min="0" max="20">
        <label for="agencies">${this.msg('tracker.agencies')}</label>
        <input part="input" id="agencies" name="agencies" type="number" inputmode="numeric" min="0" max="20">
        <label for="comment">${this.msg('tracker.comment')}</label>
        <textarea part="input" id="comment" name="comment" rows="3" maxlength="2000"></textarea>
        ${this.#ratingError ? html`<p part="error" role="alert">${this.#ratingError}</p>` : nothing}
        <div class="row"><button part="button send" type="submit" ?disabled=${this.#ratingBusy}>${this.msg('tracker.sendRating')}</button></div>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-status-tracker': DvcStatusTracker;
  }
}
