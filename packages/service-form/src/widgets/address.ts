// The address widget: province and commune chosen from the backend's admin units (a text box when
// they cannot be listed), street typed; also the submission's delivery address.
import type { AdminUnit, DvcBackend } from '@dvc/core';
import type { TemplateResult } from 'lit';
import { idOf } from '../internal/ids.js';
import { requiredKeys } from '../internal/model.js';
import { childPointer } from '../internal/pointer.js';
import type { FieldNode } from '../internal/types.js';
import { html, nothing, ifDefined, live } from '../lit.js';
import type { FieldContext } from './context.js';

export type UnitList = AdminUnit[] | 'loading' | 'error';
const unitCache = new WeakMap<DvcBackend, Map<string, UnitList>>();

/** The admin units under `parent` ('' for provinces), once per backend; asks for them on first use and re-renders. */
export function unitsOf(c: Pick<FieldContext, 'backend' | 'requestUpdate'>, parent: string): UnitList {
  const backend = c.backend();
  if (!backend) return 'error';
  let cache = unitCache.get(backend);
  if (!cache) unitCache.set(backend, (cache = new Map()));
  const found = cache.get(parent);
  if (found) return found;
  cache.set(parent, 'loading');
  // A failure is remembered (no retry loop on every render): the codes can still be typed.
  backend.listAdminUnits(parent || undefined).then(
    (units) => cache.set(parent, units),
    () => cache.set(parent, 'error'),
  ).then(() => c.requestUpdate());
  return 'loading';
}

/**
 * An address field. Without `node` it is the submission's delivery address (`#deliveryAddress/…`,
 * every part required, held outside the data).
 */
export function renderAddress(
  c: FieldContext, node: FieldNode | undefined, pointer: string, required: boolean, label: string,
  bits: { hint: unknown; prefillNote: unknown; describedBy: string | undefined },
): TemplateResult {
  const scope = node ? undefined : 'submission';
  const value = (scope ? c.delivery() : c.value(pointer)) as Record<string, unknown> | undefined ?? {};
  const children = node?.children ?? [];
  const childLabel = (key: string, fallback: string) => children.find((n) => n.key === key)?.label ?? c.msg(fallback);
  const requiredKeysNow = scope ? new Set(['provinceCode', 'communeCode', 'street']) : requiredKeys(node!, value);
  const province = typeof value.provinceCode === 'string' ? value.provinceCode : '';
  const provinces = unitsOf(c, '');
  const communes = province ? unitsOf(c, province) : [];
  const sub = (key: string) => (scope ? `${pointer}/${key}` : childPointer(pointer, key));
  const part = (key: string, labelKey: string, control: (id: string, invalid: boolean, describedBy: string | undefined) => unknown) => {
    const p = sub(key);
    const id = idOf(p);
    const error = c.errors.get(p);
    const text = error ? c.message(error) : undefined;
    const req = required && requiredKeysNow.has(key);
    return html`<div class="field ${text ? 'field--error' : ''}" part="field">
      <label for=${id} part="label" class="label">${childLabel(key, labelKey)}<span class="optional">${req ? '' : ` ${c.msg('common.optional')}`}</span></label>
      ${text ? html`<p class="error" id="${id}-error" part="error"><span class="visually-hidden">${c.msg('serviceForm.titleErrorPrefix')}</span>${text}</p>` : nothing}
      ${control(id, !!text, [bits.describedBy, text ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined)}
    </div>`;
  };
  const unitSelect = (key: string, list: UnitList, selectedCode: string, disabled: boolean) => (id: string, invalid: boolean, describedBy: string | undefined) =>
    list === 'error'
      ? html`${c.backend() ? html`<p class="hint">${c.msg('serviceForm.unitsError')}</p>` : nothing}<input id=${id} name=${sub(key)} part="input" class="input input--short" .value=${selectedCode} data-scope=${ifDefined(scope)}
          aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy)}>`
      : html`<select id=${id} name=${sub(key)} part="input" class="input" ?disabled=${disabled || node?.readOnly} data-scope=${ifDefined(scope)}
          data-address=${key === 'provinceCode' ? 'province' : 'commune'} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy)}
          aria-busy=${list === 'loading' ? 'true' : 'false'}>
          <option value="" ?selected=${!selectedCode}>${list === 'loading' ? c.msg('serviceForm.unitsLoading') : c.msg('serviceForm.select')}</option>
          ${list === 'loading' && selectedCode ? html`<option value=${selectedCode} selected>${selectedCode}</option>` : nothing}
          ${list === 'loading' ? nothing : list.map((u) => html`<option value=${u.code} ?selected=${u.code === selectedCode}>${u.name}</option>`)}
        </select>`;
  const commune = typeof value.communeCode === 'string' ? value.communeCode : '';
  const street = typeof value.street === 'string' ? value.street : '';
  return html`<fieldset class="group" part="field" aria-describedby=${ifDefined(bits.describedBy)}>
    <legend part="label" class="group__legend">${label}${required ? nothing : html`<span class="optional"> ${c.msg('common.optional')}</span>`}</legend>
    ${bits.hint}${bits.prefillNote}
    ${part('provinceCode', 'serviceForm.province', unitSelect('provinceCode', provinces, province, false))}
    ${part('communeCode', 'serviceForm.commune', unitSelect('communeCode', communes, commune, !province))}
    ${part('street', 'serviceForm.street', (id, invalid, describedBy) => html`<input id=${id} name=${sub('street')} part="input" class="input"
      .value=${live(c.typed.get(sub('street')) ?? street)} ?readonly=${node?.readOnly} data-scope=${ifDefined(scope)} autocomplete="street-address"
      aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy)}>`)}
  </fieldset>`;
}
