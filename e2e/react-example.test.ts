// End to end: the React 19 example (examples/react, built by `npm run build` to examples/react/dist)
// served by the built reference server at /react/dist/. The elements are React components made with
// @lit/react (examples/react/src/dvc-elements-react.ts); see support/citizen-app.ts for the journey.
import { citizenAppSuite } from './support/citizen-app.js';

citizenAppSuite('React', '/react/dist/');
