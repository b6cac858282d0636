// End to end: the Vue 3 example (examples/vue, built by `npm run build` to examples/vue/dist) served by
// the built reference server at /vue/dist/. The elements are native custom elements in an SFC template,
// typed through GlobalComponents (examples/vue/src/dvc-elements-vue.ts); see support/citizen-app.ts.
import { citizenAppSuite } from './support/citizen-app.js';

citizenAppSuite('Vue', '/vue/dist/');
