// The check-your-answers step: every answer shown on the pages, as the citizen would read it, each with
// a "Thay đổi" button that returns to its field; then the result channel and delivery address.
import { formatDate, type ResultChannel } from '@dvc/core';
import type { TemplateResult } from 'lit';
import { html, nothing } from './lit.js';
import { isObject, locate, visibleLeaves, type FormModel } from './internal/model.js';
import type { FieldNode, UiStep } from './internal/types.js';
import { unitsOf, type UnitList } from './widgets/address.js';
import type { FieldContext } from './widgets/context.js';

/** What the review reads from the form besides the widgets' context. */
export interface ReviewState {
  model: FormModel;
  language: string;
  choices: ReadonlyMap<string, number>;
  channels: readonly ResultChannel[];
  channel: ResultChannel | undefined;
  /** Whether the field at a pointer is shown (its conditions allow it). */
  visible(pointer: string): boolean;
  /** Goes back to the field at a pointer. */
  change(pointer: string): void;
}

/** An answer as text: option labels, yes/no, dd/mm/yyyy, the file's name, numbers in the page's language. */
function display(c: FieldContext, r: Pick<ReviewState, 'language'>, node: FieldNode, pointer: string, value: unknown): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) return c.msg('serviceForm.empty');
  if (node.widget === 'file') return c.uploader.uploads.get(pointer)?.name ?? String(value);
  if (node.widget === 'address' && isObject(value)) return addressText(c, value);
  if (node.options) {
    const labelOf = (v: unknown) => node.options!.find((o) => o.value === v)?.label ?? String(v);
    return Array.isArray(value) ? value.map(labelOf).join(', ') : labelOf(value);
  }
  if (typeof value === 'boolean') return c.msg(value ? 'serviceForm.yes' : 'serviceForm.no');
  if (node.widget === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (typeof value === 'number') return value.toLocaleString(r.language === 'vi' ? 'vi-VN' : 'en-GB');
  return String(value);
}


/** An address as one line: street, commune, province (names once the units are listed). */
export function addressText(c: FieldContext, value: Record<string, unknown>): string {
  const name = (list: UnitList, code: unknown) => (Array.isArray(list) ? list.find((u) => u.code === code)?.name : undefined) ?? (code ? String(code) : '');
  const province = String(value.provinceCode ?? '');
  return [value.street, name(province ? unitsOf(c, province) : [], value.communeCode), name(unitsOf(c, ''), province)]
    .filter((s) => typeof s === 'string' && s !== '').join(', ');
}


/** The check-your-answers page: every shown answer by step, with a "Thay đổi" link back to its field. */
export function renderReview(c: FieldContext, r: ReviewState, pages: UiStep[]): TemplateResult {
  const model = r.model;
  const row = (label: string, text: string, pointer: string) => html`<div class="review__row">
    <dt>${label}</dt><dd>${text}</dd>
    <dd class="review__action"><button type="button" part="button" class="link" data-change=${pointer} @click=${() => r.change(pointer)}>
      ${c.msg('serviceForm.change')}<span class="visually-hidden"> ${label}</span></button></dd>
  </div>`;
  return html`<p>${c.msg('serviceForm.reviewIntro')}</p>
    ${pages.map((page) => {
      const rows: TemplateResult[] = [];
      for (const pointer of page.fields) {
        const found = locate(model, pointer);
        if (!found || !r.visible(pointer)) continue;
        for (const { node, pointer: p } of visibleLeaves(model, found.node, c.value(pointer), pointer, r.choices)) {
          if (node.kind === 'array' || node.kind === 'choice' || node.widget === 'hidden') continue;
          rows.push(row(locate(model, p)?.label ?? node.label, display(c, r, node, p, c.value(p)), p));
        }
      }
      return html`<h3 class="review__heading">${page.title}</h3><dl class="review" part="review">${rows}</dl>`;
    })}
    ${r.channels.length ? html`<h3 class="review__heading">${c.msg('serviceForm.resultChannel')}</h3>
      <dl class="review" part="review">
        ${row(c.msg('serviceForm.resultChannel'), r.channel ? c.msg(`resultChannel.${r.channel}`) : c.msg('serviceForm.empty'), '#resultChannel')}
        ${r.channel === 'post' ? row(c.msg('serviceForm.deliveryAddress'), addressText(c, c.delivery()), '#deliveryAddress/provinceCode') : nothing}
      </dl>` : nothing}`;
}
