#!/usr/bin/env node
// `npm run build:types`: the declarations every browser package ships in packages/<pkg>/dist/types/,
// mirroring its src/. One tsc run over all packages (tsconfig.types.json, `dvc-source` condition, so
// @dvc/* imports resolve to sources and keep their package specifiers in the output), then each
// package's src/ declarations move to its dist/types/ with the hand-written .d.ts files beside them
// (contract/openapi.d.ts, vendored Ajv's types). Fails when an `exports` `types` entry has no file.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
// A private output folder: another build running in the same checkout never sees half a result.
const out = mkdtempSync(join(tmpdir(), 'dvc-types-'));

try {
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.types.json', '--outDir', out], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`tsc exited with ${r.status ?? r.signal}`);

  const handWritten = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return handWritten(path);
    return entry.name.endsWith('.d.ts') ? [path] : [];
  });

  const missing = [];
  for (const name of readdirSync(out)) {
    const emitted = join(out, name, 'src');
    if (!existsSync(emitted)) continue;
    const src = join('packages', name, 'src');
    const types = join('packages', name, 'dist', 'types');
    rmSync(types, { recursive: true, force: true });
    cpSync(emitted, types, { recursive: true });
    for (const file of handWritten(src)) cpSync(file, join(types, relative(src, file)));

    const pkg = JSON.parse(readFileSync(join('packages', name, 'package.json'), 'utf8'));
    const declared = [pkg.types, ...Object.values(pkg.exports ?? {}).map((entry) => entry?.types)].filter(Boolean);
    for (const file of declared) if (!existsSync(join('packages', name, file))) missing.push(`${pkg.name}: ${file}`);
  }
  if (missing.length) throw new Error(`declared in package.json but not emitted:\n  ${missing.join('\n  ')}`);
} catch (error) {
  console.error(`build-types: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
