// Small helpers both elements use.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { BackendError } from '@dvc/core';

/** Sets the element's custom states (`:state(loading)`…) from `flags`. */
export function setStates(internals: ElementInternals, flags: Record<string, boolean>): void {
  for (const [name, on] of Object.entries(flags)) {
    try {
      if (on) internals.states.add(name);
      else internals.states.delete(name);
    } catch {
      // engines without custom state names: the states are a nicety
    }
  }
}

export function toBackendError(error: unknown): BackendError {
  return error instanceof BackendError ? error : new BackendError(String(error), { kind: 'invalid-response', cause: error });
}

/** Grey placeholder lines of the given widths (%), hidden from assistive technology by the caller. */
export const skeleton = (widths: number[]): TemplateResult[] =>
  widths.map((w) => html`<span class="skeleton" style="inline-size:${w}%"></span>`);
