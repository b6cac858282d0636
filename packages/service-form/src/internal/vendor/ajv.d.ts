// Types of the vendored Ajv bundle (see scripts/vendor-ajv.mjs): the classes as ajv declares them.
import type AjvDraft07 from 'ajv';
import type Ajv2020Class from 'ajv/dist/2020.js';
import type addFormatsFn from 'ajv-formats';

export declare const Ajv: typeof AjvDraft07.default;
export declare const Ajv2020: typeof Ajv2020Class.default;
export declare const addFormats: typeof addFormatsFn.default;
