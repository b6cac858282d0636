// `vite build` writes dist/, which the demo portal (`npm start`) serves at /react/dist/; the app calls
// the reference backend at /api/v1 on the same origin. `vite` (dev) proxies /api to a running portal.
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  base: '/react/dist/',
  // Our packages from their TypeScript sources (an app outside this repository gets them built from npm).
  resolve: { conditions: ['dvc-source', ...defaultClientConditions] },
  // TSX with React's automatic runtime through Vite's esbuild: no @vitejs/plugin-react needed for a build.
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: true },
  server: { proxy: { '/api': process.env.DVC_API ?? 'http://127.0.0.1:8080' } },
});
