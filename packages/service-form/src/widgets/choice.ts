// A choice between alternatives: the radios that pick one, then its fields.
import type { TemplateResult } from 'lit';
import { html, nothing } from '../lit.js';
import { idOf } from '../internal/ids.js';
import type { FieldNode } from '../internal/types.js';
import type { TreeContext } from './context.js';
import { renderGroup } from './group.js';

/** A choice between alternatives (`oneOf`/`anyOf` of objects): radios, then the chosen alternative's fields. */
export function renderChoice(t: TreeContext, node: FieldNode, pointer: string, required: boolean, label: string): TemplateResult {
  const selected = t.selected(node, pointer);
  const id = idOf(pointer);
  const error = t.errors.get(pointer);
  const alt = selected >= 0 ? node.alternatives![selected] : undefined;
  return html`<fieldset class="group ${error ? 'field--error' : ''}" part="field">
    <legend part="label" class="group__legend">${label}${required ? nothing : html`<span class="optional"> ${t.msg('common.optional')}</span>`}</legend>
    <p class="hint" id="${id}-hint" part="hint">${node.help ?? t.msg('serviceForm.chooseAlternative')}</p>
    ${error ? html`<p class="error" id="${id}-error" part="error"><span class="visually-hidden">${t.msg('serviceForm.titleErrorPrefix')}</span>${t.message(error)}</p>` : nothing}
    <div class="options">
      ${node.alternatives!.map((a, i) => html`<div class="option">
        <input type="radio" class="radio" id=${i === 0 ? id : `${id}-${i}`} name="${pointer}#alternative" data-scope="choice" value=${i}
          .checked=${i === selected} aria-describedby="${id}-hint">
        <label for=${i === 0 ? id : `${id}-${i}`}>${a.label}</label>
      </div>`)}
    </div>
    ${alt ? (alt.kind === 'object' ? renderGroup(t, alt, pointer, required, label, false) : t.node(alt, pointer, required, alt.label)) : nothing}
  </fieldset>`;
}
