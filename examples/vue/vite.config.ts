// `vite build` writes dist/, which the demo portal (`npm start`) serves at /vue/dist/; the app calls
// the reference backend at /api/v1 on the same origin. `vite` (dev) proxies /api to a running portal.
import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  base: '/vue/dist/',
  // Our packages from their TypeScript sources (an app outside this repository gets them built from npm).
  resolve: { conditions: ['dvc-source', ...defaultClientConditions] },
  plugins: [
    // dvc-* tags are custom elements, not Vue components: Vue sets their properties and listens to
    // their DOM events (types: src/dvc-elements-vue.ts).
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('dvc-') } } }),
  ],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: true },
  server: { proxy: { '/api': process.env.DVC_API ?? 'http://127.0.0.1:8080' } },
});
