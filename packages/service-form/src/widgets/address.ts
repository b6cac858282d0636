// The address widget: province and commune chosen from the backend's admin units (a text box when
// they cannot be listed), street typed; also the submission's delivery address.
import type { AdminUnit, DvcBackend } from '@dvc/core';
import { idOf } from '../internal/ids.js';
import { requiredKeys } from '../internal/model.js';
import { childPointer } from '../internal/pointer.js';
import type { FieldNode } from '../internal/types.js';
import { attr, el, line, setMark, setText } from './dom.js';
import type { FieldContext } from './context.js';

export type UnitList = AdminUnit[] | 'loading' | 'error';
const unitCache = new WeakMap<DvcBackend, Map<string, UnitList>>();

/** The admin units under `parent` ('' for provinces), once per backend; asks for them on first use and re-renders. */
export function unitsOf(c: Pick<FieldContext, 'backend' | 'requestUpdate'>, parent: string): UnitList {
  const backend = c.backend();
  if (!backend) return 'error';
  let cache = unitCache.get(backend);
  if (!cache) unitCache.set(backend, (cache = new Map()));
  const found = cache.get(parent);
  if (found) return found;
  cache.set(parent, 'loading');
  // A failure is remembered (no retry loop on every render): the codes can still be typed.
  backend.listAdminUnits(parent || undefined).then(
    (units) => cache.set(parent, units),
    () => cache.set(parent, 'error'),
  ).then(() => c.requestUpdate());
  return 'loading';
}

/** One of the three parts of an address: province, commune (chosen from lists, or typed) and street. */
interface PartBuilt {
  readonly root: HTMLElement;
  readonly label: HTMLLabelElement;
  readonly name: Text;
  /** The message, then (a list that failed to load) the note that codes may be typed. */
  readonly lines: (HTMLElement | undefined)[];
  control: HTMLInputElement | HTMLSelectElement;
  /** What the control shows now: the list its options came from, the code, the placeholder's text. */
  list?: UnitList;
  code?: string;
  placeholder?: string;
}

interface AddressBuilt {
  readonly root: HTMLElement;
  readonly node: FieldNode | undefined;
  readonly pointer: string;
  readonly legend: Text;
  readonly legendEl: HTMLElement;
  /** The hint and the prefill note, before the parts. */
  readonly lines: (HTMLElement | undefined)[];
  readonly parts: PartBuilt[];
}

const builtAddresses = new WeakMap<Element, AddressBuilt>();
const KEYS = [['provinceCode', 'serviceForm.province'], ['communeCode', 'serviceForm.commune'], ['street', 'serviceForm.street']] as const;

function labelled(tag: 'legend' | 'label', attrs: Record<string, string | undefined>): [HTMLElement, Text] {
  const name = new Text();
  return [el(tag, attrs, name), name];
}

function buildAddress(node: FieldNode | undefined, pointer: string): AddressBuilt {
  const [legendEl, legend] = labelled('legend', { part: 'label', class: 'group__legend' });
  const parts = KEYS.map((): PartBuilt => {
    const [label, name] = labelled('label', { part: 'label', class: 'label' });
    const control = el('input', {});
    return { root: el('div', { class: 'field', part: 'field' }, label, control), label: label as HTMLLabelElement, name, lines: [], control };
  });
  const root = el('fieldset', { class: 'group', part: 'field' }, legendEl, ...parts.map((p) => p.root));
  const built = { root, node, pointer, legend, legendEl, lines: [], parts };
  builtAddresses.set(root, built);
  return built;
}

/**
 * An address field: native DOM built once and patched in place, like the other fields (`previous`:
 * what it returned last time). Without `node` it is the submission's delivery address
 * (`#deliveryAddress/…`, every part required, held outside the data).
 */
export function renderAddress(
  c: FieldContext, node: FieldNode | undefined, pointer: string, required: boolean, label: string,
  bits: { help?: string; prefilled?: boolean; describedBy: string | undefined }, previous?: unknown,
): HTMLElement {
  const scope = node ? undefined : 'submission';
  const value = (scope ? c.delivery() : c.value(pointer)) as Record<string, unknown> | undefined ?? {};
  const children = node?.children ?? [];
  const requiredKeysNow = scope ? new Set(['provinceCode', 'communeCode', 'street']) : requiredKeys(node!, value);
  const province = typeof value.provinceCode === 'string' ? value.provinceCode : '';
  const codes = [province, typeof value.communeCode === 'string' ? value.communeCode : ''];
  const lists = [unitsOf(c, ''), province ? unitsOf(c, province) : []];
  const sub = (key: string) => (scope ? `${pointer}/${key}` : childPointer(pointer, key));
  const optionalText = ` ${c.msg('common.optional')}`;
  const old = previous instanceof Element ? builtAddresses.get(previous) : undefined;
  const b = old && old.node === node && old.pointer === pointer ? old : buildAddress(node, pointer);
  const id = idOf(pointer);
  setText(b.legend, label);
  setMark(b.legendEl, required ? '' : optionalText);
  attr(b.root, 'aria-describedby', bits.describedBy);
  line(b.lines, 0, bits.help, () => el('p', { class: 'hint', id: `${id}-hint`, part: 'hint' }, ''), b.parts[0].root);
  line(b.lines, 1, bits.prefilled ? c.msg('serviceForm.prefilled') : undefined, () => el('p', { class: 'prefilled', id: `${id}-prefill`, part: 'hint' }, ''), b.parts[0].root);
  KEYS.forEach(([key, labelKey], i) => {
    const part = b.parts[i];
    const p = sub(key);
    const partId = idOf(p);
    const error = c.errors.get(p);
    const text = error ? c.message(error) : undefined;
    setText(part.name, children.find((n) => n.key === key)?.label ?? c.msg(labelKey));
    setMark(part.label, required && requiredKeysNow.has(key) ? '' : optionalText);
    attr(part.root, 'class', text ? 'field field--error' : 'field');
    line(part.lines, 0, text, () => el('p', { class: 'error', id: `${partId}-error`, part: 'error' }, el('span', { class: 'visually-hidden' }, ''), ''), part.lines[1] ?? part.control);
    if (text) setText(part.lines[0]!.firstChild!.firstChild as Text, c.msg('serviceForm.titleErrorPrefix'));
    const list = i < 2 ? lists[i] : undefined;
    const asSelect = list !== undefined && list !== 'error';
    // A list that failed to load: the code is typed (with a note when there is a backend to blame).
    line(part.lines, 1, list === 'error' && c.backend() ? c.msg('serviceForm.unitsError') : undefined, () => el('p', { class: 'hint' }, ''), part.control);
    let control = part.control;
    if ((control instanceof HTMLSelectElement) !== asSelect || !control.id) {
      const next = el(asSelect ? 'select' : 'input', {});
      control.replaceWith(next);
      control = part.control = next;
      part.list = part.code = part.placeholder = undefined;
      control.id = part.label.htmlFor = partId;
      control.name = p;
      attr(control, 'part', 'input');
      attr(control, 'data-scope', scope);
      if (asSelect) attr(control, 'data-address', key === 'provinceCode' ? 'province' : 'commune');
      else if (i === 2) attr(control, 'autocomplete', 'street-address');
    }
    attr(control, 'class', list === 'error' ? 'input input--short' : 'input');
    attr(control, 'aria-invalid', text ? 'true' : 'false');
    attr(control, 'aria-describedby', [bits.describedBy, text ? `${partId}-error` : ''].filter(Boolean).join(' ') || undefined);
    if (control instanceof HTMLSelectElement) {
      const code = codes[i];
      const placeholder = list === 'loading' ? c.msg('serviceForm.unitsLoading') : c.msg('serviceForm.select');
      attr(control, 'disabled', (i === 1 && !province) || !!node?.readOnly);
      attr(control, 'aria-busy', list === 'loading' ? 'true' : 'false');
      if (part.list !== list || part.code !== code || part.placeholder !== placeholder) {
        const units = list === 'loading' ? (code ? [{ code, name: code }] : []) : list as AdminUnit[];
        control.replaceChildren(new Option(placeholder, '', !code, !code), ...units.map((u) => new Option(u.name, u.code, u.code === code, u.code === code)));
        Object.assign(part, { list, code, placeholder });
      }
    } else if (i < 2) {
      // Typed codes: the box shows the value it was last given (what the citizen types stays).
      if (part.code !== codes[i]) control.value = part.code = codes[i];
    } else {
      attr(control, 'readonly', !!node?.readOnly);
      const street = c.typed.get(p) ?? (typeof value.street === 'string' ? value.street : '');
      if (control.value !== street) control.value = street;
    }
  });
  return b.root;
}
