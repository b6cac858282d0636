// Small native-DOM helpers of the fields that are built once and patched in place (field.ts, address.ts).
import type { FieldNode } from '../internal/types.js';

/** What every natively built field keeps: its root, what it was built for, and the texts it patches. */
export interface BuiltField {
  readonly root: HTMLElement;
  readonly node: FieldNode;
  readonly pointer: string;
  /** The label's (or legend's) text, and the label itself, which holds the optional mark (`setMark`). */
  readonly name: Text;
  readonly label: Element;
  /** Hint, notes and message lines, in order, each shown before the next one or the field's tail. */
  readonly lines: (HTMLElement | undefined)[];
}

/** `<tag attr…>children</tag>`; an attribute given `undefined` is left out. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined>, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const name in attrs) if (attrs[name] !== undefined) e.setAttribute(name, attrs[name]);
  // One child at a time: `append(a, b)` would first gather them in a DocumentFragment.
  for (const child of children) e.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  return e;
}

/** Sets, changes or removes (`undefined`/`false`) an attribute, touching the DOM only on a change. */
export function attr(e: Element, name: string, value: string | boolean | undefined): void {
  const text = value === true ? '' : value === false ? undefined : value;
  if (text === undefined) e.removeAttribute(name);
  else if (e.getAttribute(name) !== text) e.setAttribute(name, text);
}

export const setText = (t: Text, data: string) => {
  if (t.data !== data) t.data = data;
};

/**
 * The " (không bắt buộc)" mark at the end of `label`: a span there only while the field is optional.
 * Most fields are required, and on a long form every element costs first-render time.
 */
export function setMark(label: Element, text: string): void {
  const span = label.lastElementChild;
  if (!text) span?.remove();
  else if (span) setText(span.firstChild as Text, text);
  else label.appendChild(el('span', { class: 'optional' }, text));
}

/**
 * Shows, changes or removes line `i` of `lines` (e.g. hint, prefill note, message), keeping their
 * order: a new line goes before the next shown one, else before `tail`. A line's text is its last child.
 */
export function line(lines: (HTMLElement | undefined)[], i: number, text: string | undefined, make: () => HTMLElement, tail: Element): void {
  let p = lines[i];
  if (text === undefined) {
    p?.remove();
    lines[i] = undefined;
    return;
  }
  if (!p) {
    p = lines[i] = make();
    (lines.slice(i + 1).find(Boolean) ?? tail).before(p);
  }
  setText(p.lastChild as Text, text);
}
