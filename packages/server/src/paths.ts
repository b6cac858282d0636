// Finds the repository root from a module URL by walking up to the contract file; works from src/,
// from the bundled dist/main.js and from dist/cli/*.js alike.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONTRACT_RELATIVE = 'packages/core/contract/openapi.yaml';

export function findRepoRoot(from: string | URL = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    if (existsSync(join(dir, CONTRACT_RELATIVE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find ${CONTRACT_RELATIVE} above ${fileURLToPath(from)}`);
    dir = parent;
  }
}
