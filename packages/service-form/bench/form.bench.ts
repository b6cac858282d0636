// Form bench (npm run bench): our <dvc-service-form>, react-jsonschema-form 6 (+ @rjsf/validator-ajv8)
// and JSON Forms 3 (vanilla renderers) render the same schemas in headless Chromium: a generated
// 200-field application and the real birth registration form (all on one page, every field shown).
// Timed: render (from creating the form until every field of the page is in the DOM and laid out, the
// same end point for all three; also, as extra information, until the form is first on screen), each
// keystroke with live validation (raw: from the input event to layout after the library's own flush;
// the harness wait measured alongside and the net figure are printed too), and
// validation of the whole empty form on submit with errors shown. Also timed, to show how much of a
// render is the browser's own work: the DOM floor, a static copy of our finished form cloned, styled
// and laid out with no JavaScript building it. All three
// run production builds (NODE_ENV=production; Lit's production build). Also measured: the form's code
// with Ajv, minified + gzip -9, without Lit and core. Prints a table, then one JSON line (last).
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../../e2e/support/browser.js';
import type { BenchResults, LibraryFigures } from './page.js';
import { birthRegistration, generatedSchema } from './schemas.js';

const RUNS = 25;
const BUDGET = { renderRatio: 5, keystrokeRatio: 10, gzipBytes: 60 * 1024 };
const here = dirname(fileURLToPath(import.meta.url));

const bundle = await build({
  entryPoints: [join(here, 'page.ts')],
  bundle: true, write: false, format: 'iife', minify: true, target: 'es2022', platform: 'browser',
  // Our packages from their TypeScript sources (`dvc-source`), everything else as published.
  conditions: ['dvc-source', 'browser', 'production'], define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});

/** The form's own code with Ajv, as a host's bundler would ship it: Lit and core left out. */
async function gzipSize(entry: string): Promise<{ minBytes: number; gzipBytes: number; files: Record<string, number> }> {
  const out = await build({
    entryPoints: [join(here, '..', entry)], bundle: true, write: false, format: 'esm', minify: true, splitting: true,
    outdir: '/tmp/dvc-form-size', target: 'es2022', external: ['lit', 'lit/*', '@lit/*', '@dvc/*'],
    conditions: ['dvc-source', 'browser'], logLevel: 'error',
  });
  const files: Record<string, number> = {};
  let minBytes = 0;
  let gzipBytes = 0;
  for (const f of out.outputFiles) {
    const name = f.path.split('/').pop()!;
    const gz = gzipSync(f.contents, { level: 9 }).length;
    files[name] = gz;
    // The English texts are a lazy chunk, fetched only on English pages.
    if (!/^en-/.test(name)) {
      minBytes += f.contents.length;
      gzipBytes += gz;
    }
  }
  return { minBytes, gzipBytes, files };
}

const sizes = { form: await gzipSize('src/service-form.ts'), package: await gzipSize('src/index.ts') };
const schemas = [generatedSchema(), birthRegistration()];

// Served cross-origin isolated (COOP + COEP), so performance.now() has 5 µs resolution instead of
// 100 µs: a keystroke of ours is a fraction of a millisecond.
const server = await new Promise<{ url: string; close: () => void }>((resolve) => {
  const script = bundle.outputFiles[0].text;
  const http = createServer((req, res) => {
    const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cross-Origin-Resource-Policy': 'same-origin' };
    if (req.url === '/bench.js') res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' }).end(script);
    else res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' })
      .end('<!doctype html><html lang="vi"><meta charset="utf-8"><title>form bench</title><body><script src="/bench.js"></script></body></html>');
  });
  http.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/`, close: () => http.close() }));
});

const browser = await launchBrowser();
let results: BenchResults;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  const isolated = await page.evaluate(() => globalThis.crossOriginIsolated);
  console.log(`timers: ${isolated ? 'cross-origin isolated (5 µs resolution)' : 'NOT isolated (100 µs resolution)'}`);
  results = (await page.evaluate(([s, runs]) => (globalThis as unknown as {
    runBench: (a: unknown, b: number) => Promise<unknown>;
  }).runBench(s, runs), [schemas, RUNS] as const)) as BenchResults;
  if (errors.length) console.error(`page errors: ${errors.join('; ')}`);
} finally {
  await browser.close();
  server.close();
}

const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(11);
const ratio = (ours: number, theirs: number) => Number((theirs / Math.max(ours, 0.01)).toFixed(1));
const ratios: Record<string, { render: number; firstScreen: number; keystroke: number; keystrokeNet: number; submit: number }> = {};
let withinBudget = true;
for (const [name, { floorMs, ...libs }] of Object.entries(results)) {
  console.log(`\n${name} — median of ${RUNS} renders, ${libs.ours.keystrokeMs.keystrokes} keystrokes`);
  console.log(`${'library'.padEnd(12)}${'inputs'.padStart(8)}${'render'.padStart(11)}${'keystroke'.padStart(11)}${'key p95'.padStart(11)}${'submit'.padStart(11)}${'1st screen'.padStart(11)}${'key net'.padStart(11)}`);
  for (const [lib, f] of Object.entries(libs)) {
    console.log(`${lib.padEnd(12)}${String(f.inputs).padStart(8)}${ms(f.fullRenderMs.median)}${ms(f.keystrokeMs.rawMedian)}${ms(f.keystrokeMs.rawP95)}${ms(f.submitMs.median)}${ms(f.renderMs.median)}${ms(f.keystrokeMs.median)}`);
  }
  console.log(`(render = until every field is in the DOM and laid out; keystroke = raw, harness wait included (${libs.ours.keystrokeMs.harness.toFixed(2)} ms measured alongside); key net = keystroke − that wait)`);
  const fastest = (pick: (f: LibraryFigures) => number) => Math.min(pick(libs.rjsf), pick(libs.jsonforms));
  const r = {
    render: ratio(libs.ours.fullRenderMs.median, fastest((f) => f.fullRenderMs.median)),
    firstScreen: ratio(libs.ours.renderMs.median, fastest((f) => f.renderMs.median)),
    keystroke: ratio(libs.ours.keystrokeMs.rawMedian, fastest((f) => f.keystrokeMs.rawMedian)),
    keystrokeNet: ratio(libs.ours.keystrokeMs.median, fastest((f) => f.keystrokeMs.median)),
    submit: ratio(libs.ours.submitMs.median, fastest((f) => f.submitMs.median)),
  };
  ratios[name] = r;
  const needed = fastest((f) => f.fullRenderMs.median) / BUDGET.renderRatio;
  console.log(`DOM floor: ${floorMs.toFixed(2)} ms to clone a static copy of our finished form, style and lay it out (no JavaScript building it); ${BUDGET.renderRatio}× needs a render in ${needed.toFixed(2)} ms, ours takes ${libs.ours.fullRenderMs.median.toFixed(2)} ms`);
  console.log(`ours vs the faster of RJSF and JSON Forms: render ${r.render}× faster (budget ≥ ${BUDGET.renderRatio}×), keystroke ${r.keystroke}× faster (budget ≥ ${BUDGET.keystrokeRatio}×), submit ${r.submit}× faster; first screen ${r.firstScreen}×, keystroke net ${r.keystrokeNet}×`);
  if (r.render < BUDGET.renderRatio || r.keystroke < BUDGET.keystrokeRatio) withinBudget = false;
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`\nform code with Ajv (without Lit and core), minified → gzip -9: ${kb(sizes.form.minBytes)} → ${kb(sizes.form.gzipBytes)} (budget ${kb(BUDGET.gzipBytes)}), of which the Ajv compiler chunk (compiled mode only): ${kb(Object.entries(sizes.form.files).find(([n]) => n.startsWith('compiler-'))?.[1] ?? 0)}; whole package with the receipt and Code 128: ${kb(sizes.package.gzipBytes)}; English texts (lazy): ${kb(Object.entries(sizes.form.files).find(([n]) => n.startsWith('en-'))?.[1] ?? 0)}`);
if (sizes.form.gzipBytes > BUDGET.gzipBytes) withinBudget = false;
console.log(withinBudget ? 'service-form within budget' : 'service-form OVER budget');
console.log(JSON.stringify({ runs: RUNS, budget: BUDGET, withinBudget, sizes, ratios, results }));
