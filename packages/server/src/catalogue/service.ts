// Catalogue views cached per store revision: the search index and the compact index with its ETag.
import { createHash } from 'node:crypto';
import type { ProcedureIndex, ProcedureIndexItem } from '../../../core/src/contract/index.js';
import type { Store } from '../store/store.js';
import { CatalogueSearch } from './search.js';

interface Cached {
  revision: number;
  search: CatalogueSearch;
  index: { body: string; etag: string };
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
    return { revision, search: new CatalogueSearch(catalogue, formCodes), index: { body: JSON.stringify(index), etag: `"${version}"` } };
  }

  async search() {
    return (await this.#current()).search;
  }

  async index() {
    return (await this.#current()).index;
  }
}
