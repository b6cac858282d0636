// Types of the vendored Ajv bundle (see scripts/vendor-ajv.mjs): Ajv's core class with the draft-07
// or draft 2020-12 vocabularies.
import type AjvCore from 'ajv/dist/core.js';

export declare class Ajv extends AjvCore.default {}
export declare class Ajv2020 extends AjvCore.default {}
