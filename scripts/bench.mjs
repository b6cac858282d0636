#!/usr/bin/env node
// `npm run bench`: builds, then measures and writes the figures to bench-results.json.
// Sizes: each browser package's built JavaScript, minified and gzip -9 (what a portal downloads); a
// component package's own build keeps Lit and core external, so its figure is its own code.
// Then every packages/<pkg>/bench/*.bench.ts runs (Node + tsx); each prints its figures as one JSON
// object on its last line of output, stored under figures[<pkg>][<bench name>].
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

function jsFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

function measure(files) {
  let min = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    min += statSync(file).size;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, minBytes: min, gzipBytes: gzip };
}

// What registering the package's elements downloads: define.js and the files it imports statically
// (lazy chunks such as English texts load later, or never on a Vietnamese page).
function staticGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(join(dirname(file), spec));
    }
  };
  visit(entry);
  return [...seen];
}

const sizes = {};
for (const name of readdirSync('packages')) {
  if (name === 'server') continue; // not shipped to browsers
  const files = jsFiles(join('packages', name, 'dist'));
  if (!files.length) continue;
  sizes[name] = measure(files);
  const define = join('packages', name, 'dist', 'define.js');
  if (existsSync(define)) sizes[name].defineGzipBytes = measure(staticGraph(define)).gzipBytes;
}
// The file a webmaster's page loads first (lazy chunks are counted in the package total above).
const entry = 'packages/elements/dist/dvc-elements.js';
if (existsSync(entry)) sizes['elements (entry file)'] = measure([entry]);

const figures = {};
for (const name of readdirSync('packages')) {
  const dir = join('packages', name, 'bench');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()) {
    console.log(`\n▶ ${name}/${file}`);
    const run = spawnSync(process.execPath, ['--conditions=dvc-source', '--import', 'tsx', join(dir, file)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
    const lines = (run.stdout ?? '').trim().split('\n');
    process.stdout.write(lines.slice(0, -1).join('\n') + '\n');
    if (run.status !== 0) {
      console.error(`${file} failed (exit ${run.status})`);
      process.exitCode = 1;
      continue;
    }
    (figures[name] ??= {})[file.replace(/\.bench\.ts$/, '')] = JSON.parse(lines.at(-1));
  }
}

const results = { date: new Date().toISOString(), node: process.version, sizes, figures };
writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n');

const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
console.log('\nBundle sizes (minified → gzip -9; "define" = what registering the elements loads, lazy chunks excluded)');
for (const [name, s] of Object.entries(sizes)) {
  const define = s.defineGzipBytes === undefined ? '' : `  define ${kb(s.defineGzipBytes)}`;
  console.log(`  ${name.padEnd(24)} ${kb(s.minBytes)} → ${kb(s.gzipBytes)}  (${s.files} file${s.files > 1 ? 's' : ''})${define}`);
}
for (const [pkg, benches] of Object.entries(figures)) {
  for (const [bench, data] of Object.entries(benches)) console.log(`\n${pkg}/${bench}: ${JSON.stringify(data, null, 2)}`);
}
console.log('\nWritten to bench-results.json');
