// A backend for the stories (Storybook has no server): the reference server's seeded catalogue and its
// search, in memory, with the states a story needs — slow forever (loading) or failing (error).
import { BackendError } from '@dvc/core';
import type { DvcBackend, ProcedureDetail, ProcedureIndexResult, ProcedureQuery, SearchResult } from '@dvc/core';
import { CatalogueSearch } from '../../server/src/catalogue/search.js';
import { agencies, agencyLevels, fields, procedures } from '../../server/src/seed/catalogue.js';
import { toIndex } from '../test/catalogue.js';

export type DemoMode = 'ok' | 'loading' | 'error';

export function demoBackend(mode: DemoMode = 'ok'): DvcBackend {
  const search = new CatalogueSearch({ fields, levels: agencyLevels, agencies, procedures, revision: 1 }, new Set());
  const index = toIndex(procedures);
  const answer = async <T>(value: () => T): Promise<T> => {
    if (mode === 'loading') return new Promise<T>(() => {});
    await new Promise((r) => setTimeout(r, 150));
    if (mode === 'error') throw new BackendError('demo: offline', { kind: 'network' });
    return value();
  };
  const backend: Partial<DvcBackend> = {
    getProcedureIndex: () => answer((): ProcedureIndexResult => ({ notModified: false, index, etag: undefined })),
    searchProcedures: (query: ProcedureQuery) => answer((): SearchResult => search.search(query)),
    getProcedure: (code: string) => answer((): ProcedureDetail => {
      const found = procedures.find((p) => p.code === code);
      if (!found) throw new BackendError('demo: not found', { kind: 'http', status: 404 });
      return found;
    }),
  };
  return backend as DvcBackend;
}
