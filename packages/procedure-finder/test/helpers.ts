// Helpers for the finder's browser tests: wait for results, read them, type like a user.
import { waitUntil } from '@open-wc/testing';
import type { DvcProcedureDetail, DvcProcedureFinder } from '../src/index.js';

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] =>
  [...el.shadowRoot!.querySelectorAll<T>(selector)];

export const resultCodes = (el: DvcProcedureFinder): string[] =>
  $$(el, '[part~="result"]').map((li) => li.dataset.code!);

export const statusText = (el: DvcProcedureFinder): string => $(el, '[part~="status"]')?.textContent?.trim() ?? '';

/** Waits until the finder shows results or the empty state, and is not searching. */
export async function results(el: DvcProcedureFinder): Promise<void> {
  await waitUntil(() => ($(el, '[part~="result"]') || $(el, '[part~="empty"]')) && !el.matches(':state(searching)'),
    'the finder showed no results', { timeout: 8000 });
  await el.updateComplete;
}

/** Sets the search field's text as one input event (a paste, or the last keystroke of a word). */
export async function search(el: DvcProcedureFinder, q: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#q')!;
  input.value = q;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  await results(el);
}

export async function loaded(detail: DvcProcedureDetail): Promise<void> {
  await waitUntil(() => $(detail, 'h2') || $(detail, '[part~="error"]'), 'the procedure did not load', { timeout: 8000 });
  await detail.updateComplete;
}

/** Filters the errors that are not the test's: none expected, kept for symmetry with other packages. */
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
