// How the result comes back (radios) and, by post, the delivery address: the submission's own fields,
// named `#resultChannel` and `#deliveryAddress/…` (not pointers: they are not data).
import type { ResultChannel } from '@dvc/core';
import { html, ifDefined, nothing } from '../lit.js';
import { idOf } from '../internal/ids.js';
import { renderAddress } from './address.js';
import type { FieldContext } from './context.js';

const deliveries = new WeakMap<FieldContext, HTMLElement>();

/** The delivery address (patched in place from one render to the next). */
function delivery(c: FieldContext): HTMLElement {
  const built = renderAddress(c, undefined, '#deliveryAddress', true, c.msg('serviceForm.deliveryAddress'), { describedBy: undefined }, deliveries.get(c));
  deliveries.set(c, built);
  return built;
}

/** The result channel choice (nothing when the procedure offers none), shown on the last step. */
export function renderChannels(c: FieldContext, channels: readonly ResultChannel[], channel: ResultChannel | undefined): unknown {
  if (!channels.length) return nothing;
  const id = idOf('#resultChannel');
  const error = c.errors.get('#resultChannel');
  return html`<fieldset class="group field ${error ? 'field--error' : ''}" part="field" aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}>
    <legend part="label" class="group__legend">${c.msg('serviceForm.resultChannel')}</legend>
    ${error ? html`<p class="error" id="${id}-error" part="error"><span class="visually-hidden">${c.msg('serviceForm.titleErrorPrefix')}</span>${c.message(error)}</p>` : nothing}
    <div class="options">
      ${channels.map((ch, i) => html`<div class="option">
        <input type="radio" class="radio" id=${i === 0 ? id : `${id}-${i}`} name="#resultChannel" value=${ch} data-scope="submission"
          .checked=${channel === ch} aria-invalid=${error ? 'true' : 'false'}>
        <label for=${i === 0 ? id : `${id}-${i}`}>${c.msg(`resultChannel.${ch}`)}</label>
      </div>`)}
    </div>
    ${channel === 'post'
      ? delivery(c)
      : nothing}
  </fieldset>`;
}
