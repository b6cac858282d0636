// Catalogue search for `GET /procedures`: the procedure finder's own search engine (imported by
// relative path, as core's helpers are), so the finder's local index and this endpoint give the same
// results for the same query. Ranking: an exact procedure code first, then the whole query as a phrase
// in the name, then per-word scores where name beats keywords, description and field name, whole words
// beat prefixes and prefixes beat one typo. Facets follow standard faceting: each facet counts over the
// query and every *other* filter, so choosing a field still shows the other fields' counts.
import type {
  Facet, OnlineClass, ProcedureDetail, ProcedureIndexItem, ProcedureQuery, ProcedureSummary, SearchResult,
} from '@dvc/core';
import { FACETS, ProcedureSearchIndex } from '../../../procedure-finder/src/internal/search-index.js';
import type { Catalogue } from '../store/store.js';

export const CLASS_LABELS: Record<OnlineClass, string> = { full: 'Toàn trình', partial: 'Một phần' };
type FacetName = 'field' | 'level' | 'agency' | 'class';

export function toSummary(p: ProcedureDetail, hasForm: boolean): ProcedureSummary {
  const s: ProcedureSummary = {
    code: p.code,
    name: p.name,
    field: p.field,
    levels: p.levels,
    agency: p.agency,
    onlineClasses: p.onlineClasses,
    onlineLevel: p.onlineLevel,
    hasForm: p.hasForm ?? hasForm,
  };
  if (p.description) s.description = p.description;
  return s;
}

export class CatalogueSearch {
  readonly #summaries: ProcedureSummary[];
  readonly #index: ProcedureSearchIndex;
  readonly #labels: Record<FacetName, Map<string, string>>;

  constructor(catalogue: Catalogue, formCodes: ReadonlySet<string>) {
    this.#summaries = catalogue.procedures.map((p) => toSummary(p, formCodes.has(p.code)));
    const items = catalogue.procedures.map((p): ProcedureIndexItem => ({
      code: p.code,
      name: p.name,
      ...(p.description ? { description: p.description } : {}),
      ...((p as { keywords?: string }).keywords ? { keywords: (p as { keywords?: string }).keywords } : {}),
      field: p.field.code,
      levels: p.levels,
      agency: p.agency.code,
      onlineClasses: p.onlineClasses,
      onlineLevel: p.onlineLevel,
    }));
    this.#index = new ProcedureSearchIndex({ items, fields: catalogue.fields });
    const labels = (pairs: { code: string; name: string }[]) => new Map(pairs.map((x) => [x.code, x.name]));
    this.#labels = {
      field: labels(catalogue.fields),
      level: labels(catalogue.levels),
      agency: labels(catalogue.agencies),
      class: new Map(Object.entries(CLASS_LABELS)),
    };
    for (const s of this.#summaries) {
      // procedures may name fields or agencies the lists lack: label them from the procedure itself
      if (!this.#labels.field.has(s.field.code)) this.#labels.field.set(s.field.code, s.field.name);
      if (!this.#labels.agency.has(s.agency.code)) this.#labels.agency.set(s.agency.code, s.agency.name);
    }
  }

  search(query: ProcedureQuery): SearchResult {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const hits = this.#index.search({
      q: query.q, field: query.field, level: query.level, agency: query.agency, class: query.class as OnlineClass | undefined,
    });
    const facets = {} as SearchResult['facets'];
    for (const name of FACETS) {
      facets[name] = [...hits.facets[name]]
        .map(([value, count]): Facet => ({ value, label: this.#labels[name].get(value) ?? value, count }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));
    }
    return {
      total: hits.ids.length,
      page,
      pageSize,
      items: Array.from(hits.ids.subarray((page - 1) * pageSize, page * pageSize), (i) => this.#summaries[i]),
      facets,
    };
  }
}
