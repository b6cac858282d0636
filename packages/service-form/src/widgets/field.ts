// One field: label, hint, prefill note, message and control, by widget (text, textarea, number, date,
// select, radio, checkboxes, checkbox; address and file in their own files, built the same way).
//
// These fields are native DOM, built once and patched in place afterwards. A long page is hundreds of
// fields, and one Lit template instance per field (a clone, a tree walk, ~20 parts and their marker
// comments) was most of the form's first render; a keystroke re-renders its field only, and the patch
// touches only what changed (usually nothing but the message).
import { formatDate } from '@dvc/core';
import { idOf } from '../internal/ids.js';
import type { FieldNode } from '../internal/types.js';
import { renderAddress } from './address.js';
import { attr, el, line, setMark, setText } from './dom.js';
import type { BuiltField } from './dom.js';
import type { FieldContext } from './context.js';
import { renderFile } from './file.js';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A built field; its lines are the hint, prefill note and message, each before `tail` when shown. */
interface Built extends BuiltField {
  readonly tail: Element;
  /** The input, select or text area; one input per option for radios and checkboxes. */
  readonly controls: Control[];
  /** A select's option marked `selected` (0: none, the placeholder shows). */
  selected: number;
}

const builtFields = new WeakMap<Element, Built>();

/** The text box's text: as typed, else the value (an ISO date as dd/mm/yyyy). */
function textOf(c: FieldContext, node: FieldNode, pointer: string, value: unknown): string {
  const typed = c.typed.get(pointer);
  if (typed !== undefined) return typed;
  if (value === undefined || value === null) return '';
  return node.widget === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : String(value);
}

/**
 * The prototype of a field's DOM: everything that does not change while the citizen fills it in,
 * without what names this field (ids, `name`, `for`, the label's text). Fields of the same shape (the
 * same widget, attributes and options) share one; a field is a deep clone of it, which the browser
 * makes far faster than element-by-element construction (a long page has hundreds of fields, and
 * many of the same shape). Prototypes are kept per shape, never per field or per form.
 */
function prototypeOf(node: FieldNode, selectText: string): HTMLElement {
  const key = `${shapeOf(node)}\u0001${node.widget === 'select' ? selectText : ''}`;
  let proto = prototypes.get(key);
  if (!proto) {
    if (prototypes.size > 500) prototypes.clear();
    prototypes.set(key, (proto = make(node, selectText)));
  }
  return proto;
}

const prototypes = new Map<string, HTMLElement>();
const shapes = new WeakMap<FieldNode, string>();

/** What makes two fields' DOM alike (computed once per field of a schema version). */
function shapeOf(node: FieldNode): string {
  let shape = shapes.get(node);
  if (shape === undefined) {
    const ui = node.ui;
    shape = [node.widget, node.type, node.format, node.readOnly, node.schema.maxLength, ui.autocomplete, ui.placeholder, ui.inputmode,
      ...(node.options ?? []).map((o) => o.label)].join('\u0001');
    shapes.set(node, shape);
  }
  return shape;
}

/** Builds a prototype (ids and names empty; every control `aria-invalid="false"`). */
function make(node: FieldNode, selectText: string): HTMLElement {
  const readOnly = node.readOnly ? '' : undefined;
  const ui = node.ui;
  const valid = 'false';
  switch (node.widget) {
    case 'radio':
    case 'checkboxes': {
      const multi = node.widget === 'checkboxes';
      const options = node.options ?? [];
      return el('fieldset', { part: 'field' }, el('legend', { part: 'label', class: 'label' }, new Text()),
        el('div', { class: `options${options.length <= 2 && !multi ? ' options--inline' : ''}` }, ...options.map((o, i) => el('div', { class: 'option' },
          el('input', {
            type: multi ? 'checkbox' : 'radio', class: multi ? 'checkbox' : 'radio', value: String(i),
            disabled: readOnly, autocomplete: i === 0 ? ui.autocomplete : undefined, 'aria-invalid': valid,
          }),
          el('label', {}, o.label)))));
    }
    case 'checkbox':
      return el('div', { part: 'field' }, el('div', { class: 'option' },
        el('input', { type: 'checkbox', class: 'checkbox', disabled: readOnly, 'aria-invalid': valid }),
        el('label', { part: 'label' }, new Text())));
    default: {
      let control: Control;
      if (node.widget === 'select') {
        // `<option value="i">` for `options[i]`, after the placeholder's empty value.
        control = el('select', { part: 'input', class: 'input', disabled: readOnly, autocomplete: ui.autocomplete, 'aria-invalid': valid },
          ...[{ label: selectText }, ...(node.options ?? [])].map((o, i) => new Option(o.label, i ? String(i - 1) : '')));
      } else {
        const numeric = node.widget === 'number';
        const f = node.format;
        const short = numeric || node.widget === 'date' || f === 'citizen-id' || f === 'vn-mobile' || f === 'tax-code' || (node.schema.maxLength ?? Infinity) <= 20;
        const attrs = {
          part: 'input', class: `input${short ? ' input--short' : ''}`, readonly: readOnly,
          placeholder: ui.placeholder ?? (node.widget === 'date' ? 'dd/mm/yyyy' : undefined),
          autocomplete: ui.autocomplete ?? (f === 'email' ? 'email' : f === 'vn-mobile' ? 'tel' : undefined),
          spellcheck: numeric ? 'false' : 'true', 'aria-invalid': valid,
        };
        control = node.widget === 'textarea' ? el('textarea', { ...attrs, rows: '4' }) : el('input', {
          ...attrs, type: f === 'email' ? 'email' : f === 'vn-mobile' ? 'tel' : f === 'uri' ? 'url' : 'text',
          inputmode: ui.inputmode ?? (numeric ? (node.type === 'integer' ? 'numeric' : 'decimal')
            : f === 'email' ? 'email' : f === 'vn-mobile' ? 'tel' : f === 'citizen-id' || f === 'tax-code' ? 'numeric' : undefined),
        });
      }
      return el('div', { part: 'field' }, el('label', { part: 'label', class: 'label' }, new Text()), control);
    }
  }
}

/** The DOM of the field at `pointer`: a clone of its prototype, named (ids, `name`, `for`). */
function build(node: FieldNode, pointer: string, selectText: string): Built {
  const id = idOf(pointer);
  const root = prototypeOf(node, selectText).cloneNode(true) as HTMLElement;
  let tail: Element;
  let label: Element;
  let controls: Control[];
  switch (node.widget) {
    case 'radio':
    case 'checkboxes':
      label = root.firstElementChild!;
      tail = root.lastElementChild!;
      controls = [];
      for (let option = tail.firstElementChild, i = 0; option; option = option.nextElementSibling, i++) {
        const control = option.firstElementChild as HTMLInputElement;
        control.id = i === 0 ? id : `${id}-${i}`;
        control.name = pointer;
        (option.lastElementChild as HTMLLabelElement).htmlFor = control.id;
        controls.push(control);
      }
      break;
    case 'checkbox':
      tail = root.firstElementChild!;
      label = tail.lastElementChild!;
      controls = [tail.firstElementChild as HTMLInputElement];
      break;
    default:
      label = root.firstElementChild!;
      tail = root.lastElementChild!;
      controls = [tail as Control];
  }
  if (node.widget !== 'radio' && node.widget !== 'checkboxes') {
    controls[0].id = id;
    controls[0].name = pointer;
    (label as HTMLLabelElement).htmlFor = id;
  }
  const built: Built = { root, node, pointer, name: label.firstChild as Text, label, lines: [], tail, controls, selected: 0 };
  builtFields.set(root, built);
  return built;
}

/**
 * The field at `pointer`: `previous` (what this part showed before) patched when it is this field's
 * DOM, else built (address and file fields likewise, in their own files).
 */
export function renderField(c: FieldContext, node: FieldNode, pointer: string, required: boolean, label: string, previous?: unknown): unknown {
  const id = idOf(pointer);
  const error = c.errors.get(pointer);
  const errorText = error ? c.uploader.problems.get(pointer) ?? c.message(error) : undefined;
  const prefilled = c.prefilled.has(pointer);
  const texts = c.common;
  const help = node.widget === 'date' ? (node.help ? `${node.help}. ${texts.dateHint}` : texts.dateHint) : node.help;
  const optional = required || node.readOnly ? '' : texts.optional;
  const describedBy = [help ? `${id}-hint` : '', prefilled ? `${id}-prefill` : '', errorText ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const invalid = errorText ? 'true' : 'false';
  const cls = `field${errorText ? ' field--error' : ''}${prefilled ? ' field--prefilled' : ''}`;
  const value = c.value(pointer);

  if (node.widget === 'address') return renderAddress(c, node, pointer, required, label, { help, prefilled, describedBy }, previous);
  if (node.widget === 'file') return renderFile(c, node, pointer, required, label, optional, { help, errorText, cls, describedBy, invalid }, previous);

  const old = previous instanceof Element ? builtFields.get(previous) : undefined;
  const b = old && old.node === node && old.pointer === pointer ? old : build(node, pointer, texts.select);
  const root = b.root;
  setText(b.name, label);
  setMark(b.label, optional);
  if (root.className !== cls) root.className = cls;
  line(b.lines, 0, help, () => el('p', { class: 'hint', id: `${id}-hint`, part: 'hint' }, ''), b.tail);
  line(b.lines, 1, prefilled ? c.msg('serviceForm.prefilled') : undefined, () => el('p', { class: 'prefilled', id: `${id}-prefill`, part: 'hint' }, ''), b.tail);
  line(b.lines, 2, errorText, () => el('p', { class: 'error', id: `${id}-error`, part: 'error' }, el('span', { class: 'visually-hidden' }, ''), ''), b.tail);
  if (errorText) setText(b.lines[2]!.firstChild!.firstChild as Text, c.msg('serviceForm.titleErrorPrefix'));
  const group = node.widget === 'radio' || node.widget === 'checkboxes';
  attr(group ? root : b.controls[0], 'aria-describedby', describedBy);
  for (const [i, control] of b.controls.entries()) {
    attr(control, 'aria-invalid', invalid);
    if (group) {
      const option = node.options![i].value;
      const checked = node.widget === 'checkboxes' ? Array.isArray(value) && value.some((v) => v === option) : value === option;
      if ((control as HTMLInputElement).checked !== checked) (control as HTMLInputElement).checked = checked;
    } else if (node.widget === 'checkbox') {
      if ((control as HTMLInputElement).checked !== (value === true)) (control as HTMLInputElement).checked = value === true;
    } else {
      attr(control, 'required', required);
      if (control instanceof HTMLSelectElement) {
        const index = (node.options ?? []).findIndex((o) => o.value === value) + 1;
        // The placeholder follows the language; the selected option is marked as the template did.
        setText(control.options[0].firstChild as Text, texts.select);
        // The chosen option carries `selected` (what a form reset returns to); the placeholder, first,
        // needs none (a select shows its first option by default), and cloning a select whose option
        // carries it costs a third more.
        if (b.selected !== index) {
          control.options[b.selected].removeAttribute('selected');
          if (index) control.options[index].setAttribute('selected', '');
          b.selected = index;
        }
        if (control.selectedIndex !== index) control.selectedIndex = index;
      } else {
        const text = textOf(c, node, pointer, value);
        if (control.value !== text) control.value = text;
      }
    }
  }
  return root;
}
