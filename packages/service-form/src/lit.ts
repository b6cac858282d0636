// Lit's template tag and directives for the form's templates, imported here once: a bundler names an
// external import once per module, so one module keeps every minified template alike (`x\`<div…`)
// and saves about 130 B gzip against one import per widget file.
export { html, nothing } from 'lit';
export { ifDefined } from 'lit/directives/if-defined.js';
export { live } from 'lit/directives/live.js';
export { repeat } from 'lit/directives/repeat.js';
