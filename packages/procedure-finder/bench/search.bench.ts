// Search bench (npm run bench): 10,000 generated procedures in headless Chromium. The finder's engine,
// fuse.js and MiniSearch (each configured as well as they allow: pre-folded text, our tokenizer, token
// search / prefix + fuzzy, field weights, AND of words) are built 5 times each, then every keystroke of
// the fixed query set is timed and recall@10 measured. Prints a table, then one JSON line (last).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../../e2e/support/browser.js';
import { generatedIndex } from '../test/catalogue.js';
import { querySet } from '../test/query-set.js';
import { judge } from './recall.js';

const COUNT = 10_000;
const BUDGET = { medianMs: 1, p95Ms: 5, buildMs: 150, recall: 0.97 };

interface Figures {
  buildMs: { first: number; median: number };
  queryMs: { median: number; p95: number; max: number; keystrokes: number };
  recallAt10: number;
  recallByKind: Record<string, number>;
  missed: string[];
}

const bundle = await build({
  entryPoints: [fileURLToPath(new URL('./page.ts', import.meta.url))],
  bundle: true, write: false, format: 'iife', minify: true, target: 'es2022', conditions: ['dvc-source', 'browser'],
  logLevel: 'warning',
});
const index = generatedIndex(COUNT);
const judged = judge(index, querySet);

const browser = await launchBrowser();
let results: Record<string, Figures>;
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>bench</title>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  results = (await page.evaluate(
    ([i, j]) => (globalThis as unknown as { runBench: (a: unknown, b: unknown) => unknown }).runBench(i, j),
    [index, judged] as const)) as Record<string, Figures>;
} finally {
  await browser.close();
}

const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(10);
console.log(`${COUNT.toLocaleString('en')} procedures, ${judged.length} queries, ${results.finder.queryMs.keystrokes} timed keystrokes, headless Chromium`);
console.log(`${'engine'.padEnd(12)}${'build'.padStart(10)}${'median'.padStart(10)}${'p95'.padStart(10)}${'recall@10'.padStart(11)}`);
for (const [name, f] of Object.entries(results)) {
  console.log(`${name.padEnd(12)}${ms(f.buildMs.median)}${ms(f.queryMs.median)}${ms(f.queryMs.p95)}${`${(f.recallAt10 * 100).toFixed(1)} %`.padStart(11)}${f.missed.length ? `  missed: ${f.missed.join(' · ')}` : ''}`);
}
const ours = results.finder;
const ratio = (a: number, b: number) => Number((b / Math.max(a, 0.001)).toFixed(1));
const ratios = Object.fromEntries(Object.entries(results).filter(([n]) => n !== 'finder').map(([n, f]) => [n, {
  build: ratio(ours.buildMs.median, f.buildMs.median),
  medianQuery: ratio(ours.queryMs.median, f.queryMs.median),
  p95Query: ratio(ours.queryMs.p95, f.queryMs.p95),
  recallPoints: Number(((ours.recallAt10 - f.recallAt10) * 100).toFixed(1)),
}]));
for (const [n, r] of Object.entries(ratios)) {
  console.log(`${n}: ${r.build}× the finder's build time, ${r.medianQuery}× its median and ${r.p95Query}× its p95 query time; recall ${r.recallPoints} points below`);
}
const withinBudget = ours.queryMs.median <= BUDGET.medianMs && ours.queryMs.p95 <= BUDGET.p95Ms
  && ours.buildMs.median <= BUDGET.buildMs && ours.recallAt10 >= BUDGET.recall;
console.log(withinBudget ? 'finder within budget' : 'finder OVER budget');
console.log(JSON.stringify({ procedures: COUNT, queries: judged.length, budget: BUDGET, withinBudget, engines: results, ratios }));
