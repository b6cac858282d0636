import { DvcElement, formatDate, formatDateTime, formatVnd, registerCatalogues } from '@dvc/core';
import type { OnlineClass, Receipt } from '@dvc/core';
import { css, html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { hasEnglish, loadEnglish } from './i18n/index.js';
import { receiptEn, receiptVi } from './i18n/receipt.js';
import { barsOf, code128Modules } from './internal/barcode.js';

// Registered here, with bindings the class module uses: a bare `import './i18n/receipt.js'` is
// dropped by bundlers that honour package.json `sideEffects`.
registerCatalogues({ vi: receiptVi, en: receiptEn });

/**
 * The receipt of an application sent online: the dossier code with its Code 128 barcode, when it was
 * received, when the result is due, the fees due and what happens next (pay online now for a
 * full-process procedure; where to pay and collect otherwise), and the lookup code. Printed, it follows
 * the receipt and appointment slip of Circular 01/2018/TT-VPCP (form 01).
 *
 * @tagname dvc-dossier-receipt
 * @summary Receipt and appointment slip of a dossier sent online, printable.
 *
 * @slot actions - Extra actions after the next steps (e.g. a <dvc-fee-payment>).
 *
 * @csspart base - The receipt panel.
 * @csspart code - The dossier code.
 * @csspart barcode - The barcode (SVG).
 * @csspart details - The list of receipt details.
 * @csspart next - The "what happens next" section.
 * @csspart pay - The "pay now" link.
 * @csspart button - The print button.
 *
 * @cssprop [--dvc-dossier-receipt-accent-color=var(--dvc-color-success, #00703c)] - The confirmation panel's colour.
 * @cssprop --dvc-color-surface-raised - Background of the details.
 */
export class DvcDossierReceipt extends DvcElement {
  static override styles = [DvcElement.styles, css`
    :host { display: block; --_dvc-accent: var(--dvc-dossier-receipt-accent-color, var(--dvc-color-success, #00703c)); }
    :host(:focus) { outline: none; }
    :host(:focus-visible) { outline: var(--dvc-focus-ring-width, 3px) solid var(--dvc-focus-ring-color, #ffbf47); }
    .panel { padding: var(--dvc-space-l, 1.5rem); color: var(--dvc-color-brand-contrast, #fff); background: var(--_dvc-accent); text-align: center; }
    .panel h2 { margin: 0 0 var(--dvc-space-s, 0.5rem); font-size: var(--dvc-font-size-xl, 1.5rem); }
    .code-label { margin: 0; }
    .code { display: block; font-size: var(--dvc-font-size-xl, 1.5rem); font-weight: var(--dvc-font-weight-bold, 700); overflow-wrap: anywhere; letter-spacing: 0.02em; }
    .barcode { display: block; margin: var(--dvc-space-m, 1rem) auto 0; max-inline-size: 100%; block-size: 64px; background: #fff; padding: 8px; }
    .print-only { display: none; }
    dl { margin: var(--dvc-space-l, 1.5rem) 0; padding: var(--dvc-space-m, 1rem); background: var(--dvc-color-surface-raised, #f3f2f1); }
    .row { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: var(--dvc-space-m, 1rem); padding-block: var(--dvc-space-xs, 0.25rem); }
    dt { font-weight: var(--dvc-font-weight-bold, 700); }
    dd { margin: 0; overflow-wrap: anywhere; }
    .secret { font-family: ui-monospace, monospace; font-size: var(--dvc-font-size-l, 1.25rem); }
    .hint { color: var(--dvc-color-text-muted, #4f5559); font-size: var(--dvc-font-size-s, 0.875rem); }
    h3 { font-size: var(--dvc-font-size-l, 1.25rem); margin-block: 0 var(--dvc-space-s, 0.5rem); }
    .actions { display: flex; flex-wrap: wrap; gap: var(--dvc-space-m, 1rem); margin-block-start: var(--dvc-space-m, 1rem); }
    .button {
      display: inline-flex; align-items: center; justify-content: center; box-sizing: border-box;
      min-block-size: var(--dvc-target-size, 44px); padding: var(--dvc-space-s, 0.5rem) var(--dvc-space-m, 1rem);
      font: inherit; font-weight: var(--dvc-font-weight-bold, 700); text-decoration: none; cursor: pointer;
      color: var(--dvc-color-brand-contrast, #fff); background: var(--dvc-color-brand, #1d4f91);
      border: 2px solid var(--dvc-color-brand, #1d4f91); border-radius: var(--dvc-radius-m, 4px);
    }
    .button--secondary { color: var(--dvc-color-brand, #1d4f91); background: var(--dvc-color-surface, #fff); }
    @media (max-width: 40rem) { .row { grid-template-columns: 1fr; gap: 0; } }
    @media (forced-colors: active) { .panel { border: 3px solid CanvasText; } }
    @media print {
      :host { color: #000; font-size: 12pt; }
      .print-only { display: block; }
      .screen-only, .actions { display: none !important; }
      .letterhead { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; text-align: center; font-weight: 700; margin-block-end: 1rem; }
      .letterhead p { margin: 0; }
      .panel { color: #000; background: none; padding: 0; }
      .panel h2 { text-transform: uppercase; font-size: 14pt; }
      dl { background: none; padding: 0; }
      .barcode { padding: 0; }
    }
  `];

  /** The receipt from `POST /dossiers`. */
  @property({ attribute: false }) receipt?: Receipt;

  /** `full` (toàn trình, level 4: fees are paid online now) or `partial` (một phần, level 3: paid at the counter). */
  @property({ attribute: 'online-class' }) onlineClass?: OnlineClass;

  /** Where "pay now" leads; `{code}` and `{secret}` are replaced by the dossier and lookup codes. Without it no link is shown. */
  @property({ attribute: 'pay-href' }) payHref?: string;

  protected override willUpdate(): void {
    if (this.language === 'en' && !hasEnglish()) void loadEnglish().then(() => this.requestUpdate());
  }

  protected override render(): TemplateResult {
    const r = this.receipt;
    if (!r) return html`<p part="base">${this.msg('receipt.empty')}</p>`;
    const due = r.fees?.due ?? 0;
    const agency = r.agencyName ?? '';
    const payOnline = due > 0 && this.onlineClass === 'full';
    const payLink = payOnline && this.payHref ? this.payHref.replace('{code}', encodeURIComponent(r.dossierCode)).replace('{secret}', encodeURIComponent(r.lookupSecret)) : undefined;
    return html`<article part="base" aria-labelledby="title">
      <div class="print-only letterhead">
        <div><p>${agency}</p></div>
        <div><p>${this.msg('receipt.nation')}</p><p>${this.msg('receipt.motto')}</p></div>
      </div>
      <div class="panel">
        <h2 id="title"><span class="screen-only">${this.msg('receipt.title')}</span><span class="print-only">${this.msg('receipt.heading')}</span></h2>
        <p class="code-label">${this.msg('common.dossierCode')}</p>
        <strong class="code" part="code">${r.dossierCode}</strong>
        ${this.#barcode(r.dossierCode)}
      </div>
      <p class="print-only hint">${this.msg('receipt.formNo')}</p>
      <dl part="details">
        ${this.#row(this.msg('receipt.procedure'), `${r.procedureName} (${r.procedureCode})`)}
        ${agency ? this.#row(this.msg('receipt.agency'), agency) : nothing}
        ${this.#row(this.msg('receipt.receivedAt'), formatDateTime(r.receivedAt))}
        ${this.#row(this.msg('receipt.appointment'), formatDate(r.appointmentDate))}
        ${this.#row(this.msg('receipt.resultChannel'), this.msg(`resultChannel.${r.resultChannel}`))}
        ${this.#row(this.msg('receipt.fees'), due > 0 ? formatVnd(due) : this.msg('receipt.feesNone'))}
        ${this.#row(this.msg('receipt.lookupSecret'), html`<span class="secret">${r.lookupSecret}</span>`)}
      </dl>
      <p class="hint">${this.msg('receipt.lookupHint')}</p>
      <section part="next" aria-labelledby="next">
        <h3 id="next">${this.msg('receipt.next')}</h3>
        <ul>
          ${due > 0
            ? html`<li>${payOnline
              ? this.msg('receipt.next.payOnline', { amount: formatVnd(due) })
              : this.msg('receipt.next.payAtCounter', { amount: formatVnd(due), agency })}</li>`
            : nothing}
          <li>${this.msg('receipt.next.wait')}</li>
          <li>${this.msg(`receipt.next.collect.${r.resultChannel}`, { agency })}</li>
        </ul>
        <div class="actions">
          ${payLink ? html`<a class="button" part="pay" href=${payLink}>${this.msg('receipt.pay')}</a>` : nothing}
          <button type="button" class="button button--secondary" part="button" @click=${() => globalThis.print?.()}>${this.msg('receipt.print')}</button>
          <slot name="actions"></slot>
        </div>
      </section>
    </article>`;
  }

  #row(label: string, value: unknown): TemplateResult {
    return html`<div class="row"><dt>${label}</dt><dd>${value}</dd></div>`;
  }

  #barcode(code: string): unknown {
    const modules = code128Modules(code);
    if (!modules) return nothing;
    const quiet = 10;
    const width = modules.length + quiet * 2;
    return html`<svg class="barcode" part="barcode" role="img" aria-label=${this.msg('receipt.barcode', { code })}
      viewBox="0 0 ${width} 50" preserveAspectRatio="none" width=${width * 2} xmlns="http://www.w3.org/2000/svg">
      <rect width=${width} height="50" fill="#fff"></rect>
      ${barsOf(modules).map(([x, w]) => svg`<rect x=${x + quiet} y="0" width=${w} height="50" fill="#000"></rect>`)}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-dossier-receipt': DvcDossierReceipt;
  }
}
