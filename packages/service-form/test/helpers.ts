// Helpers for the form's component tests: find things in the one shadow root, type like a user.
import { waitUntil } from '@open-wc/testing';
import type { DvcServiceForm } from '../src/service-form.js';

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] =>
  [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The input whose name is `pointer` (the first one for a radio group). */
export const field = <T extends HTMLElement = HTMLInputElement>(el: Element, pointer: string): T =>
  $<T>(el, `[name="${CSS.escape(pointer)}"]`)!;

/** Waits for the form. */
export async function waitForForm(el: DvcServiceForm): Promise<void> {
  await waitUntil(() => !!$(el, 'form'), 'no form appeared', { timeout: 8000 });
  await el.updateComplete;
}

/** Types `text` into the field (replacing its value) as input events, then leaves it. */
export async function fill(el: DvcServiceForm, pointer: string, text: string, leave = true): Promise<void> {
  const input = field<HTMLInputElement>(el, pointer);
  if (!input) throw new Error(`no input named ${pointer}`);
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true, composed: true }));
  if (leave) input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Picks the option labelled `label` of a radio group or select named `pointer`. */
export async function choose(el: DvcServiceForm, pointer: string, label: string): Promise<void> {
  const first = field<HTMLInputElement | HTMLSelectElement>(el, pointer);
  if (first instanceof HTMLSelectElement) {
    const option = [...first.options].find((o) => o.textContent?.trim() === label);
    if (!option) throw new Error(`no option ${label} in ${pointer}`);
    first.value = option.value;
    first.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  } else {
    const radios = $$<HTMLInputElement>(el, `input[name="${CSS.escape(pointer)}"]`);
    const radio = radios.find((r) => $(el, `label[for="${r.id}"]`)?.textContent?.trim() === label);
    if (!radio) throw new Error(`no radio ${label} in ${pointer}`);
    radio.click();
  }
  await el.updateComplete;
}

export async function tick(el: DvcServiceForm, pointer: string, on = true): Promise<void> {
  const box = field<HTMLInputElement>(el, pointer);
  if (box.checked !== on) box.click();
  await el.updateComplete;
}

export async function press(el: DvcServiceForm, selector: string): Promise<void> {
  const button = $<HTMLButtonElement>(el, selector);
  if (!button) throw new Error(`no ${selector}`);
  button.click();
  await el.updateComplete;
  await el.updateComplete;
}

export const next = (el: DvcServiceForm) => press(el, 'form button[type=submit]');

export const summaryItems = (el: Element) => $$(el, '#error-summary li').map((li) => li.textContent!.trim());

/** A small valid PDF (the server checks the magic bytes). */
export function pdf(name = 'giay-chung-sinh.pdf', bytes = 2048): File {
  const head = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
  const body = new Uint8Array(Math.max(bytes, head.length));
  body.set(head);
  return new File([body], name, { type: 'application/pdf' });
}

export async function chooseFile(el: DvcServiceForm, pointer: string, file: File): Promise<void> {
  const input = field<HTMLInputElement>(el, pointer);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Presses Continue until the check-your-answers page (choosing the first result channel on the way). */
export async function toReview(el: DvcServiceForm): Promise<void> {
  for (let i = 0; i < 8 && !$(el, 'button[part~=submit]'); i++) {
    const channels = $$<HTMLInputElement>(el, 'input[name="#resultChannel"]');
    if (channels.length && !channels.some((c) => c.checked)) {
      channels[0].click();
      await el.updateComplete;
    }
    await next(el);
    if ($(el, '#error-summary')) throw new Error(`stopped on errors: ${summaryItems(el).join('; ')}`);
  }
}
