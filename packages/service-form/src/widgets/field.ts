// One field: label, hint, prefill note, message and control, by widget (text, textarea, number, date,
// select, radio, checkboxes, checkbox; address and file are Lit templates in their own files).
//
// These fields are native DOM, built once and patched in place afterwards. A long page is hundreds of
// fields, and one Lit template instance per field (a clone, a tree walk, ~20 parts and their marker
// comments) was most of the form's first render; a keystroke re-renders its field only, and the patch
// touches only what changed (usually nothing but the message).
import { formatDate } from '@dvc/core';
import { idOf } from '../internal/ids.js';
import type { FieldNode } from '../internal/types.js';
import { nothing, html } from '../lit.js';
import { renderAddress } from './address.js';
import type { FieldContext } from './context.js';
import { renderFile } from './file.js';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A built field: its root, what gets patched, and what it was built for. */
interface Built {
  readonly root: HTMLElement;
  readonly node: FieldNode;
  readonly pointer: string;
  /** The label's (or legend's) text and its optional mark. */
  readonly name: Text;
  readonly optional: Text;
  /** The hint, prefill note and message lines, in this order, each before `tail` when shown. */
  readonly lines: (HTMLElement | undefined)[];
  readonly tail: Element;
  /** The input, select or text area; one input per option for radios and checkboxes. */
  readonly controls: Control[];
}

const builtFields = new WeakMap<Element, Built>();

/** `<tag attr…>children</tag>`; an attribute given `undefined` is left out. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined>, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const name in attrs) if (attrs[name] !== undefined) e.setAttribute(name, attrs[name]);
  // One child at a time: `append(a, b)` would first gather them in a DocumentFragment.
  for (const child of children) e.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  return e;
}

/** Sets, changes or removes (`undefined`/`false`) an attribute, touching the DOM only on a change. */
function attr(e: Element, name: string, value: string | boolean | undefined): void {
  const text = value === true ? '' : value === false ? undefined : value;
  if (text === undefined) e.removeAttribute(name);
  else if (e.getAttribute(name) !== text) e.setAttribute(name, text);
}

const setText = (t: Text, data: string) => {
  if (t.data !== data) t.data = data;
};

/** The text box's text: as typed, else the value (an ISO date as dd/mm/yyyy). */
function textOf(c: FieldContext, node: FieldNode, pointer: string, value: unknown): string {
  const typed = c.typed.get(pointer);
  if (typed !== undefined) return typed;
  if (value === undefined || value === null) return '';
  return node.widget === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : String(value);
}

/** Builds the DOM of a field (everything that does not change while the citizen fills it in). */
function build(node: FieldNode, pointer: string, selectText: string): Built {
  const id = idOf(pointer);
  const name = new Text();
  const optional = new Text();
  const mark = () => el('span', { class: 'optional' }, optional);
  const readOnly = node.readOnly ? '' : undefined;
  const ui = node.ui;
  let root: HTMLElement;
  let tail: HTMLElement;
  let controls: Control[];
  switch (node.widget) {
    case 'radio':
    case 'checkboxes': {
      const multi = node.widget === 'checkboxes';
      const options = node.options ?? [];
      controls = options.map((_, i) => el('input', {
        type: multi ? 'checkbox' : 'radio', class: multi ? 'checkbox' : 'radio', id: i === 0 ? id : `${id}-${i}`, name: pointer, value: String(i),
        disabled: readOnly, autocomplete: i === 0 ? ui.autocomplete : undefined,
      }));
      tail = el('div', { class: `options${options.length <= 2 && !multi ? ' options--inline' : ''}` },
        ...options.map((o, i) => el('div', { class: 'option' }, controls[i], el('label', { for: controls[i].id }, o.label))));
      root = el('fieldset', { part: 'field' }, el('legend', { part: 'label', class: 'label' }, name, mark()), tail);
      break;
    }
    case 'checkbox':
      controls = [el('input', { type: 'checkbox', class: 'checkbox', id, name: pointer, disabled: readOnly })];
      tail = el('div', { class: 'option' }, controls[0], el('label', { for: id, part: 'label' }, name, mark()));
      root = el('div', { part: 'field' }, tail);
      break;
    default: {
      const common = { id, name: pointer, part: 'input' };
      if (node.widget === 'select') {
        // `<option value="i">` for `options[i]`, after the placeholder's empty value.
        controls = [el('select', { ...common, class: 'input', disabled: readOnly, autocomplete: ui.autocomplete },
          ...[{ label: selectText }, ...(node.options ?? [])].map((o, i) => new Option(o.label, i ? String(i - 1) : '')))];
      } else {
        const numeric = node.widget === 'number';
        const f = node.format;
        const short = numeric || node.widget === 'date' || f === 'citizen-id' || f === 'vn-mobile' || f === 'tax-code' || (node.schema.maxLength ?? Infinity) <= 20;
        const attrs = {
          ...common, class: `input${short ? ' input--short' : ''}`, readonly: readOnly,
          placeholder: ui.placeholder ?? (node.widget === 'date' ? 'dd/mm/yyyy' : undefined),
          autocomplete: ui.autocomplete ?? (f === 'email' ? 'email' : f === 'vn-mobile' ? 'tel' : undefined),
          spellcheck: numeric ? 'false' : 'true',
        };
        controls = [node.widget === 'textarea' ? el('textarea', { ...attrs, rows: '4' }) : el('input', {
          ...attrs, type: f === 'email' ? 'email' : f === 'vn-mobile' ? 'tel' : f === 'uri' ? 'url' : 'text',
          inputmode: ui.inputmode ?? (numeric ? (node.type === 'integer' ? 'numeric' : 'decimal')
            : f === 'email' ? 'email' : f === 'vn-mobile' ? 'tel' : f === 'citizen-id' || f === 'tax-code' ? 'numeric' : undefined),
        })];
      }
      tail = controls[0];
      root = el('div', { part: 'field' }, el('label', { for: id, part: 'label', class: 'label' }, name, mark()), tail);
    }
  }
  const built: Built = { root, node, pointer, name, optional, lines: [], tail, controls };
  builtFields.set(root, built);
  return built;
}

/** Shows, changes or removes line `i` (0 hint, 1 prefill note, 2 message), keeping their order. */
function line(b: Built, i: number, text: string | undefined, make: () => HTMLElement): void {
  let p = b.lines[i];
  if (text === undefined) {
    p?.remove();
    b.lines[i] = undefined;
    return;
  }
  if (!p) {
    p = b.lines[i] = make();
    (b.lines.slice(i + 1).find(Boolean) ?? b.tail).before(p);
  }
  setText(p.lastChild as Text, text);
}

/**
 * The field at `pointer`: `previous` (what this part showed before) patched when it is this field's
 * DOM, else built. Address and file fields are Lit templates.
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

  if (node.widget === 'address' || node.widget === 'file') {
    const hint = help ? html`<p class="hint" id="${id}-hint" part="hint">${help}</p>` : nothing;
    if (node.widget === 'file') {
      const errorLine = errorText ? html`<p class="error" id="${id}-error" part="error"><span class="visually-hidden">${c.msg('serviceForm.titleErrorPrefix')}</span>${errorText}</p>` : nothing;
      return renderFile(c, node, pointer, required, label, optional, { hint, errorLine, cls, describedBy, invalid });
    }
    const prefillNote = prefilled ? html`<p class="prefilled" id="${id}-prefill" part="hint">${c.msg('serviceForm.prefilled')}</p>` : nothing;
    return renderAddress(c, node, pointer, required, label, { hint, prefillNote, describedBy });
  }

  const old = previous instanceof Element ? builtFields.get(previous) : undefined;
  const b = old && old.node === node && old.pointer === pointer ? old : build(node, pointer, texts.select);
  const root = b.root;
  setText(b.name, label);
  setText(b.optional, optional);
  if (root.className !== cls) root.className = cls;
  line(b, 0, help, () => el('p', { class: 'hint', id: `${id}-hint`, part: 'hint' }, ''));
  line(b, 1, prefilled ? c.msg('serviceForm.prefilled') : undefined, () => el('p', { class: 'prefilled', id: `${id}-prefill`, part: 'hint' }, ''));
  line(b, 2, errorText, () => el('p', { class: 'error', id: `${id}-error`, part: 'error' }, el('span', { class: 'visually-hidden' }, ''), ''));
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
        for (const [j, option] of [...control.options].entries()) attr(option, 'selected', j === index);
        if (control.selectedIndex !== index) control.selectedIndex = index;
      } else {
        const text = textOf(c, node, pointer, value);
        if (control.value !== text) control.value = text;
      }
    }
  }
  return root;
}
