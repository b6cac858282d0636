// Keeping one dossier current: Server-Sent Events while they work, polling while they do not, and a
// fresh subscription now and then after the stream gave up. No rendering (tested without a page).
import type { BackendError, Dossier, DvcBackend, Unsubscribe } from '@dvc/core';
import { lastEventId } from './dossier.js';

/** `live`: the stream is open; `reconnecting`: it dropped and is coming back; `polling`: it gave up. */
export type LiveState = 'live' | 'reconnecting' | 'polling' | 'stopped';

export interface LiveOptions {
  readonly backend: DvcBackend;
  readonly code: string;
  readonly verification: string;
  /** Milliseconds between two `getDossier` calls while the stream is down. */
  readonly pollMs: number;
  /** A newer dossier arrived. */
  readonly onDossier: (dossier: Dossier) => void;
  readonly onState: (state: LiveState) => void;
  /** How many times to subscribe again after the stream gave up (backoff doubles each time). */
  readonly maxResubscribes?: number;
}

export class LiveDossier {
  readonly #o: LiveOptions;
  #unsubscribe: Unsubscribe | undefined;
  #poll: ReturnType<typeof setInterval> | undefined;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #resubscribes = 0;
  #lastId: string | undefined;
  #abort: AbortController | undefined;
  #state: LiveState = 'stopped';

  constructor(options: LiveOptions) {
    this.#o = options;
  }

  get state(): LiveState {
    return this.#state;
  }

  /** Opens the stream after the events `dossier` already shows. */
  start(dossier: Dossier): void {
    this.stop();
    this.#lastId = lastEventId(dossier);
    this.#subscribe();
  }

  /** Closes everything (offline, disconnected, another dossier). */
  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    clearInterval(this.#poll);
    clearTimeout(this.#retry);
    this.#poll = this.#retry = undefined;
    this.#abort?.abort();
    this.#set('stopped');
  }

  /** Fetches the dossier now; resolves false when that failed. */
  async refresh(): Promise<boolean> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    try {
      const dossier = await this.#o.backend.getDossier(this.#o.code, this.#o.verification, { signal: abort.signal });
      if (abort.signal.aborted) return false;
      this.#lastId = lastEventId(dossier) ?? this.#lastId;
      this.#o.onDossier(dossier);
      return true;
    } catch {
      return false;
    }
  }

  #set(state: LiveState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#o.onState(state);
  }

  #subscribe(): void {
    this.#set('live');
    this.#unsubscribe = this.#o.backend.subscribeDossierEvents(this.#o.code, this.#o.verification, {
      lastEventId: this.#lastId,
      onEvent: (event) => {
        this.#lastId = String(event.id);
        this.#resubscribes = 0;
        this.#stopPolling();
        this.#set('live');
        // The event names the new status; the dossier carries what goes with it (fees, supplement, …).
        void this.refresh();
      },
      onError: (_error: BackendError, { willRetry }) => {
        this.#startPolling();
        if (willRetry) return this.#set('reconnecting');
        this.#unsubscribe?.();
        this.#unsubscribe = undefined;
        this.#set('polling');
        const max = this.#o.maxResubscribes ?? 5;
        if (this.#resubscribes < max) {
          const delay = this.#o.pollMs * 2 ** this.#resubscribes++;
          clearTimeout(this.#retry);
          this.#retry = setTimeout(() => this.#subscribe(), delay);
        }
      },
    });
  }

  #startPolling(): void {
    this.#poll ??= setInterval(() => void this.refresh(), this.#o.pollMs);
  }

  #stopPolling(): void {
    clearInterval(this.#poll);
    this.#poll = undefined;
  }
}
