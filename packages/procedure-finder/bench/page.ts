// Runs in headless Chromium: builds each engine over the same catalogue, then times every keystroke of
// the fixed query set and measures recall@10. Bundled by search.bench.ts with esbuild.
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { ProcedureIndex, ProcedureIndexItem } from '@dvc/core';
import { ProcedureSearchIndex, words } from '../src/internal/search-index.js';
import { recallAt10 } from './recall.js';
import type { JudgedQuery } from './recall.js';

interface Engine {
  build(index: ProcedureIndex): void;
  /** The codes of the results, best first (at least the first 10). */
  search(q: string): string[];
}

interface Doc {
  id: string;
  name: string;
  keywords: string;
  description: string;
  field: string;
  code: string;
}

/** The same folded text every library gets: diacritics and case removed once, at build. */
function docs(index: ProcedureIndex): Doc[] {
  const fields = new Map(index.fields.map((f) => [f.code, words(f.name).join(' ')]));
  return index.items.map((it: ProcedureIndexItem) => ({
    id: it.code,
    name: words(it.name).join(' '),
    keywords: words(it.keywords ?? '').join(' '),
    description: words(it.description ?? '').join(' '),
    field: fields.get(it.field) ?? '',
    code: it.code.toLowerCase(),
  }));
}

const ours = (): Engine => {
  let engine: ProcedureSearchIndex;
  return {
    build: (index) => (engine = new ProcedureSearchIndex(index)),
    search: (q) => Array.from(engine.search({ q }).ids.subarray(0, 20), (i) => engine.items[i].code),
  };
};

const fuse = (): Engine => {
  let f: Fuse<Doc>;
  let list: Doc[];
  return {
    build: (index) => {
      list = docs(index);
      f = new Fuse(list, {
        keys: [{ name: 'name', weight: 3 }, { name: 'keywords', weight: 2 }, { name: 'description', weight: 1 },
          { name: 'field', weight: 1 }, { name: 'code', weight: 3 }],
        useTokenSearch: true, tokenMatch: 'all', tokenize: (text: string) => words(text),
        ignoreLocation: true, threshold: 0.3, ignoreDiacritics: true,
      });
    },
    search: (q) => f.search(words(q).join(' '), { limit: 20 }).map((r) => list[r.refIndex].id),
  };
};

const minisearch = (): Engine => {
  let m: MiniSearch<Doc>;
  return {
    build: (index) => {
      const list = docs(index);
      // the best of the settings tried: names weigh most, typos little, shorter names first
      const nameLength = new Map(list.map((d) => [d.id, d.name.split(' ').length]));
      m = new MiniSearch<Doc>({
        fields: ['name', 'keywords', 'description', 'field', 'code'],
        tokenize: (text: string) => words(text),
        processTerm: (term: string) => term,
        searchOptions: {
          boost: { name: 10, keywords: 5, description: 1, field: 2, code: 10 },
          prefix: true,
          fuzzy: (term: string) => (term.length >= 4 ? 1 : false),
          weights: { fuzzy: 0.2, prefix: 0.5 },
          boostDocument: (id: string) => 4 / (3 + (nameLength.get(id) ?? 10)),
          combineWith: 'AND',
        },
      });
      m.addAll(list);
    },
    search: (q) => m.search(q).slice(0, 20).map((r) => String(r.id)),
  };
};

/** Time allowed for timing one engine's keystrokes (fuse.js takes ~0.5 s a query at 10,000). */
const TIME_BUDGET_MS = 15_000;

const quantile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const median = (values: number[]) => quantile([...values].sort((a, b) => a - b), 0.5);

function run(index: ProcedureIndex, judged: JudgedQuery[], rounds = 3) {
  const out: Record<string, unknown> = {};
  for (const [name, make] of [['finder', ours], ['fuse.js', fuse], ['minisearch', minisearch]] as const) {
    const builds: number[] = [];
    let engine!: Engine;
    for (let i = 0; i < 5; i++) {
      engine = make();
      const t0 = performance.now();
      engine.build(index);
      builds.push(performance.now() - t0);
    }
    // every prefix of every query, as typed; a warm-up, then `rounds` measured rounds; an engine too
    // slow for that within TIME_BUDGET_MS is timed on an even sample of the keystrokes instead
    const keystrokes = judged.flatMap((j) => Array.from(j.q, (_, k) => j.q.slice(0, k + 1)));
    const t0 = performance.now();
    const warm = keystrokes.filter((_, i) => i % 50 === 0);
    for (const q of warm) engine.search(q);
    const each = (performance.now() - t0) / warm.length;
    const samples = Math.max(20, Math.min(keystrokes.length * rounds, Math.floor(TIME_BUDGET_MS / Math.max(each, 0.001))));
    const times: number[] = [];
    for (let s = 0; s < samples; s++) {
      const q = keystrokes[Math.floor((s * keystrokes.length) / Math.min(samples, keystrokes.length)) % keystrokes.length];
      const start = performance.now();
      engine.search(q);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const recalls = judged.map((j) => recallAt10(engine.search(j.q), j.relevant));
    const byKind: Record<string, number> = {};
    for (const kind of new Set(judged.map((j) => j.kind))) {
      const r = judged.map((j, i) => [j, recalls[i]] as const).filter(([j]) => j.kind === kind).map(([, v]) => v);
      byKind[kind] = r.reduce((a, b) => a + b, 0) / r.length;
    }
    out[name] = {
      buildMs: { first: builds[0], median: median(builds) },
      queryMs: { median: quantile(times, 0.5), p95: quantile(times, 0.95), max: times[times.length - 1], keystrokes: times.length, sampled: times.length < keystrokes.length * rounds },
      recallAt10: recalls.reduce((a, b) => a + b, 0) / recalls.length,
      recallByKind: byKind,
      missed: judged.filter((_, i) => recalls[i] < 1).map((j) => j.q),
    };
  }
  return out;
}

(globalThis as unknown as { runBench: typeof run }).runBench = run;
