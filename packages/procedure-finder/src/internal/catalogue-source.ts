// Where the finder's results come from. Locally: the contract's compact index, fetched once per page
// and backend, revalidated with its ETag, kept in sessionStorage so the next page load costs a 304.
// Beyond `localLimit` procedures (or when the webmaster asks): the backend's search endpoint.
import { RestBackend } from '@dvc/core';
import type { DvcBackend, ProcedureIndex } from '@dvc/core';
import { ProcedureSearchIndex } from './search-index.js';

export interface LocalCatalogue {
  readonly index: ProcedureIndex;
  readonly engine: ProcedureSearchIndex;
}

/** Storage for the index between page loads; `sessionStorage` in the browser. */
export type IndexStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const loaded = new WeakMap<DvcBackend, Promise<LocalCatalogue>>();
const sizes = new WeakMap<DvcBackend, Promise<number>>();

function storageKey(backend: DvcBackend): string | undefined {
  return backend instanceof RestBackend ? `dvc-procedure-index:${backend.baseUrl}` : undefined;
}

function defaultStorage(): IndexStorage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // storage disabled by the browser's privacy settings
  }
}

function readStored(storage: IndexStorage | undefined, key: string | undefined): { etag: string; index: ProcedureIndex } | undefined {
  if (!storage || !key) return undefined;
  try {
    const stored = JSON.parse(storage.getItem(key) ?? 'null') as { etag?: unknown; index?: ProcedureIndex } | null;
    return typeof stored?.etag === 'string' && Array.isArray(stored.index?.items) ? { etag: stored.etag, index: stored.index } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The catalogue's local index for `backend`: one download per page however many finders there are,
 * none at all (a 304) when sessionStorage already holds the current version.
 */
export function loadLocalCatalogue(backend: DvcBackend, storage: IndexStorage | undefined = defaultStorage()): Promise<LocalCatalogue> {
  let promise = loaded.get(backend);
  if (!promise) {
    promise = (async () => {
      const key = storageKey(backend);
      const stored = readStored(storage, key);
      const answer = await backend.getProcedureIndex(stored ? { etag: stored.etag } : {});
      let index: ProcedureIndex;
      if (answer.notModified) index = stored!.index;
      else {
        index = answer.index;
        if (storage && key) {
          try {
            if (answer.etag) storage.setItem(key, JSON.stringify({ etag: answer.etag, index }));
            else storage.removeItem(key);
          } catch {
            storage.removeItem(key); // over quota: revalidation then costs a full download, nothing worse
          }
        }
      }
      return { index, engine: new ProcedureSearchIndex(index) };
    })();
    loaded.set(backend, promise);
    promise.catch(() => loaded.delete(backend)); // a retry starts afresh
  }
  return promise;
}

/**
 * How many procedures the backend's catalogue holds, to choose between the local index and server
 * search: known without a request when the index is loaded or stored, else one search of page size 1.
 */
export function catalogueSize(backend: DvcBackend, storage: IndexStorage | undefined = defaultStorage()): Promise<number> {
  let promise = sizes.get(backend);
  if (!promise) {
    const local = loaded.get(backend);
    const stored = readStored(storage, storageKey(backend));
    promise = local
      ? local.then((c) => c.index.items.length)
      : stored
        ? Promise.resolve(stored.index.items.length)
        : backend.searchProcedures({ pageSize: 1 }).then((r) => r.total);
    sizes.set(backend, promise);
    promise.catch(() => sizes.delete(backend));
  }
  return promise;
}
