import { ContextRoot } from '@lit/context';

const ATTACHED = Symbol.for('dvc-elements.context-root');

/**
 * Attaches one `ContextRoot` to the document (once per page, shared by all bundles). It remembers the
 * context requests nobody answered — a component upgraded before the `<dvc-config>` around it — and
 * replays them when that provider connects, so the order in which tags are defined does not matter.
 */
export function ensureContextRoot(doc: Document | undefined = globalThis.document): void {
  if (!doc) return;
  const marked = doc as Document & { [ATTACHED]?: true };
  if (marked[ATTACHED]) return;
  marked[ATTACHED] = true;
  new ContextRoot().attach(doc as unknown as HTMLElement);
}
