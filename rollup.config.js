// Browser bundles. Workspace packages are bundled from their TypeScript sources (the `development`
// export condition), so the build never depends on another package's dist being there first.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';

const production = !process.env.ROLLUP_WATCH;

// Ships core's design tokens beside the bundle, so a page links /sdk/tokens.css.
const copyTokens = () => ({
  name: 'copy-tokens',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'tokens.css', source: readFileSync('packages/core/src/tokens.css', 'utf8') });
  },
});

const plugins = () => [
  nodeResolve({ exportConditions: ['development', 'browser', 'module', 'import', 'default'], browser: true, extensions: ['.ts', '.js'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', minify: false }),
  production && terser({ module: true, ecma: 2020, format: { comments: false } }),
];

// Library builds keep their npm dependencies external; the host's bundler dedupes Lit.
const external = (id) => /^(lit|@lit\/|@lit-labs\/|ajv)/.test(id);

export default [
  {
    // The all-in-one file a webmaster loads with one <script type="module">.
    input: 'packages/elements/src/index.ts',
    output: { dir: 'packages/elements/dist', format: 'es', entryFileNames: 'dvc-elements.js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    plugins: [...plugins(), copyTokens()],
  },
  {
    input: {
      index: 'packages/core/src/index.ts',
      define: 'packages/core/src/define.ts',
      format: 'packages/core/src/format/index.ts',
    },
    output: { dir: 'packages/core/dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    external,
    plugins: plugins(),
  },
];
