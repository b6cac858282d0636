// An object's fields as a group.
import type { TemplateResult } from 'lit';
import { html, nothing } from '../lit.js';
import { idOf } from '../internal/ids.js';
import { requiredKeys, visibleChildren } from '../internal/model.js';
import { childPointer } from '../internal/pointer.js';
import type { FieldNode } from '../internal/types.js';
import type { TreeContext } from './context.js';

/** An object's fields, in a fieldset with its label as legend (none at the root or inside a choice or an item). */
export function renderGroup(t: TreeContext, node: FieldNode, pointer: string, _required: boolean, label: string, legend = true): TemplateResult {
  const value = t.value(pointer);
  const required = requiredKeys(node, value);
  const children = visibleChildren(node, value);
  const body = children.map((n) => t.node(n, childPointer(pointer, n.key), required.has(n.key)));
  if (!legend || pointer === '') return html`${body}`;
  return html`<fieldset class="group" id="${idOf(pointer)}-group">
    <legend part="label" class="group__legend ${label === t.pageTitle ? 'visually-hidden' : ''}">${label}</legend>
    ${node.help ? html`<p class="hint" part="hint">${node.help}</p>` : nothing}
    ${body}
  </fieldset>`;
}
