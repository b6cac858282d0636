// The tracker's view of a found dossier: status, deadline, facts, timeline, and the panels where the
// citizen acts (supplement, fee, result, rating), with their texts and live updates. It downloads when
// a lookup starts, alongside the request, so a page that only shows the lookup form never loads it.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  formatDate, formatDateTime, formatVnd, isBackendError, newIdempotencyKey, registerCatalogues, toIsoDateInVietnam,
} from '@dvc/core';
import type { BackendError, Dossier, DvcBackend, HistoryEntry, MessageParams, Rating } from '@dvc/core';
import { RatingSubmittedEvent, SupplementSubmittedEvent } from './events.js';
import { dossierVi } from './i18n/dossier-vi.js';
import { apology, deadline, holder, isActive, latest } from './internal/dossier.js';
import type { LiveState } from './internal/live.js';
import type { DvcStatusTracker } from './status-tracker.js';

export { LiveDossier } from './internal/live.js';
export { dossierStyles } from './dossier-view.styles.js';

registerCatalogues({ vi: dossierVi, en: () => import('./i18n/dossier-en.js').then((m) => m.dossierEn) });

/** What the view reads from and does through its tracker (whose own state stays private). */
export interface TrackerViewHost {
  readonly element: DvcStatusTracker;
  readonly backend: DvcBackend | undefined;
  readonly verification: string;
  readonly offline: boolean;
  readonly savedAt: string | undefined;
  readonly liveState: LiveState;
  msg(key: string, params?: MessageParams): string;
  heading(text: string, extra: number, id: string): TemplateResult;
  say(text: string): void;
  show(dossier: Dossier, live: boolean): void;
  emit(event: Event): void;
}

export class DossierView {
  readonly #host: TrackerViewHost;
  readonly #uploaded = new WeakMap<Blob, string>();
  #supplementKey: string | undefined;
  #sending = false;
  #progress = '';
  #percent = -1;
  #actionError = '';
  #ratingBusy = false;
  #ratingError = '';
  #fee: HTMLElement | undefined;

  constructor(host: TrackerViewHost) {
    this.#host = host;
  }

  /** Whether `dossier` is past its appointment date (the tracker's `overdue` state). */
  overdue(dossier: Dossier): boolean {
    return deadline(dossier, toIsoDateInVietnam(), this.#host.element.calendar)?.kind === 'overdue';
  }

  /** The dossier moved on: a new supplement request needs a new idempotency key. */
  statusChanged(): void {
    this.#supplementKey = undefined;
  }

  #msg(key: string, params?: MessageParams): string {
    return this.#host.msg(key, params);
  }

  #update(): void {
    this.#host.element.requestUpdate();
  }

  // ——— supplement (form 02) ———

  async #sendSupplement(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const files = [...((form.elements.namedItem('files') as HTMLInputElement).files ?? [])];
    const note = (form.elements.namedItem('note') as HTMLTextAreaElement).value.trim();
    const { backend, element } = this.#host;
    if (!files.length || !backend || !element.dossier) return this.#actionFail(this.#msg('tracker.noFiles'));
    this.#actionError = '';
    this.#sending = true;
    const code = element.dossier.code;
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
        code, this.#host.verification, { attachments: ids, ...(note ? { note } : {}) }, this.#supplementKey);
      this.#supplementKey = undefined;
      this.#progress = '';
      this.#host.show(dossier, false);
      this.#host.say(this.#msg('tracker.supplementSent'));
      this.#host.emit(new SupplementSubmittedEvent({ code, attachments: ids }));
    } catch (error) {
      this.#progress = '';
      this.#actionFail(this.#msg(isBackendError(error) ? (error as BackendError).messageKey : 'error.unknown'));
    } finally {
      this.#sending = false;
      this.#update();
    }
  }

  #progressOf(name: string, fraction: number): void {
    this.#percent = Math.round(fraction * 100);
    this.#progress = this.#msg('tracker.uploading', { name, percent: this.#percent });
    this.#update();
  }

  #actionFail(text: string): void {
    this.#actionError = text;
    this.#update();
    this.#host.say(text);
  }

  // ——— rating ———

  #ratingFail(text: string): void {
    this.#ratingError = text;
    this.#update();
    this.#host.say(text);
  }

  async #rate(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { element } = this.#host;
    if (this.#ratingBusy || !element.dossier || element.dossier.rating) return;
    const data = new FormData(event.target as HTMLFormElement);
    const int = (name: string) => (data.get(name) ? Number(data.get(name)) : undefined);
    const overall = int('overall');
    if (!overall) return this.#ratingFail(this.#msg('tracker.needOverall'));
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
    this.#update();
    const code = element.dossier.code;
    try {
      const saved = await this.#host.backend!.rateDossier(code, this.#host.verification, rating);
      element.dossier = { ...element.dossier, rating: saved };
      this.#host.say(this.#msg('tracker.ratingSent', { n: saved.overall }));
      this.#host.emit(new RatingSubmittedEvent({ code, rating: saved }));
    } catch (error) {
      this.#ratingFail(this.#msg(isBackendError(error) ? (error as BackendError).messageKey : 'error.unknown'));
    } finally {
      this.#ratingBusy = false;
      this.#update();
    }
  }

  // ——— rendering ———

  render(d: Dossier): TemplateResult {
    const { element, offline, liveState } = this.#host;
    const level = element.headingLevel;
    const due = deadline(d, toIsoDateInVietnam(), element.calendar);
    const now = holder(d);
    const sorry = apology(d);
    const reason = latest(d, (h) => h.status === d.status)?.note ?? '';
    const next = [1, 2, 3, 4, 7, 8].includes(d.status) ? this.#msg(`tracker.next.${d.status}`, { reason }) : '';
    return html`<section part="dossier" aria-labelledby="status">
      <div part="status" class="h" role="heading" aria-level=${level} id="status" data-status=${d.status}>
        ${this.#msg(`status.${d.status}`)}</div>
      ${offline
        ? html`<p part="notice offline" class="warn">${this.#msg('tracker.offline', { time: formatDateTime(this.#host.savedAt ?? Date.now()) })}</p>`
        : liveState === 'polling'
          ? html`<p part="notice stale" class="warn">${this.#msg('tracker.stale', { seconds: element.pollInterval })}</p>`
          : nothing}
      ${next ? html`<p part="next">${next}</p>` : nothing}
      ${due
        ? html`<p part="notice deadline" class=${due.kind === 'overdue' || due.kind === 'late' ? 'bad' : due.kind === 'paused' ? 'warn' : 'ok'}>
            ${this.#msg(`tracker.${due.kind === 'left' ? 'daysLeft' : due.kind === 'today' ? 'dueToday' : due.kind}`, 'days' in due ? { days: due.days } : undefined)}</p>`
        : nothing}
      <dl part="summary">
        ${this.#fact('common.dossierCode', d.code)}
        ${this.#fact('tracker.procedure', d.procedure.name)}
        ${this.#fact('tracker.applicant', d.applicantName)}
        ${this.#fact('tracker.agency', d.agencyName)}
        ${this.#fact('tracker.received', formatDate(d.receivedAt))}
        ${this.#fact('tracker.appointment', formatDate(d.appointmentDate))}
        ${this.#fact('tracker.holder', isActive(d.status) ? now : undefined)}
        ${this.#fact('tracker.channel', this.#msg(`resultChannel.${d.resultChannel}`))}
      </dl>
      ${sorry && isActive(d.status) ? this.#renderApology(sorry) : nothing}
      ${this.#renderAction(d)}
      <section aria-labelledby="timeline">
        ${this.#host.heading(this.#msg('tracker.timeline'), 1, 'timeline')}
        <ol part="timeline">
          ${d.history.map((h, i) => html`<li part="step" aria-current=${ifDefined(i === d.history.length - 1 ? 'step' : undefined)}>
            <time datetime=${h.at}>${formatDateTime(h.at)}</time>
            <div>${this.#msg(`status.${h.status}`)} · ${h.department}</div>
            ${h.note ? html`<div class="meta">${h.note}</div>` : nothing}
            ${h.newAppointmentDate ? html`<div class="meta">${this.#msg('tracker.appointment')}: ${formatDate(h.newAppointmentDate)}</div>` : nothing}
          </li>`)}
        </ol>
      </section>
    </section>`;
  }

  #fact(key: string, value: string | undefined): TemplateResult | typeof nothing {
    return value ? html`<dt>${this.#msg(key)}</dt><dd>${value}</dd>` : nothing;
  }

  #renderApology(h: HistoryEntry): TemplateResult {
    return html`<section part="notice apology" class="warn" aria-labelledby="apology">
      ${this.#host.heading(this.#msg('tracker.apology'), 1, 'apology')}
      <p>${this.#msg('tracker.apologyText', {
        date: formatDate(h.at), department: h.department, reason: h.note ?? '', newDate: formatDate(h.newAppointmentDate ?? ''),
      })}</p>
    </section>`;
  }

  #panel(title: string, body: unknown, tone = 'warn'): TemplateResult {
    return html`<section part="action" class=${tone} aria-labelledby="action">
      ${this.#host.heading(title, 1, 'action')}
      ${body}
      ${this.#actionError ? html`<p part="error" role="alert">${this.#actionError}</p>` : nothing}
    </section>`;
  }

  #renderAction(d: Dossier): TemplateResult | typeof nothing {
    switch (d.status) {
      case 5: return this.#panel(this.#msg('tracker.supplement'), this.#renderSupplement(d));
      case 6: return this.#panel(this.#msg('tracker.fee'), this.#renderFee(d));
      case 9: case 10: return html`${this.#panel(this.#msg('tracker.result'), this.#renderResult(d), 'ok')}${this.#renderRating(d)}`;
      default: return nothing;
    }
  }

  #renderSupplement(d: Dossier): TemplateResult {
    const request = d.supplementRequest;
    return html`${request
      ? html`<p>${this.#msg('tracker.supplementReason', { date: formatDate(request.requestedAt), reason: request.reason })}</p>`
      : nothing}
      <form novalidate @submit=${(e: SubmitEvent) => this.#sendSupplement(e)}>
        <label for="files">${this.#msg('tracker.files')}</label>
        <p part="hint" id="files-hint">${this.#msg('tracker.filesHint')}</p>
        <input part="input" id="files" name="files" type="file" multiple aria-describedby="files-hint"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png">
        <label for="note">${this.#msg('tracker.note')}</label>
        <textarea part="input" id="note" name="note" rows="3" maxlength="2000"></textarea>
        ${this.#progress
          ? html`<progress max="100" value=${this.#percent} aria-label=${this.#progress}></progress><p part="hint">${this.#progress}</p>`
          : nothing}
        <div class="row"><button part="button send" type="submit" ?disabled=${this.#sending}>${this.#msg('tracker.sendSupplement')}</button></div>
      </form>`;
  }

  #renderFee(d: Dossier): TemplateResult {
    const { element, verification } = this.#host;
    const due = d.feesDue ? html`<p>${this.#msg('tracker.feeDue', { amount: formatVnd(d.feesDue) })}</p>` : nothing;
    if (customElements.get('dvc-fee-payment')) {
      // Created by hand: the fee-payment package is optional, so its tag is not known at build time.
      const fee = (this.#fee ??= document.createElement('dvc-fee-payment'));
      fee.setAttribute('dossier-code', d.code);
      fee.setAttribute('verification', verification);
      // Under the panel's heading, and on the same backend when this tracker was given its own.
      fee.setAttribute('heading-level', String(element.headingLevel + 2));
      if (element.backend) Object.assign(fee, { backend: element.backend });
      else if (element.baseUrl) fee.setAttribute('base-url', element.baseUrl);
      return html`${fee}`; // it itemises the fees itself
    }
    const fill = (s: string) => encodeURIComponent(s);
    const href = element.paymentUrl?.replace('{code}', fill(d.code)).replace('{verification}', fill(verification));
    return html`${due}<slot name="payment">${href
      ? html`<div class="row"><a part="button pay" href=${href}>${this.#msg('tracker.pay')}</a></div>`
      : html`<p>${this.#msg('tracker.payOffline')}</p>`}</slot>`;
  }

  #renderResult(d: Dossier): TemplateResult {
    const delivered = d.status === 10 && d.deliveredAt ? html`<p>${this.#msg('tracker.delivered', { date: formatDate(d.deliveredAt) })}</p>` : nothing;
    if (d.resultChannel === 'online') {
      const { backend } = this.#host;
      return html`${delivered}${d.resultAvailable && backend
        ? html`<div class="row"><a part="button download" href=${backend.resultUrl(d.code, this.#host.verification)} download
            target="_blank" rel="noopener">${this.#msg('tracker.download')}</a></div>`
        : nothing}`;
    }
    if (d.resultChannel === 'post') {
      const note = latest(d, (h) => h.action === 'deliver')?.note;
      return html`<p>${this.#msg('tracker.post')}</p>${delivered}${note ? html`<p>${this.#msg('tracker.postTracking', { note })}</p>` : nothing}`;
    }
    return html`${delivered}<p>${this.#msg('tracker.counter', { agency: d.agencyName ?? '' })}</p><slot name="pickup"></slot>`;
  }

  #renderRating(d: Dossier): TemplateResult {
    if (d.rating) {
      return html`<section part="action rating" class="ok" aria-labelledby="rating">
        ${this.#host.heading(this.#msg('tracker.rating'), 1, 'rating')}
        <p>${this.#msg('tracker.ratingSent', { n: d.rating.overall })}</p></section>`;
    }
    const scale = (name: string, legend: string) => html`<fieldset>
      <legend>${legend}</legend>
      <div class="choices">${[1, 2, 3, 4, 5].map((n) => html`<label>
        <input type="radio" name=${name} value=${n}>${this.#msg('tracker.star', { n })}</label>`)}</div>
    </fieldset>`;
    return html`<section part="action rating" class="ok" aria-labelledby="rating">
      ${this.#host.heading(this.#msg('tracker.rating'), 1, 'rating')}
      <form novalidate @submit=${(e: SubmitEvent) => this.#rate(e)}>
        ${scale('overall', this.#msg('tracker.overall'))}
        <fieldset>
          <legend>${this.#msg('tracker.onTimeQ')}</legend>
          <div class="choices">
            <label><input type="radio" name="onTime" value="yes">${this.#msg('tracker.yes')}</label>
            <label><input type="radio" name="onTime" value="no">${this.#msg('tracker.no')}</label>
          </div>
        </fieldset>
        ${scale('attitude', this.#msg('tracker.attitude'))}
        <label for="contacts">${this.#msg('tracker.contacts')}</label>
        <input part="input" id="contacts" name="contacts" type="number" inputmode="numeric" min="0" max="20">
        <label for="agencies">${this.#msg('tracker.agencies')}</label>
        <input part="input" id="agencies" name="agencies" type="number" inputmode="numeric" min="0" max="20">
        <label for="comment">${this.#msg('tracker.comment')}</label>
        <textarea part="input" id="comment" name="comment" rows="3" maxlength="2000"></textarea>
        ${this.#ratingError ? html`<p part="error" role="alert">${this.#ratingError}</p>` : nothing}
        <div class="row"><button part="button send" type="submit" ?disabled=${this.#ratingBusy}>${this.#msg('tracker.sendRating')}</button></div>
      </form>
    </section>`;
  }
}
