// Validates dossier data against the procedure's own form schema (draft 2020-12 or draft-07), one
// compiled validator per form version, with the Vietnamese formats the schemas use.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FieldError, FormDefinition } from '@dvc/core';
import { toFieldErrors } from './ajv-errors.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as
  (ajv: Ajv2020) => Ajv2020;

export const CUSTOM_FORMATS: Record<string, RegExp> = {
  'citizen-id': /^\d{12}$/,
  'vn-mobile': /^0\d{9}$/,
  'tax-code': /^\d{10}(-\d{3})?$/,
};

export class FormValidator {
  #ajv: Ajv2020;
  #cache = new Map<string, ValidateFunction>();

  constructor() {
    this.#ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(this.#ajv);
    for (const [name, re] of Object.entries(CUSTOM_FORMATS)) this.#ajv.addFormat(name, re);
  }

  /** Field errors under `/data/...`, empty when valid. */
  validate(form: FormDefinition, data: unknown): FieldError[] {
    const key = `${form.procedureCode}@${form.version}`;
    let validate = this.#cache.get(key);
    if (!validate) {
      // draft-07 schemas compile under 2020-12 for everything forms use; only the meta-schema id differs
      const { $schema: _ignored, $id: _id, ...schema } = form.schema as Record<string, unknown>;
      validate = this.#ajv.compile(schema);
      this.#cache.set(key, validate);
    }
    return validate(data) ? [] : toFieldErrors(validate.errors, '/data');
  }
}
