// One field's template: label, hint, prefill note, message and input, by widget (text, textarea,
// number, date, select, radio, checkboxes, checkbox; address and file in their own files).
import { formatDate } from '@dvc/core';
import type { TemplateResult } from 'lit';
import { idOf, labelsOf } from '../internal/ids.js';
import { selectOptions } from '../internal/options-directive.js';
import type { FieldNode } from '../internal/types.js';
import { renderAddress } from './address.js';
import { html, nothing, ifDefined, live } from '../lit.js';
import type { FieldContext } from './context.js';
import { renderFile } from './file.js';

const describedByOf = (id: string, hint: boolean, error: boolean, extra?: string): string | undefined => {
  const ids = [hint ? `${id}-hint` : '', extra ?? '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
};

/** The template of a leaf field (one template instance per field: a long page is hundreds of these). */
export function renderField(c: FieldContext, node: FieldNode, pointer: string, required: boolean, label: string): TemplateResult {
  const id = idOf(pointer);
  const error = c.errors.get(pointer);
  const errorText = error ? c.uploader.problems.get(pointer) ?? c.message(error) : undefined;
  const prefilled = c.prefilled.has(pointer);
  const texts = c.common;
  const help = node.widget === 'date' ? (node.help ? `${node.help}. ${texts.dateHint}` : texts.dateHint) : node.help;
  const optional = required || node.readOnly ? '' : texts.optional;
  const hint = help ? html`<p class="hint" id="${id}-hint" part="hint">${help}</p>` : nothing;
  const prefillNote = prefilled ? html`<p class="prefilled" id="${id}-prefill" part="hint">${c.msg('serviceForm.prefilled')}</p>` : nothing;
  const errorLine = errorText ? html`<p class="error" id="${id}-error" part="error"><span class="visually-hidden">${c.msg('serviceForm.titleErrorPrefix')}</span>${errorText}</p>` : nothing;
  const describedBy = describedByOf(id, !!help, !!errorText, prefilled ? `${id}-prefill` : undefined);
  const cls = `field ${errorText ? 'field--error' : ''} ${prefilled ? 'field--prefilled' : ''}`;
  const value = c.value(pointer);
  const options = node.options ?? [];
  const invalid: 'true' | 'false' = errorText ? 'true' : 'false';

  switch (node.widget) {
    case 'radio':
    case 'checkboxes': {
      const multi = node.widget === 'checkboxes';
      const selected = multi ? (Array.isArray(value) ? value : []) : [value];
      return html`<fieldset class=${cls} part="field" aria-describedby=${ifDefined(describedBy)}>
        <legend part="label" class="label">${label}<span class="optional">${optional}</span></legend>
        ${hint}${prefillNote}${errorLine}
        <div class="options ${options.length <= 2 && !multi ? 'options--inline' : ''}">
          ${options.map((o, i) => html`<div class="option">
            <input type=${multi ? 'checkbox' : 'radio'} class=${multi ? 'checkbox' : 'radio'} id=${i === 0 ? id : `${id}-${i}`} name=${pointer} value=${i}
              .checked=${selected.some((s) => s === o.value)} ?disabled=${node.readOnly} aria-invalid=${invalid}
              .autocomplete=${i === 0 ? node.ui.autocomplete ?? '' : ''}>
            <label for=${i === 0 ? id : `${id}-${i}`}>${o.label}</label>
          </div>`)}
        </div>
      </fieldset>`;
    }
    case 'checkbox':
      return html`<div class=${cls} part="field">
        ${hint}${prefillNote}${errorLine}
        <div class="option">
          <input type="checkbox" class="checkbox" id=${id} name=${pointer} .checked=${value === true} ?disabled=${node.readOnly}
            aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)}>
          <label for=${id} part="label">${label}<span class="optional">${optional}</span></label>
        </div>
      </div>`;
    case 'select': {
      const index = options.findIndex((o) => o.value === value);
      return html`<div class=${cls} part="field">
        <label for=${id} part="label" class="label">${label}<span class="optional">${optional}</span></label>
        ${hint}${prefillNote}${errorLine}
        <select id=${id} name=${pointer} part="input" class="input" ?disabled=${node.readOnly} ?required=${required}
          aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)} .autocomplete=${node.ui.autocomplete ?? ''}>
${selectOptions(labelsOf(options), texts.select, index)}</select>
      </div>`;
    }
    case 'address':
      return renderAddress(c, node, pointer, required, label, { hint, prefillNote, describedBy });
    case 'file':
      return renderFile(c, node, pointer, required, label, optional, { hint, errorLine, cls, describedBy, invalid });
    default: {
      const text = c.typed.get(pointer) ?? (value === undefined || value === null ? '' : node.widget === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : String(value));
      const numeric = node.widget === 'number';
      const inputmode = node.ui.inputmode ?? (numeric ? (node.type === 'integer' ? 'numeric' : 'decimal') : node.format === 'email' ? 'email' : node.format === 'vn-mobile' ? 'tel' : node.format === 'citizen-id' || node.format === 'tax-code' ? 'numeric' : undefined);
      const autocomplete = node.ui.autocomplete ?? (node.format === 'email' ? 'email' : node.format === 'vn-mobile' ? 'tel' : undefined);
      const type = node.format === 'email' ? 'email' : node.format === 'vn-mobile' ? 'tel' : node.format === 'uri' ? 'url' : 'text';
      const max = node.schema.maxLength;
      const width = numeric || node.widget === 'date' || node.format === 'citizen-id' || node.format === 'vn-mobile' || node.format === 'tax-code' || (max !== undefined && max <= 20) ? 'input--short' : '';
      // One template instance per field (no nested label, optional-mark or input templates): a long
      // page is hundreds of these, and each instance is a clone and a tree walk.
      if (node.widget === 'textarea') {
        return html`<div class=${cls} part="field">
          <label for=${id} part="label" class="label">${label}<span class="optional">${optional}</span></label>
          ${hint}${prefillNote}${errorLine}
          <textarea id=${id} name=${pointer} part="input" class="input" rows="4" .value=${live(text)} ?readonly=${node.readOnly} ?required=${required}
            aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)} placeholder=${ifDefined(node.ui.placeholder)}
            .autocomplete=${autocomplete ?? ''}></textarea>
        </div>`;
      }
      return html`<div class=${cls} part="field">
        <label for=${id} part="label" class="label">${label}<span class="optional">${optional}</span></label>
        ${hint}${prefillNote}${errorLine}
        <input id=${id} name=${pointer} part="input" class="input ${width}" type=${type} .value=${live(text)} ?readonly=${node.readOnly}
          ?required=${required} aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)}
          placeholder=${ifDefined(node.ui.placeholder ?? (node.widget === 'date' ? 'dd/mm/yyyy' : undefined))}
          inputmode=${ifDefined(inputmode)} .autocomplete=${autocomplete ?? ''} spellcheck=${numeric ? 'false' : 'true'}>
      </div>`;
    }
  }
}
