import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Debouncer } from './internal/debounce.js';
import { defaultDraftStore, type Draft, type DraftStore } from './internal/draft-store.js';
import { isObject } from './internal/model.js';

const AUTOSAVE_MS = 400;

/** What the form tells its draft controller; asked when a save runs, never on each change. */
export interface DraftSource {
  /** Whether a draft is kept now (autosave on and the form showing). */
  active(): boolean;
  /** The page's store, if it gave one. */
  store(): DraftStore | undefined;
  /** `dvc-draft:<procedure>:<version>:<citizen>`. */
  key(): string;
  /** The draft to keep; nothing while there is no form. */
  snapshot(): Draft | undefined;
}

/**
 * The form's draft: saved 400 ms after the last change and on `pagehide` (and when the form leaves the
 * page), looked up on load and offered until the citizen chooses, deleted when they start again or
 * the dossier is sent.
 */
export class DraftController implements ReactiveController {
  /** The saved draft found on load, offered until the citizen continues it or starts again. */
  offer: Draft | undefined;
  readonly #source: DraftSource;
  readonly #saver = new Debouncer(AUTOSAVE_MS, () => void this.#save());

  constructor(host: ReactiveControllerHost, source: DraftSource) {
    this.#source = source;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.flush);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.flush);
    this.flush();
  }

  get #store(): DraftStore {
    return this.#source.store() ?? defaultDraftStore();
  }

  /** A change: the draft is saved once the citizen pauses. */
  schedule(): void {
    if (this.#source.active()) this.#saver.touch();
  }

  /** Saves now if a save is pending. */
  readonly flush = (): void => this.#saver.flush();

  /** Drops a pending save. */
  cancel(): void {
    this.#saver.cancel();
  }

  async #save(): Promise<void> {
    if (!this.#source.active()) return;
    const draft = this.#source.snapshot();
    if (!draft) return;
    try {
      await this.#store.set(this.#source.key(), draft);
    } catch {
      // Storage full or refused: the form still works, only the draft is not kept.
    }
  }

  /** The saved draft for the current key, when it is one (an unreadable store is no draft). */
  async find(): Promise<Draft | undefined> {
    const draft = await this.#store.get(this.#source.key()).catch(() => undefined);
    return draft && isObject(draft.data) && typeof draft.idempotencyKey === 'string' ? draft : undefined;
  }

  /** Deletes the saved draft (never fails). */
  delete(): Promise<void> {
    return this.#store.delete(this.#source.key()).catch(() => undefined);
  }
}
