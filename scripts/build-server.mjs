// Bundles the reference server for Node: workspace packages (@dvc/core/format.js) are inlined from their
// sources, npm dependencies stay external and load from node_modules.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('packages/server/package.json', 'utf8'));
await build({
  entryPoints: ['packages/server/src/main.ts'],
  outdir: 'packages/server/dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['dvc-source'],
  external: Object.keys(pkg.dependencies ?? {}).filter((name) => !name.startsWith('@dvc/')),
  sourcemap: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
