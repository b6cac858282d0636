// Ajv validation: one Ajv per dialect (2020-12, draft-07), one compiled validator per schema version,
// errors mapped to our own message keys by JSON Pointer (never Ajv's English).
import type { ErrorObject, ValidateFunction } from 'ajv';
import { standardFormats } from './formats.js';
import { Ajv, Ajv2020 } from './vendor/ajv.js';
import type { Dialect, FormModel } from './model.js';
import { childPointer } from './pointer.js';
import type { FieldNode, JsonSchema } from './types.js';

/** Our formats (docs/ui-schema.md), checked by Ajv and by the server alike. */
export const CUSTOM_FORMATS: Readonly<Record<string, RegExp>> = {
  'citizen-id': /^\d{12}$/,
  'vn-mobile': /^0\d{9}$/,
  'tax-code': /^\d{10}(-\d{3})?$/,
};

/** A problem with one field: where, which message, and the message's parameters. */
export interface FieldIssue {
  readonly pointer: string;
  /** A message key of the catalogue (`validation.required`, `validation.format.citizen-id`, …). */
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

type AjvInstance = InstanceType<typeof Ajv> | InstanceType<typeof Ajv2020>;
const instances = new Map<Dialect, AjvInstance>();

function ajvFor(dialect: Dialect): AjvInstance {
  let ajv = instances.get(dialect);
  if (!ajv) {
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

const PRIORITY: Record<string, number> = { required: 0, type: 1, format: 2, enum: 3, const: 3, oneOf: 9, anyOf: 9 };

/** Validates the whole (pruned) data: at most one issue per pointer, in document order. */
export function validateAll(model: FormModel, data: unknown, versionKey?: string): FieldIssue[] {
  const validate = formValidator(model, versionKey);
  return validate(data) ? [] : toIssues(validate.errors, '');
}

const SKIP = new Set(['if', 'then', 'else', 'allOf', '$ref', 'additionalProperties', 'unevaluatedProperties', 'propertyNames', 'dependentSchemas']);
const KNOWN_FORMATS = new Set(['date', 'time', 'date-time', 'email', 'uri', 'uri-reference', 'citizen-id', 'vn-mobile', 'tax-code']);

function issueOf(e: ErrorObject, base: string): (FieldIssue & { rank: number }) | undefined {
  if (SKIP.has(e.keyword)) return undefined;
  let pointer = base + e.instancePath;
  const params: Record<string, string | number> = {};
  let key: string;
  switch (e.keyword) {
    case 'required':
    case 'dependentRequired':
    case 'dependencies':
      pointer = childPointer(pointer, String(e.params.missingProperty));
      key = 'validation.required';
      break;
    case 'format': {
      const format = String(e.params.format);
      key = KNOWN_FORMATS.has(format) ? `validation.format.${format}` : 'validation.format';
      break;
    }
    case 'type': {
      const type = String(e.params.type);
      key = type.includes('integer') ? 'validation.type.integer' : type.includes('number') ? 'validation.type.number' : 'validation.invalid';
      break;
    }
    case 'minLength': case 'maxLength': case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum':
    case 'minItems': case 'maxItems':
      key = `validation.${e.keyword}`;
      params.limit = Number(e.params.limit);
      break;
    case 'pattern': case 'enum': case 'const': case 'oneOf': case 'anyOf': case 'uniqueItems':
      key = `validation.${e.keyword}`;
      break;
    default:
      key = 'validation.invalid';
  }
  return { pointer, key, params, rank: PRIORITY[e.keyword] ?? 5 };
}

/** Ajv errors → one issue per pointer (the most useful one), in the order Ajv reported them. */
export function toIssues(errors: readonly ErrorObject[] | null | undefined, base: string): FieldIssue[] {
  const best = new Map<string, FieldIssue & { rank: number }>();
  for (const e of errors ?? []) {
    const issue = issueOf(e, base);
    if (!issue) continue;
    const current = best.get(issue.pointer);
    if (!current || issue.rank < current.rank) best.set(issue.pointer, issue);
  }
  // A oneOf/anyOf complaint is noise when a field inside it already has an issue.
  const out: FieldIssue[] = [];
  for (const issue of best.values()) {
    if (issue.rank === 9 && [...best.keys()].some((p) => p !== issue.pointer && p.startsWith(issue.pointer + '/'))) continue;
    out.push({ pointer: issue.pointer, key: issue.key, params: issue.params });
  }
  return out;
}

/** Server field errors (`/data/...` pointers, Ajv keywords as codes) → issues on the form's pointers. */
export function fromServerErrors(errors: readonly { pointer: string; code: string; params?: Record<string, unknown> }[]): {
  fields: FieldIssue[];
  other: FieldIssue[];
} {
  const fields: FieldIssue[] = [];
  const other: FieldIssue[] = [];
  for (const e of errors) {
    const params: Record<string, string | number> = {};
    if (typeof e.params?.limit === 'number') params.limit = e.params.limit;
    let key: string;
    if (e.code === 'format' && typeof e.params?.format === 'string' && KNOWN_FORMATS.has(e.params.format)) key = `validation.format.${e.params.format}`;
    else if (e.code === 'type') key = String(e.params?.type).includes('integer') ? 'validation.type.integer' : 'validation.type.number';
    else if (e.code === 'unknown-upload') key = 'validation.upload';
    else if (/^(required|format|minLength|maxLength|minimum|maximum|exclusiveMinimum|exclusiveMaximum|minItems|maxItems|pattern|enum|const|oneOf|anyOf|uniqueItems)$/.test(e.code)) key = `validation.${e.code}`;
    else key = 'validation.invalid';
    if (e.pointer === '/data' || e.pointer.startsWith('/data/')) fields.push({ pointer: e.pointer.slice(5), key, params });
    else other.push({ pointer: e.pointer, key, params });
  }
  return { fields, other };
}
