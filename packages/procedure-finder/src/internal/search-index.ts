// The catalogue search engine: an inverted index over folded words, with no DOM. The finder runs it in
// the browser over the contract's compact index; the reference server runs the very same code for
// `GET /procedures`, so a query gives the same results in both modes.
//
// Matching: diacritics and case folded (core's foldVietnamese); every query word must match a word of
// the name, keywords, description or field name, whole or as a prefix (the word being typed); a word of
// 4 letters or more that matches nothing that way may have one typo (insertion, deletion, substitution
// or swap of neighbours); a procedure code matches exactly, or by prefix from 3 characters.
// Ranking: exact code ≫ the query as a phrase in the name ≫ per word: name > keywords > description >
// field, whole word > prefix > one typo; ties: shorter name, then alphabetical.
import { foldVietnamese } from '@dvc/core/format.js';
import type { OnlineClass, ProcedureIndex, ProcedureIndexItem } from '@dvc/core';

/** Filters of a search: single values, as the contract's `GET /procedures` takes them. */
export interface SearchFilters {
  field?: string | undefined;
  level?: string | undefined;
  agency?: string | undefined;
  class?: OnlineClass | undefined;
}

export interface SearchQuery extends SearchFilters {
  q?: string | undefined;
}

export type FacetName = keyof SearchFilters;
export const FACETS: readonly FacetName[] = ['field', 'level', 'agency', 'class'];

/** Facet counts: for each facet, value → count over the query and every *other* filter. */
export type FacetCounts = Record<FacetName, Map<string, number>>;

export interface SearchHits {
  /** Positions in `items`, best first. */
  readonly ids: Int32Array;
  readonly facets: FacetCounts;
}

const cache = new Map<string, string[]>();

/**
 * Folded words: letters and digits, inner dots kept so that codes (`1.001193`) stay one word. Same
 * result as splitting core's `foldVietnamese(text)` on anything but `[a-z0-9.]`; each space-separated
 * piece is folded once per page (folding is most of the cost of indexing a catalogue).
 */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\s+/)) if (raw) out.push(...foldRaw(raw));
  return out;
}

function foldRaw(raw: string): string[] {
  let folded = cache.get(raw);
  if (!folded) {
    folded = foldWord(raw);
    if (cache.size < 50_000) cache.set(raw, folded);
  }
  return folded;
}

function foldWord(raw: string): string[] {
  return foldVietnamese(raw).split(/[^a-z0-9.]+/).map((w) => w.replace(/^\.+|\.+$/g, '')).filter(Boolean);
}

/** True when `a` and `b` differ by at most one insertion, deletion, substitution or neighbour swap. */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (i === la && i === lb) return true;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** True when `token` is one typo away from the start of `word` (a word still being typed). */
export function typoOfPrefix(token: string, word: string): boolean {
  for (let k = token.length - 1; k <= token.length + 1; k++) {
    if (k > 0 && k <= word.length && withinOneEdit(token, word.slice(0, k))) return true;
  }
  return false;
}

/** Shortest query word that may carry a typo. */
export const MIN_TYPO_LENGTH = 4;

// Kinds of text, best first, and the score of a whole / prefix / one-typo match in each.
const NAME = 0;
const KEYWORDS = 1;
const DESCRIPTION = 2;
const FIELD = 3;
const WEIGHTS = [
  [10, 6, 4],
  [8, 5, 3],
  [3, 2, 1],
  [3, 2, 1],
];
const CODE_PREFIX = 4;
const PHRASE = 25;
const FIELD_PHRASE = 30; // the query names a field: list that field first
const EXACT_CODE = 1e9;
const TIE_BITS = 2 ** 21; // scores and tie order packed in one float64: score · 2²¹ + tie rank

export class ProcedureSearchIndex {
  /** The catalogue's items, in the index's order (hit ids point here). */
  readonly items: readonly ProcedureIndexItem[];
  readonly #terms: string[] = [];
  readonly #termIds = new Map<string, number>();
  /** Postings of term t: #post[#postStart[t] … #postStart[t + 1]], each doc · 4 + best kind of text. */
  #post: Int32Array = new Int32Array();
  #postStart: Int32Array = new Int32Array(1);
  /** Terms sorted, for prefix ranges. */
  #sortedTerms: string[] = [];
  #sortedTermIds: Int32Array = new Int32Array();
  readonly #codes: string[];
  readonly #codeOrder: Int32Array;
  readonly #names: string[];
  readonly #defaultOrder: Int32Array;
  readonly #docByTie: Int32Array;
  readonly #tieOf: Int32Array;
  readonly #values: Record<FacetName, string[]> = { field: [], level: [], agency: [], class: [] };
  readonly #valueIds: Record<FacetName, Map<string, number>> = {
    field: new Map(), level: new Map(), agency: new Map(), class: new Map(),
  };
  readonly #field: Int32Array;
  /** Folded field names by field value id, ` ho tich `. */
  readonly #fieldPhrases: string[] = [];
  readonly #agency: Int32Array;
  readonly #levels: Int32Array;
  readonly #classes: Int32Array;
  // Scratch space of a query, reused (and left zeroed) so a keystroke allocates little.
  readonly #total: Float64Array;
  readonly #tokenScore: Float64Array;
  readonly #hits: Uint8Array;
  readonly #strictHit: Uint8Array;
  readonly #typoWords: Uint8Array;

  constructor(index: Pick<ProcedureIndex, 'items'> & Partial<Pick<ProcedureIndex, 'fields'>>) {
    const items = (this.items = index.items);
    const n = items.length;
    if (n >= TIE_BITS) throw new RangeError('catalogue too large for the local index');
    // Facet values are bits of a 32-bit mask for levels and classes (a handful of each in practice).
    const fieldNames = new Map((index.fields ?? []).map((f) => [f.code, f.name]));
    const termId = (t: string): number => {
      let id = this.#termIds.get(t);
      if (id === undefined) {
        id = this.#terms.push(t) - 1;
        this.#termIds.set(t, id);
      }
      return id;
    };
    // (term, posting) pairs in doc order, sorted by term at the end (a counting sort): no array per term
    let pairTerm = new Int32Array(1 << 16);
    let pairPost = new Int32Array(1 << 16);
    let pairs = 0;
    this.#codes = new Array<string>(n);
    this.#names = new Array<string>(n);
    this.#field = new Int32Array(n);
    this.#agency = new Int32Array(n);
    this.#levels = new Int32Array(n);
    this.#classes = new Int32Array(n);
    this.#total = new Float64Array(n);
    this.#tokenScore = new Float64Array(n);
    this.#hits = new Uint8Array(n);
    this.#strictHit = new Uint8Array(n);
    this.#typoWords = new Uint8Array(n);
    // Best kind of text per term for the current doc, without a Map: stamped with doc + 1.
    const bestKind: number[] = [];
    const bestDoc: number[] = [];
    const terms: number[] = [];
    // The pieces between spaces repeat across a catalogue ("Đăng", "ký", "UBND", "18"): each is folded
    // once, then found again through a hash table read straight from the text, without a substring.
    let mask = (1 << 14) - 1;
    let table = new Int32Array(mask + 1);
    const rawKeys: string[] = [];
    const rawHash: number[] = [];
    const rawIds: number[][] = [];
    const put = (h: number, index: number) => {
      let slot = h & mask;
      while (table[slot]) slot = (slot + 1) & mask;
      table[slot] = index + 1;
    };
    const idsAt = (text: string, start: number, end: number, h: number): number[] => {
      for (let slot = h & mask; ; slot = (slot + 1) & mask) {
        const e = table[slot];
        if (!e) break;
        const key = rawKeys[e - 1];
        if (rawHash[e - 1] === h && key.length === end - start && text.startsWith(key, start)) return rawIds[e - 1];
      }
      const raw = text.slice(start, end);
      const ids = foldRaw(raw).map(termId);
      rawKeys.push(raw);
      rawHash.push(h);
      rawIds.push(ids);
      if (rawKeys.length * 2 > mask) {
        mask = mask * 2 + 1;
        table = new Int32Array(mask + 1);
        rawHash.forEach(put);
      } else put(h, rawKeys.length - 1);
      return ids;
    };
    const names = new Map<string, { ids: number[]; folded: string }>();
    let stamp = 0;
    const addIds = (list: number[], kind: number) => {
      for (let k = 0; k < list.length; k++) {
        const id = list[k];
        if (bestDoc[id] !== stamp) {
          bestDoc[id] = stamp;
          bestKind[id] = kind;
          terms.push(id);
        } else if (kind < bestKind[id]) bestKind[id] = kind;
      }
    };
    const eachPiece = (text: string, each: (ids: number[]) => void) => {
      const len = text.length;
      for (let i = 0; i < len; ) {
        while (i < len && text.charCodeAt(i) === 32) i++;
        if (i === len) break;
        const start = i;
        let h = 0;
        for (let c; i < len && (c = text.charCodeAt(i)) !== 32; i++) h = (Math.imul(h, 31) + c) | 0;
        each(idsAt(text, start, i, h));
      }
    };
    const addText = (text: string, kind: number) => eachPiece(text, (ids) => addIds(ids, kind));
    const fieldIds = new Map<string, number[]>();
    for (let doc = 0; doc < n; doc++) {
      const item = items[doc];
      terms.length = 0;
      stamp = doc + 1;
      let name = names.get(item.name);
      if (!name) {
        const ids: number[] = [];
        eachPiece(item.name, (list) => ids.push(...list));
        names.set(item.name, (name = { ids, folded: ` ${ids.map((id) => this.#terms[id]).join(' ')} ` }));
      }
      this.#names[doc] = name.folded;
      addIds(name.ids, NAME);
      if (item.keywords) addText(item.keywords, KEYWORDS);
      if (item.description) addText(item.description, DESCRIPTION);
      let fieldList = fieldIds.get(item.field);
      if (!fieldList) fieldIds.set(item.field, (fieldList = words(fieldNames.get(item.field) ?? '').map(termId)));
      addIds(fieldList, FIELD);
      if (pairs + terms.length > pairTerm.length) {
        const grow = (a: Int32Array) => {
          const b = new Int32Array(a.length * 2 + terms.length);
          b.set(a);
          return b;
        };
        pairTerm = grow(pairTerm);
        pairPost = grow(pairPost);
      }
      for (const id of terms) {
        pairTerm[pairs] = id;
        pairPost[pairs++] = doc * 4 + bestKind[id];
      }
      this.#codes[doc] = item.code.toLowerCase();
      const field = (this.#field[doc] = this.#valueId('field', item.field));
      this.#fieldPhrases[field] ??= ` ${words(fieldNames.get(item.field) ?? '').join(' ')} `;
      this.#agency[doc] = this.#valueId('agency', item.agency);
      let levels = 0;
      for (const l of item.levels) levels |= 1 << this.#valueId('level', l);
      this.#levels[doc] = levels;
      let classes = 0;
      for (const c of item.onlineClasses) classes |= 1 << this.#valueId('class', c);
      this.#classes[doc] = classes;
    }
    const start = (this.#postStart = new Int32Array(this.#terms.length + 1));
    for (let i = 0; i < pairs; i++) start[pairTerm[i] + 1]++;
    for (let t = 0; t < this.#terms.length; t++) start[t + 1] += start[t];
    const fill = start.slice(0, -1);
    const post = (this.#post = new Int32Array(pairs));
    for (let i = 0; i < pairs; i++) post[fill[pairTerm[i]]++] = pairPost[i];
    this.#sortedTermIds = Int32Array.from([...this.#terms.keys()].sort((a, b) => (this.#terms[a] < this.#terms[b] ? -1 : 1)));
    this.#sortedTerms = Array.from(this.#sortedTermIds, (id) => this.#terms[id]);
    this.#codeOrder = Int32Array.from([...this.#codes.keys()].sort((a, b) => (this.#codes[a] < this.#codes[b] ? -1 : 1)));
    // Default order: alphabetical by folded name, then by the name itself, then catalogue order.
    const plain = items.map((it) => it.name);
    this.#defaultOrder = Int32Array.from([...items.keys()].sort((a, b) => {
      const fa = this.#names[a];
      const fb = this.#names[b];
      if (fa !== fb) return fa < fb ? -1 : 1;
      if (plain[a] !== plain[b]) return plain[a] < plain[b] ? -1 : 1;
      return a - b;
    }));
    const position = new Int32Array(n);
    this.#defaultOrder.forEach((doc, i) => (position[doc] = i));
    // Ties between equal scores: the shorter name first, then the default order.
    this.#docByTie = Int32Array.from(Array.from(this.#defaultOrder).sort(
      (a, b) => plain[a].length - plain[b].length || position[a] - position[b]));
    this.#tieOf = new Int32Array(n);
    this.#docByTie.forEach((doc, i) => (this.#tieOf[doc] = i));
  }

  #valueId(facet: FacetName, value: string): number {
    let id = this.#valueIds[facet].get(value);
    if (id === undefined) {
      id = this.#values[facet].push(value) - 1;
      this.#valueIds[facet].set(value, id);
    }
    return id;
  }

  /** Number of distinct words indexed. */
  get vocabularySize(): number {
    return this.#terms.length;
  }

  /** The procedures matching `query`, best first, with facet counts. */
  search(query: SearchQuery): SearchHits {
    const q = foldVietnamese((query.q ?? '').trim());
    const tokens = words(q);
    let matched: Int32Array;
    let keys: Float64Array | undefined;
    if (!q) matched = this.#defaultOrder;
    else if (!tokens.length) matched = new Int32Array(0); // only punctuation: nothing, not everything
    else {
      let scores = this.#score(q, tokens, false);
      // nothing: perhaps a typo made another real word ("dang" for "dung"); allow one such word
      if (!scores.count) scores = this.#score(q, tokens, true);
      matched = scores.docs;
      keys = scores.keys;
    }
    // Filters and facets in one pass: a doc failing exactly one filter still counts in that facet.
    const wanted = this.#wanted(query);
    const counts: Record<FacetName, Int32Array> = {
      field: new Int32Array(this.#values.field.length),
      level: new Int32Array(this.#values.level.length),
      agency: new Int32Array(this.#values.agency.length),
      class: new Int32Array(this.#values.class.length),
    };
    const kept = new Int32Array(matched.length);
    const keptKeys = keys ? new Float64Array(matched.length) : undefined;
    let total = 0;
    for (let i = 0; i < matched.length; i++) {
      const doc = matched[i];
      let failed = -1;
      let failures = 0;
      if (wanted.field >= -1 && this.#field[doc] !== wanted.field) {
        failed = 0;
        failures++;
      }
      if (wanted.level >= -1 && (wanted.level < 0 || !(this.#levels[doc] & (1 << wanted.level)))) {
        failed = 1;
        failures++;
      }
      if (wanted.agency >= -1 && this.#agency[doc] !== wanted.agency) {
        failed = 2;
        failures++;
      }
      if (wanted.class >= -1 && (wanted.class < 0 || !(this.#classes[doc] & (1 << wanted.class)))) {
        failed = 3;
        failures++;
      }
      if (failures > 1) continue;
      if (failures === 0 || failed === 0) counts.field[this.#field[doc]]++;
      if (failures === 0 || failed === 2) counts.agency[this.#agency[doc]]++;
      if (failures === 0 || failed === 1) {
        for (let v = 0, l = this.#levels[doc]; l; v++, l >>>= 1) if (l & 1) counts.level[v]++;
      }
      if (failures === 0 || failed === 3) {
        for (let v = 0, c = this.#classes[doc]; c; v++, c >>= 1) if (c & 1) counts.class[v]++;
      }
      if (failures === 0) {
        if (keptKeys) keptKeys[total] = keys![i];
        kept[total++] = doc;
      }
    }
    let ids: Int32Array;
    if (keptKeys) {
      const sorted = keptKeys.subarray(0, total).sort();
      ids = new Int32Array(total);
      for (let i = 0; i < total; i++) {
        const key = sorted[total - 1 - i];
        ids[i] = this.#docByTie[TIE_BITS - 1 - (key % TIE_BITS)];
      }
    } else ids = kept.slice(0, total);
    const facets = {} as FacetCounts;
    for (const facet of FACETS) {
      const map = new Map<string, number>();
      counts[facet].forEach((count, v) => count && map.set(this.#values[facet][v], count));
      facets[facet] = map;
    }
    return { ids, facets };
  }

  /** Wanted value id per facet: -2 no filter, -1 a value no procedure has. */
  #wanted(query: SearchFilters): Record<FacetName, number> {
    const out = {} as Record<FacetName, number>;
    for (const facet of FACETS) {
      const value = query[facet];
      out[facet] = value ? this.#valueIds[facet].get(value) ?? -1 : -2;
    }
    return out;
  }

  /**
   * Docs matching every token, with packed sort keys. A token may carry a typo when it matches no word
   * as typed; with `oneTypoAnywhere`, any token may, but at most one per doc.
   */
  #score(q: string, tokens: string[], oneTypoAnywhere: boolean): { docs: Int32Array; keys: Float64Array; count: number } {
    const n = this.items.length;
    const total = this.#total;
    const hits = this.#hits;
    const tokenScore = this.#tokenScore;
    const strictHit = this.#strictHit;
    const typoWords = this.#typoWords;
    const touched: number[] = [];
    let first: number[] = [];
    const last = tokens.length - 1;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t];
      touched.length = 0;
      const consider = (doc: number, score: number, typo: boolean) => {
        if (hits[doc] !== t) return; // missed an earlier word
        if (tokenScore[doc] === 0) touched.push(doc);
        if (score > tokenScore[doc]) tokenScore[doc] = score;
        if (!typo) strictHit[doc] = 1;
      };
      const post = this.#post;
      const apply = (term: number, match: number) => {
        for (let i = this.#postStart[term], end = this.#postStart[term + 1]; i < end; i++) {
          const p = post[i];
          consider(p >> 2, WEIGHTS[p & 3][match], match === 2);
        }
      };
      // whole word and prefixes: a range of the sorted terms
      let lo = lowerBound(this.#sortedTerms, token);
      let strict = 0;
      for (; lo < this.#sortedTerms.length && this.#sortedTerms[lo].startsWith(token); lo++, strict++) {
        apply(this.#sortedTermIds[lo], this.#sortedTerms[lo] === token ? 0 : 1);
      }
      if (token.length >= MIN_TYPO_LENGTH && (oneTypoAnywhere || strict === 0)) {
        const terms = this.#terms;
        for (let id = 0; id < terms.length; id++) {
          const term = terms[id];
          if (term.startsWith(token)) continue;
          if (withinOneEdit(token, term) || (t === last && term.length >= token.length && typoOfPrefix(token, term))) apply(id, 2);
        }
      }
      // codes: exact, or by prefix from 3 characters
      if (token.length >= 3) {
        let c = lowerBound(this.#codes, token, this.#codeOrder);
        for (; c < n && this.#codes[this.#codeOrder[c]].startsWith(token); c++) consider(this.#codeOrder[c], CODE_PREFIX, false);
      }
      for (const doc of touched) {
        const score = tokenScore[doc];
        const typo = !strictHit[doc];
        tokenScore[doc] = 0;
        strictHit[doc] = 0;
        if (typo && oneTypoAnywhere && typoWords[doc]++) continue; // a second typo: out
        total[doc] += score;
        hits[doc] = t + 1;
      }
      if (t === 0) first = touched.slice();
    }
    const docs: number[] = [];
    for (const doc of touched) if (hits[doc] === tokens.length) docs.push(doc);
    const phrase = ` ${tokens.join(' ')}`;
    const fieldBonus = this.#fieldPhrases.map((f) => (phrase.length > 4 && f.includes(phrase) ? FIELD_PHRASE : 0));
    const keys = new Float64Array(docs.length);
    docs.forEach((doc, i) => {
      let score = total[doc] + fieldBonus[this.#field[doc]];
      if (this.#codes[doc] === q) score = EXACT_CODE;
      else if (tokens.length > 1 && this.#names[doc].includes(phrase)) score += PHRASE;
      keys[i] = score * TIE_BITS + (TIE_BITS - 1 - this.#tieOf[doc]);
    });
    for (const doc of first) {
      total[doc] = 0;
      hits[doc] = 0;
      typoWords[doc] = 0;
    }
    return { docs: Int32Array.from(docs), keys, count: docs.length };
  }
}

/** First position in sorted `list` (or `list` read through `order`) not below `value`. */
function lowerBound(list: readonly string[], value: string, order?: Int32Array): number {
  let lo = 0;
  let hi = order ? order.length : list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[order ? order[mid] : mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
