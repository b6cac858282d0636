// Where drafts live: IndexedDB (survives reloads and tab crashes, large values), else localStorage,
// else memory (private modes that refuse both). Keys: dvc-draft:<procedure>:<version>:<user>.
import type { Address, ResultChannel } from '@dvc/core';

/** What the form keeps of an application in progress. Everything is plain JSON. */
export interface Draft {
  readonly data: Record<string, unknown>;
  /** One Idempotency-Key per draft: a retry or a reload sends the same one. */
  readonly idempotencyKey: string;
  readonly step: number;
  readonly savedAt: string;
  readonly choices?: Readonly<Record<string, number>>;
  readonly uploads?: Readonly<Record<string, { id: string; name: string; size: number }>>;
  readonly resultChannel?: ResultChannel;
  readonly deliveryAddress?: Address;
  /** Fields filled from the profile (shown as prefilled after a restore). */
  readonly prefilled?: readonly string[];
}

export interface DraftStore {
  get(key: string): Promise<Draft | undefined>;
  set(key: string, draft: Draft): Promise<void>;
  delete(key: string): Promise<void>;
}

export function draftKey(procedure: string, version: string, user: string): string {
  return `dvc-draft:${procedure}:${version}:${user}`;
}

export class MemoryDraftStore implements DraftStore {
  readonly #map = new Map<string, string>();
  async get(key: string): Promise<Draft | undefined> {
    const raw = this.#map.get(key);
    return raw ? (JSON.parse(raw) as Draft) : undefined;
  }
  async set(key: string, draft: Draft): Promise<void> {
    this.#map.set(key, JSON.stringify(draft));
  }
  async delete(key: string): Promise<void> {
    this.#map.delete(key);
  }
}

export class LocalStorageDraftStore implements DraftStore {
  constructor(private readonly storage: Storage) {}
  async get(key: string): Promise<Draft | undefined> {
    const raw = this.storage.getItem(key);
    if (!raw) return undefined;
    try {
      return JSON.parse(raw) as Draft;
    } catch {
      return undefined;
    }
  }
  async set(key: string, draft: Draft): Promise<void> {
    this.storage.setItem(key, JSON.stringify(draft));
  }
  async delete(key: string): Promise<void> {
    this.storage.removeItem(key);
  }
}

const DB = 'dvc-elements';
const STORE = 'drafts';

export class IndexedDbDraftStore implements DraftStore {
  #db: Promise<IDBDatabase> | undefined;
  constructor(private readonly factory: IDBFactory) {}

  #open(): Promise<IDBDatabase> {
    this.#db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = this.factory.open(DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('IndexedDB blocked'));
    });
    return this.#db;
  }

  async #run<T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const db = await this.#open();
    return new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = op(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  }

  async get(key: string): Promise<Draft | undefined> {
    return (await this.#run('readonly', (s) => s.get(key))) as Draft | undefined;
  }
  async set(key: string, draft: Draft): Promise<void> {
    await this.#run('readwrite', (s) => s.put(draft, key));
  }
  async delete(key: string): Promise<void> {
    await this.#run('readwrite', (s) => s.delete(key));
  }
}

/** Tries each store in turn: a store that fails once is skipped from then on. */
export class FallbackDraftStore implements DraftStore {
  #stores: DraftStore[];
  constructor(stores: DraftStore[]) {
    this.#stores = stores;
  }
  async #try<T>(op: (s: DraftStore) => Promise<T>): Promise<T> {
    for (;;) {
      const store = this.#stores[0];
      try {
        return await op(store);
      } catch (error) {
        if (this.#stores.length === 1) throw error;
        this.#stores = this.#stores.slice(1);
      }
    }
  }
  get(key: string): Promise<Draft | undefined> {
    return this.#try((s) => s.get(key));
  }
  set(key: string, draft: Draft): Promise<void> {
    return this.#try((s) => s.set(key, draft));
  }
  delete(key: string): Promise<void> {
    return this.#try((s) => s.delete(key));
  }
}

let shared: DraftStore | undefined;

/** The page's draft store: IndexedDB, then localStorage, then memory. */
export function defaultDraftStore(): DraftStore {
  if (shared) return shared;
  const stores: DraftStore[] = [];
  try {
    if (globalThis.indexedDB) stores.push(new IndexedDbDraftStore(globalThis.indexedDB));
  } catch { /* blocked by the browser's privacy settings */ }
  try {
    if (globalThis.localStorage) stores.push(new LocalStorageDraftStore(globalThis.localStorage));
  } catch { /* idem */ }
  stores.push(new MemoryDraftStore());
  shared = new FallbackDraftStore(stores);
  return shared;
}
