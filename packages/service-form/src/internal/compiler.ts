// Ajv compiled in the page: one Ajv per dialect (2020-12, draft-07), one validator per schema version,
// one per field schema. This module, the Ajv it imports and the formats are a chunk of their own that
// validation.ts loads on first use, so a form in precompiled-validators mode (strict CSP, no
// `new Function`) never downloads the compiler. It imports nothing from the form's own chunk.
import type { ValidateFunction } from 'ajv';
import { CUSTOM_FORMATS, standardFormats } from './formats.js';
import { Ajv, Ajv2020 } from './vendor/ajv.js';
import type { Dialect, FormModel } from './model.js';
import type { FieldNode, JsonSchema } from './types.js';

type AjvInstance = InstanceType<typeof Ajv> | InstanceType<typeof Ajv2020>;
const instances = new Map<Dialect, AjvInstance>();

function ajvFor(dialect: Dialect): AjvInstance {
  let ajv = instances.get(dialect);
  if (!ajv) {
    // The reference server builds its precompiled modules with these very options and formats
    // (packages/server/src/forms/validator-module.ts): keep the two in step.
    const options = { allErrors: true, strict: false, validateFormats: true } as const;
    ajv = dialect === 'draft-07' ? new Ajv(options) : new Ajv2020(options);
    for (const [name, format] of Object.entries(standardFormats)) ajv.addFormat(name, format);
    for (const [name, re] of Object.entries(CUSTOM_FORMATS)) ajv.addFormat(name, re);
    instances.set(dialect, ajv);
  }
  return ajv;
}

const byVersion = new Map<string, ValidateFunction>();
const bySchema = new WeakMap<object, ValidateFunction>();

function compile(dialect: Dialect, schema: JsonSchema): ValidateFunction {
  // `$id` would register the schema in the shared Ajv and clash with another copy of the same form.
  const { $id: _id, ...rest } = schema;
  return ajvFor(dialect).compile(rest);
}

/**
 * The whole-form validator of `model`, compiled once per `versionKey` (procedure@version) or, without
 * one, per schema object. Throws Ajv's error for a schema Ajv rejects (the caller shows the malformed state).
 */
export function formValidator(model: FormModel, versionKey?: string): ValidateFunction {
  const cached = versionKey ? byVersion.get(versionKey) : bySchema.get(model.schema);
  if (cached) return cached;
  const validate = compile(model.dialect, model.schema);
  if (versionKey) byVersion.set(versionKey, validate);
  bySchema.set(model.schema, validate);
  return validate;
}

const leafCache = new WeakMap<object, ValidateFunction>();

/** The validator of one scalar field's own schema (formats, lengths, ranges), compiled once per schema. */
export function leafValidator(model: FormModel, node: FieldNode): ValidateFunction {
  let validate = leafCache.get(node.schema);
  if (!validate) {
    const { $defs, definitions } = model.schema;
    const { $schema: _s, ...own } = node.schema;
    validate = compile(model.dialect, { ...own, ...($defs ? { $defs } : {}), ...(definitions ? { definitions } : {}) });
    leafCache.set(node.schema, validate);
  }
  return validate;
}
