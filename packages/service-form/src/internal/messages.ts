// Which catalogue message an issue shows (no rendering): the form renders it with the field's label.
import { locate, type FormModel } from './model.js';
import { parentPointer } from './pointer.js';
import type { FieldIssue } from './validation.js';

const CHOICE_WIDGETS = new Set(['radio', 'select', 'checkboxes']);

/** The catalogue key of an issue: a missing answer reads "choose", "attach", "tick" or "add" by widget. */
export function messageKey(model: FormModel | undefined, issue: FieldIssue): string {
  let key = issue.key;
  if (key === 'validation.required') {
    const node = model && !issue.pointer.startsWith('#') ? locate(model, issue.pointer)?.node : undefined;
    const inAddress = /\/(provinceCode|communeCode)$/.test(issue.pointer) && model && locate(model, parentPointer(issue.pointer))?.node.widget === 'address';
    if (node && (CHOICE_WIDGETS.has(node.widget) || node.kind === 'choice' || inAddress)) key = 'validation.required.choose';
    else if (node?.widget === 'file') key = 'validation.required.file';
    else if (node?.widget === 'checkbox') key = 'validation.required.check';
    else if (node?.kind === 'array') key = 'validation.minItems';
  }
  if (key === 'validation.const' && model) {
    const node = locate(model, issue.pointer)?.node;
    if (node?.widget === 'checkbox') key = 'validation.required.check';
  }
  return key;
}

/** Whether two issues read the same (same key and parameters): a text box re-renders only when its message changes. */
export const sameIssue = (a: FieldIssue | undefined, b: FieldIssue | undefined): boolean => a === b || (!!a && !!b && a.key === b.key
  && Object.keys(a.params).length === Object.keys(b.params).length && Object.entries(a.params).every(([k, v]) => b.params[k] === v));
