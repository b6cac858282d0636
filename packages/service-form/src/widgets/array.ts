// A list of items (arrays of objects or of scalars that are not a set of options): add, remove, move.
import type { TemplateResult } from 'lit';
import { html, ifDefined, nothing, repeat } from '../lit.js';
import { idOf } from '../internal/ids.js';
import { childPointer } from '../internal/pointer.js';
import type { FieldNode } from '../internal/types.js';
import type { TreeContext } from './context.js';
import { renderGroup } from './group.js';

/** A list: each item in its own fieldset with move up/down and remove, then "add" (up to `maxItems`). */
export function renderArray(t: TreeContext, node: FieldNode, pointer: string, required: boolean, label: string): TemplateResult {
  const list = (t.value(pointer) as unknown[] | undefined) ?? [];
  const keys = t.keys(pointer, list.length);
  const item = node.item!;
  const id = idOf(pointer);
  const error = t.errors.get(pointer);
  const max = node.schema.maxItems;
  const readOnly = node.readOnly;
  return html`<fieldset class="group ${error ? 'field--error' : ''}" part="field" aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}>
    <legend part="label" class="group__legend">${label}${required ? nothing : html`<span class="optional"> ${t.msg('common.optional')}</span>`}</legend>
    ${node.help ? html`<p class="hint" part="hint">${node.help}</p>` : nothing}
    ${error ? html`<p class="error" id="${id}-error" part="error"><span class="visually-hidden">${t.msg('serviceForm.titleErrorPrefix')}</span>${t.message(error)}</p>` : nothing}
    ${list.length === 0 ? html`<p class="hint">${t.msg('serviceForm.noItems')}</p>` : nothing}
    ${repeat(list, (_, i) => keys[i], (_, i) => {
      const p = childPointer(pointer, i);
      const itemLabel = `${item.label} ${i + 1}`;
      const body = item.kind === 'object'
        ? renderGroup(t, item, p, true, itemLabel, false)
        : t.node(item, p, true, itemLabel);
      return html`<fieldset class="item">
        <legend class="item__legend" id="${idOf(p)}-legend" tabindex="-1">${itemLabel}</legend>
        ${body}
        ${readOnly ? nothing : html`<div class="item__actions">
          <button type="button" part="button" class="button button--small button--secondary" id="${idOf(p)}-up" ?disabled=${i === 0}
            aria-label=${t.msg('serviceForm.moveUp', { label: itemLabel })} @click=${() => t.arrayOp(pointer, node, 'up', i)}>↑</button>
          <button type="button" part="button" class="button button--small button--secondary" id="${idOf(p)}-down" ?disabled=${i === list.length - 1}
            aria-label=${t.msg('serviceForm.moveDown', { label: itemLabel })} @click=${() => t.arrayOp(pointer, node, 'down', i)}>↓</button>
          <button type="button" part="button" class="button button--small button--warning"
            @click=${() => t.arrayOp(pointer, node, 'remove', i)}>${t.msg('serviceForm.removeItem', { label: itemLabel })}</button>
        </div>`}
      </fieldset>`;
    })}
    ${readOnly || (max !== undefined && list.length >= max) ? nothing : html`<button type="button" part="button" class="button button--secondary"
      id=${error ? id : `${id}-add`} @click=${() => t.arrayOp(pointer, node, 'add')}>${t.msg('serviceForm.addItem', { label: item.label.toLocaleLowerCase(t.language()) })}</button>`}
  </fieldset>`;
}
