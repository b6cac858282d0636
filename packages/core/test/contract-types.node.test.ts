// The client's contract types are generated from contract/openapi.yaml; this fails when someone edits
// the document without regenerating them (`npm run contract:types`), so the two cannot drift.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

test('generated contract types match contract/openapi.yaml', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'dvc-contract-')), 'openapi.d.ts');
  execFileSync(process.execPath, ['node_modules/openapi-typescript/bin/cli.js', 'packages/core/contract/openapi.yaml', '-o', out, '--silent']);
  const committed = readFileSync('packages/core/src/contract/openapi.d.ts', 'utf8');
  assert.equal(readFileSync(out, 'utf8'), committed, 'run `npm run contract:types` and commit the result');
});
