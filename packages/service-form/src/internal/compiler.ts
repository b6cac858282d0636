// Validation with Ajv compiled in the page: one Ajv per dialect (2020-12, draft-07), one compiled
// validator per schema version, one per field schema. This module and the Ajv it imports are a chunk
// of their own that validation.ts loads on first use, so a form in precompiled-validators mode (strict
// CSP, no `new Function`) never downloads the compiler.
import type { ValidateFunction } from 'ajv';
import { standardFormats } from './formats.js';
import { Ajv, Ajv2020 } from './vendor/ajv.js';
import type { Dialect, FormModel } from './model.js';
import type { FieldNode, JsonSchema } from './types.js';
import { CUSTOM_FORMATS, registerCompiler, toIssues, type FieldIssue, type FormChecks } from './validation.js';

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
function leafValidator(model: FormModel, node: FieldNode): ValidateFunction {
  let validate = leafCache.get(node.schema);
  if (!validate) {
    const { $defs, definitions } = model.schema;
    const { $schema: _s, ...own } = node.schema;
    validate = compile(model.dialect, { ...own, ...($defs ? { $defs } : {}), ...(definitions ? { definitions } : {}) });
    leafCache.set(node.schema, validate);
  }
  return validate;
}

/** Checks one scalar value against its field's schema; `undefined` (empty) values are the caller's business (required). */
export function validateLeaf(model: FormModel, node: FieldNode, pointer: string, value: unknown): FieldIssue | undefined {
  if (value === undefined || value === '') return undefined;
  const validate = leafValidator(model, node);
  if (validate(value)) return undefined;
  return toIssues(validate.errors, pointer)[0];
}

/** Validates the whole (pruned) data: at most one issue per pointer, in document order. */
export function validateAll(model: FormModel, data: unknown, versionKey?: string): FieldIssue[] {
  const validate = formValidator(model, versionKey);
  return validate(data) ? [] : toIssues(validate.errors, '');
}

/** The form's checks with validators compiled here: the whole form per version, each field on its own schema. */
export function compiledChecks(model: FormModel, versionKey: string | undefined): FormChecks {
  return {
    prepare: () => void formValidator(model, versionKey),
    all: (data) => validateAll(model, data, versionKey),
    leaf: (node, pointer, value) => validateLeaf(model, node, pointer, value),
  };
}

registerCompiler({ compiledChecks });
