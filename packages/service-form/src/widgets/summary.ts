// The error summary ("Có lỗi cần sửa"): an optional sentence, then a link to each field with its
// inline message's words (GOV.UK pattern; it takes focus on submit).
import { html, nothing } from '../lit.js';
import { idOf } from '../internal/ids.js';
import type { FieldIssue } from '../internal/validation.js';
import type { FieldContext } from './context.js';

/** The summary of `issues` (in page order) and `message`; nothing without either. `jump` follows a link. */
export function renderSummary(
  c: FieldContext, issues: readonly FieldIssue[], message: string | undefined, jump: (event: Event, pointer: string) => void,
): unknown {
  if (!issues.length && !message) return nothing;
  return html`<div class="summary" part="summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title" class="summary__title">${c.msg('serviceForm.errorSummary')}</h2>
    ${message ? html`<p>${message}</p>` : nothing}
    ${issues.length ? html`<ul class="summary__list">
      ${issues.map((issue) => html`<li><a href="#${idOf(issue.pointer)}" @click=${(e: Event) => jump(e, issue.pointer)}>${c.uploader.problems.get(issue.pointer) ?? c.message(issue)}</a></li>`)}
    </ul>` : nothing}
  </div>`;
}
