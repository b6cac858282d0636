// Browser bundles. Workspace packages are bundled from their TypeScript sources (the `dvc-source`
// export condition), so the build never depends on another package's dist being there first.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import commonjs from '@rollup/plugin-commonjs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

// Ships core's design tokens beside the bundle, so a page links /sdk/tokens.css.
const copyTokens = () => ({
  name: 'copy-tokens',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'tokens.css', source: readFileSync('packages/core/src/tokens.css', 'utf8') });
  },
});

// Lazily loaded chunks named after their package (`chunks/service-form-define-<hash>.js`), so a
// network panel or a CSP report says which component a file belongs to.
const chunkName = ({ facadeModuleId, moduleIds, name }) => {
  const id = facadeModuleId ?? moduleIds.at(-1) ?? '';
  const pkg = /packages\/([^/]+)\//.exec(id)?.[1] ?? /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1]?.replace('/', '-');
  return `chunks/${pkg && pkg !== name ? `${pkg}-` : ''}${name}-[hash].js`;
};

const plugins = () => [
  // Lit's own minifier for the html`` and css`` templates (before TypeScript is stripped).
  minifyHTML({ include: ['packages/*/src/**/*.ts'], failOnError: true }),
  // Our own packages from their TypeScript sources (`dvc-source`); npm dependencies in their production builds.
  nodeResolve({ exportConditions: ['dvc-source', 'browser', 'module', 'import', 'default'], browser: true, extensions: ['.ts', '.js'] }),
  commonjs({ include: /node_modules\/jsbarcode/ }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', minify: false }),
  terser({ module: true, ecma: 2020, format: { comments: false } }),
];

// A component package's own build keeps Lit, core and other npm dependencies external: the host's
// bundler dedupes them, and `npm run bench` measures the package's own code this way.
const external = (id) => /^(lit|@lit\/|@lit-labs\/|ajv|uqr|@dvc\/)/.test(id);

const libraries = readdirSync('packages')
  .filter((name) => !['elements', 'server'].includes(name) && existsSync(`packages/${name}/src/index.ts`))
  .map((name) => ({
    input: Object.fromEntries(
      [['index', 'src/index.ts'], ['define', 'src/define.ts'], ['format', 'src/format/index.ts'], ['lazy-elements', 'src/lazy-elements.ts']]
        .filter(([, file]) => existsSync(`packages/${name}/${file}`))
        .map(([entry, file]) => [entry, `packages/${name}/${file}`])),
    output: { dir: `packages/${name}/dist`, format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    external,
    plugins: plugins(),
  }));

export default [
  {
    // The all-in-one file a webmaster loads with one <script type="module">.
    input: 'packages/elements/src/index.ts',
    output: { dir: 'packages/elements/dist', format: 'es', entryFileNames: 'dvc-elements.js', chunkFileNames: chunkName, sourcemap: true },
    plugins: [...plugins(), copyTokens()],
  },
  ...libraries,
];
