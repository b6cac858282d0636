// In-process fan-out of dossier events to SSE streams. The store publishes after each commit, so a
// listener never sees a step that was rolled back. A multi-process deployment would feed this from
// the database (e.g. PostgreSQL LISTEN/NOTIFY) instead.
import type { DossierEventRecord } from '../store/store.js';

type Listener = (event: DossierEventRecord) => void;

export class DossierEventBus {
  #listeners = new Map<string, Set<Listener>>();

  subscribe(dossierCode: string, listener: Listener): () => void {
    let set = this.#listeners.get(dossierCode);
    if (!set) this.#listeners.set(dossierCode, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.#listeners.delete(dossierCode);
    };
  }

  publish(event: DossierEventRecord): void {
    for (const listener of this.#listeners.get(event.dossierCode) ?? []) {
      try {
        listener(event);
      } catch {
        // one broken stream must not stop the others
      }
    }
  }

  listenerCount(dossierCode: string): number {
    return this.#listeners.get(dossierCode)?.size ?? 0;
  }
}
