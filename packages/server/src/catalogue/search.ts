// In-memory catalogue search, rebuilt when the store's catalogue revision changes. Ranking: an exact
// procedure code first, then the whole query as a phrase in the name, then per-word scores where name
// beats description and whole words beat prefixes. Facets follow standard faceting: each facet counts
// over the query and every *other* filter, so choosing a field still shows the other fields' counts.
import type {
  Facet, OnlineClass, ProcedureDetail, ProcedureQuery, ProcedureSummary, SearchResult,
} from '../../../core/src/contract/index.js';
import type { Catalogue } from '../store/store.js';
import { foldVietnamese, words } from '../text/fold.js';

interface Entry {
  summary: ProcedureSummary;
  code: string;
  foldedName: string;
  nameWords: string[];
  descWords: string[];
  keywordWords: string[];
  order: number;
}

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

function wordScore(token: string, list: string[], whole: number, prefix: number): number {
  let best = 0;
  for (const w of list) {
    if (w === token) return whole;
    if (prefix > best && w.startsWith(token)) best = prefix;
  }
  return best;
}

export class CatalogueSearch {
  readonly #entries: Entry[];
  readonly #labels: Record<FacetName, Map<string, string>>;

  constructor(catalogue: Catalogue, formCodes: ReadonlySet<string>) {
    const collator = new Intl.Collator('vi');
    this.#entries = catalogue.procedures
      .map((p, i) => ({
        summary: toSummary(p, formCodes.has(p.code)),
        code: p.code.toLowerCase(),
        foldedName: ` ${words(p.name).join(' ')} `,
        nameWords: words(p.name),
        descWords: words(p.description ?? ''),
        keywordWords: words((p as { keywords?: string }).keywords ?? ''),
        order: i,
      }))
      .sort((a, b) => collator.compare(a.summary.name, b.summary.name) || a.order - b.order);
    const labels = (pairs: { code: string; name: string }[]) => new Map(pairs.map((x) => [x.code, x.name]));
    this.#labels = {
      field: labels(catalogue.fields),
      level: labels(catalogue.levels),
      agency: labels(catalogue.agencies),
      class: new Map(Object.entries(CLASS_LABELS)),
    };
    for (const e of this.#entries) {
      // procedures may name fields or agencies the lists lack: label them from the procedure itself
      if (!this.#labels.field.has(e.summary.field.code)) this.#labels.field.set(e.summary.field.code, e.summary.field.name);
      if (!this.#labels.agency.has(e.summary.agency.code)) this.#labels.agency.set(e.summary.agency.code, e.summary.agency.name);
    }
  }

  #score(e: Entry, q: string, tokens: string[]): number {
    if (e.code === q) return 1e9;
    let score = 0;
    for (const t of tokens) {
      const s = Math.max(
        wordScore(t, e.nameWords, 10, 6),
        wordScore(t, e.keywordWords, 8, 5),
        wordScore(t, e.descWords, 3, 2),
        e.code.startsWith(t) && t.length >= 3 ? 4 : 0,
      );
      if (s === 0) return 0; // every word must match somewhere
      score += s;
    }
    if (tokens.length > 1 && e.foldedName.includes(` ${tokens.join(' ')} `)) score += 25;
    return score;
  }

  #matches(e: Entry, filters: Partial<Record<FacetName, string>>, skip?: FacetName): boolean {
    const s = e.summary;
    if (skip !== 'field' && filters.field && s.field.code !== filters.field) return false;
    if (skip !== 'level' && filters.level && !s.levels.includes(filters.level)) return false;
    if (skip !== 'agency' && filters.agency && s.agency.code !== filters.agency) return false;
    if (skip !== 'class' && filters.class && !s.onlineClasses.includes(filters.class as OnlineClass)) return false;
    return true;
  }

  search(query: ProcedureQuery): SearchResult {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const q = foldVietnamese((query.q ?? '').trim());
    const tokens = words(q);
    // a query of only punctuation matches nothing rather than everything
    const textual = q.length > 0;
    const scored: { e: Entry; score: number }[] = [];
    for (const e of this.#entries) {
      if (!textual) scored.push({ e, score: 0 });
      else {
        const score = this.#score(e, q, tokens);
        if (score > 0) scored.push({ e, score });
      }
    }
    const filters = { field: query.field, level: query.level, agency: query.agency, class: query.class };
    const hits = scored.filter((x) => this.#matches(x.e, filters));
    if (textual) {
      hits.sort((a, b) => b.score - a.score || a.e.summary.name.length - b.e.summary.name.length || a.e.order - b.e.order);
    }
    const facets = {} as SearchResult['facets'];
    for (const name of ['field', 'level', 'agency', 'class'] as FacetName[]) {
      const counts = new Map<string, number>();
      for (const { e } of scored) {
        if (!this.#matches(e, filters, name)) continue;
        for (const value of this.#values(e, name)) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      facets[name] = [...counts]
        .map(([value, count]): Facet => ({ value, label: this.#labels[name].get(value) ?? value, count }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));
    }
    return {
      total: hits.length,
      page,
      pageSize,
      items: hits.slice((page - 1) * pageSize, page * pageSize).map((x) => x.e.summary),
      facets,
    };
  }

  #values(e: Entry, name: FacetName): string[] {
    const s = e.summary;
    if (name === 'field') return [s.field.code];
    if (name === 'agency') return [s.agency.code];
    if (name === 'level') return s.levels;
    return s.onlineClasses;
  }
}
