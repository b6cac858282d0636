#!/usr/bin/env node
// `npm test`: every suite in order, then one line `N passed, N failed` summing them all.
// Checks that are not test runners (type-check, lint, build) count as one test each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const only = process.argv.slice(2); // e.g. `npm test -- unit components`
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function findTests(dirs, suffix) {
  const out = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(path);
      else if (entry.name.endsWith(suffix)) out.push(path);
    }
  };
  dirs.forEach(walk);
  return out.sort();
}

function record(name, counts) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped ?? 0;
  lines.push(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
}

function check(name, cmd, args) {
  console.log(`\n▶ ${name}`);
  const ok = run(cmd, args);
  record(name, { passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

function nodeSuite(name, files) {
  console.log(`\n▶ ${name} (${files.length} files)`);
  if (!files.length) return record(name, { passed: 0, failed: 0 });
  const out = join(RESULTS, `${name}.json`);
  const ok = run(process.execPath, [
    '--conditions=dvc-source', '--import', 'tsx', '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-count-reporter.mjs', `--test-reporter-destination=${out}`,
    ...files,
  ]);
  const counts = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : { passed: 0, failed: 0 };
  // A runner that died without reporting a failure still fails the suite.
  if (!ok && counts.failed === 0) counts.failed = 1;
  record(name, counts);
}

const wanted = (suite) => only.length === 0 || only.includes(suite);
const packageDirs = readdirSync('packages').map((p) => join('packages', p, 'test'));

if (wanted('typecheck')) {
  // The custom-elements manifest is generated from the JSDoc; Storybook's preview imports it.
  check('manifest', 'npm', ['run', 'analyze', '--silent']);
  check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']);
  // The React and Vue examples against the element classes, with deliberate errors that must not compile.
  check('typecheck react example', 'npx', ['tsc', '-p', 'examples/react/tsconfig.json']);
  check('typecheck vue example', 'npx', ['vue-tsc', '-p', 'examples/vue/tsconfig.json']);
}
if (wanted('lint')) {
  check('eslint', 'npx', ['eslint', '.']);
  check('lit-analyzer', 'npx', ['lit-analyzer', 'packages/*/src/**/*.ts', '--strict']);
}
// Stories compile and the manifest generates (Storybook's controls come from it).
if (wanted('storybook')) check('storybook', 'npm', ['run', 'build-storybook', '--silent']);
if (wanted('unit')) nodeSuite('unit', findTests(packageDirs, '.node.test.ts'));
if (wanted('components')) {
  console.log('\n▶ components (web-test-runner, Chromium)');
  const ok = run('npx', ['web-test-runner']);
  const file = join(RESULTS, 'components.json');
  const counts = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 0 };
  if (!ok && counts.failed === 0) counts.failed = 1;
  record('components', counts);
}
if (wanted('e2e')) {
  if (check('build', 'npm', ['run', 'build', '--silent'])) {
    // An application's view of the built packages: dist/types/ without the `dvc-source` condition.
    check('types', 'npx', ['tsc', '-p', 'scripts/types-check/tsconfig.json']);
    nodeSuite('e2e', findTests(['e2e'], '.test.ts'));
  }
}

console.log('\n' + lines.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed` + (totals.skipped ? `, ${totals.skipped} skipped` : ''));
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
