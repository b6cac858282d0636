// Catalogue views cached per store revision: the search index and the compact index with its ETag.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { ProcedureIndex, ProcedureIndexItem } from '@dvc/core';
import type { Store } from '../store/store.js';
import { CatalogueSearch } from './search.js';

/** The index body, and a gzip of it made once per revision (10 000 procedures: ~5 MB → ~0.4 MB). */
export interface CompactIndex {
  body: string;
  etag: string;
  gzip: Buffer;
  gzipEtag: string;
}

interface Cached {
  revision: number;
  search: CatalogueSearch;
  index: CompactIndex;
}

export class CatalogueService {
  #store: Store;
  #cached: Promise<Cached> | undefined;
  #revision = -1;

  constructor(store: Store) {
    this.#store = store;
  }

  async #current(): Promise<Cached> {
    const revision = await this.#store.catalogueRevision();
    if (!this.#cached || revision !== this.#revision) {
      this.#revision = revision;
      this.#cached = this.#build(revision);
    }
    return this.#cached;
  }

  async #build(revision: number): Promise<Cached> {
    const catalogue = await this.#store.getCatalogue();
    const formCodes = new Set(await this.#store.listFormProcedureCodes());
    const items = catalogue.procedures.map((p): ProcedureIndexItem => {
      const item: ProcedureIndexItem = {
        code: p.code,
        name: p.name,
        field: p.field.code,
        levels: p.levels,
        agency: p.agency.code,
        onlineClasses: p.onlineClasses,
        onlineLevel: p.onlineLevel,
      };
      if (p.description) item.description = p.description;
      const keywords = (p as { keywords?: string }).keywords;
      if (keywords) item.keywords = keywords;
      return item;
    });
    const agencies = new Map(catalogue.agencies.map((a) => [a.code, a]));
    for (const p of catalogue.procedures) if (!agencies.has(p.agency.code)) agencies.set(p.agency.code, p.agency);
    const content = { fields: catalogue.fields, levels: catalogue.levels, agencies: [...agencies.values()], items };
    // the version is the content hash, so the ETag is strong: same bytes ⇔ same tag
    const version = createHash('sha256').update(JSON.stringify(content)).digest('base64url').slice(0, 27);
    const index: ProcedureIndex = { version, ...content };
    const body = JSON.stringify(index);
    return {
      revision,
      search: new CatalogueSearch(catalogue, formCodes),
      // each encoding is its own representation, so each gets its own strong tag
      index: { body, etag: `"${version}"`, gzip: gzipSync(body), gzipEtag: `"${version}-gzip"` },
    };
  }

  async search() {
    return (await this.#current()).search;
  }

  async index() {
    return (await this.#current()).index;
  }
}
