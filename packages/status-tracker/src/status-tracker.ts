import { adoptStyles, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { BackendError, DvcElement, defaultDossierCodePattern, formatDateTime, isBackendError, registerCatalogues } from '@dvc/core';
import type { Dossier, DvcBackend, WorkingCalendar } from '@dvc/core';
import type { DossierView, TrackerViewHost } from './dossier-view.js';
import { DossierLoadedEvent, DossierUpdatedEvent } from './events.js';
import { vi } from './i18n/vi.js';
import type { LiveDossier, LiveState } from './internal/live.js';
import { isDossierCode, readLookup, toPattern } from './internal/lookup.js';
import type { DetectorCtor } from './internal/scan.js';
import { styles } from './status-tracker.styles.js';

// English loads on first use: a Vietnamese page never downloads it.
registerCatalogues({ vi, en: () => import('./i18n/en.js').then((m) => m.en) });


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
  #focusOnError = true;
  #scanning = false;
  #stream: MediaStream | undefined;
  #view: DossierView | undefined;
  #viewModule: Promise<typeof import('./dossier-view.js')> | undefined;

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
    if (changed.has('dossier') && this.dossier && !this.#view) {
      void this.#loadView().catch(() => this.#fail(this.msg('error.network')));
    }
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
      overdue: !!this.dossier && !!this.#view?.overdue(this.dossier),
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

  /** Settles once the dossier view, when a dossier waits for it, has loaded and rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.dossier && !this.#view && this.#viewModule) {
      await this.#viewModule.catch(() => undefined);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The dossier view's code (a chunk of its own); a failed download is tried again next time. */
  #loadView(): Promise<typeof import('./dossier-view.js')> {
    this.#viewModule ??= import('./dossier-view.js').then((module) => {
      const { elementStyles } = this.constructor as typeof DvcStatusTracker;
      adoptStyles(this.renderRoot as ShadowRoot, [...elementStyles, module.dossierStyles]);
      this.#view = new module.DossierView(this.#viewHost());
      this.requestUpdate();
      return module;
    }, (error: unknown) => {
      this.#viewModule = undefined;
      throw error;
    });
    return this.#viewModule;
  }

  #viewHost(): TrackerViewHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- getters below read this element's private state
    const tracker = this;
    return {
      element: this,
      get backend() { return tracker.#backend; },
      get verification() { return tracker.#verification; },
      get offline() { return tracker.#offline; },
      get savedAt() { return tracker.#savedAt; },
      get liveState() { return tracker.#liveState; },
      msg: (key, params) => this.msg(key, params),
      heading: (text, extra, id) => this.#h(text, extra, id),
      say: (text) => this.#say(text),
      show: (dossier, live) => this.#show(dossier, live),
      emit: (event) => this.#emit(event),
    };
  }

  /** Every event goes out here (named in the class's @fires; the manifest needs no second entry). */
  #emit(event: Event): void {
    this.dispatchEvent(event);
  }

  get #backend(): DvcBackend | undefined {
    return this.config.backend;
  }

  #h(text: string, extra: number, id: string): TemplateResult {
    return html`<div class="h" role="heading" aria-level=${this.headingLevel + extra} id=${id}>${text}</div>`;
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
    const view = this.#loadView(); // downloads while the request runs
    try {
      const dossier = await backend.getDossier(code, this.#verification, { signal: abort.signal });
      const { LiveDossier } = await view.catch((cause: unknown) => {
        throw new BackendError('the tracker\'s dossier view did not download', { kind: 'network', cause });
      });
      if (abort.signal.aborted) return;
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
      this.#view?.statusChanged();
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
    let raw: string | undefined;
    try {
      const { readCode } = await import('./internal/scan.js');
      raw = await readCode(video, Ctor, () => this.#scanning);
    } catch {
      this.#stopScan(); // the scanning code did not download: typing still works
      return this.#fail(this.msg('tracker.scanFailed'));
    }
    if (raw === undefined) return;
    const found = readLookup(raw);
    this.#stopScan();
    this.#code = found.code;
    if (found.verification) this.#verification = found.verification;
    if (this.#verification) void this.#open(found.code, this.#verification);
    else this.#fail(this.msg('tracker.needVerification'));
  }

  #stopScan(): void {
    this.#scanning = false;
    this.#stream?.getTracks().forEach((t) => t.stop());
    this.#stream = undefined;
    this.requestUpdate();
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    return html`<div part="base">
      ${this.#renderLookup()}
      ${this.dossier
        ? this.#view?.render(this.dossier) ?? html`<p part="hint" aria-busy="true">${this.msg('tracker.loading')}</p>`
        : nothing}
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
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-status-tracker': DvcStatusTracker;
  }
}
