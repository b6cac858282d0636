// The step indicator: every step's title, the current one marked (`aria-current="step"`).
import { html, ifDefined } from '../lit.js';
import type { FieldContext } from './context.js';

/** The progress list of `titles` (the review's included), `page` being the current index. */
export function renderProgress(c: Pick<FieldContext, 'msg'>, titles: string[], page: number): unknown {
  return html`<nav class="progress" part="progress" aria-label=${c.msg('serviceForm.steps')}>
    <ol>
      ${titles.map((t, i) => html`<li part="step" class="step ${i < page ? 'step--done' : i === page ? 'step--current' : ''}"
        aria-current=${ifDefined(i === page ? 'step' : undefined)}>
        <span class="step__number" aria-hidden="true">${i + 1}</span>
        <span>${t}</span>
        <span class="visually-hidden">${i < page ? c.msg('serviceForm.stepDone') : i === page ? c.msg('serviceForm.stepCurrent') : ''}</span>
      </li>`)}
    </ol>
  </nav>`;
}
