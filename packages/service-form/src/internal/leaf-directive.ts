// A part of the form's template that can re-render on its own. Typing in one field re-renders that
// field only (its value, message and state), never the whole form: the form keeps a registry of these
// parts by JSON Pointer and calls `refresh()` on the one that changed. A full render (step change,
// a condition showing or hiding fields) re-runs `render()` with a fresh template function. The template
// function gets what it returned last time, so that native DOM (widgets/field.ts) is patched, not rebuilt.
import { noChange } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';

export type PartRegistry = Map<string, LeafDirective>;

export class LeafDirective extends AsyncDirective {
  #key = '';
  #registry: PartRegistry | undefined;
  #template: ((previous: unknown) => unknown) | undefined;
  #last: unknown;

  render(key: string, registry: PartRegistry, template: (previous: unknown) => unknown): unknown {
    if (this.#registry && (this.#key !== key || this.#registry !== registry) && this.#registry.get(this.#key) === this) {
      this.#registry.delete(this.#key);
    }
    this.#key = key;
    this.#registry = registry;
    this.#template = template;
    registry.set(key, this);
    return (this.#last = template(this.#last));
  }

  /** Re-renders this part alone with its current template function. */
  refresh(): void {
    if (this.isConnected && this.#template) this.setValue((this.#last = this.#template(this.#last)));
  }

  protected override disconnected(): void {
    if (this.#registry?.get(this.#key) === this) this.#registry.delete(this.#key);
  }

  protected override reconnected(): void {
    this.#registry?.set(this.#key, this);
    this.setValue(this.#template ? (this.#last = this.#template(this.#last)) : noChange);
  }
}

/** `${leaf(pointer, registry, (previous) => html`…`)}` */
export const leaf = directive(LeafDirective);
