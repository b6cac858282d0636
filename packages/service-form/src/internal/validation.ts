// Validation: Ajv errors mapped to our own message keys by JSON Pointer (never Ajv's English), and the
// form's checks from either source of validators: compiled in the page by Ajv (compiler.ts, a chunk
// loaded on first use) or precompiled by the backend (Ajv standalone code, for pages whose CSP forbids
// `new Function`). Checking stays synchronous: the form gets its checks before it becomes interactive.
import type { ErrorObject } from 'ajv';
import type { FormModel } from './model.js';
import { childPointer } from './pointer.js';
import type { FieldNode } from './types.js';

/** A problem with one field: where, which message, and the message's parameters. */
export interface FieldIssue {
  readonly pointer: string;
  /** A message key of the catalogue (`validation.required`, `validation.format.citizen-id`, …). */
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** An Ajv validate function, compiled in the page or precompiled: `errors` is set when it returns false. */
export interface ValidateFn {
  (data: unknown): boolean;
  errors?: readonly ErrorObject[] | null;
}

/** How a form checks its answers; synchronous, so typing and leaving a field never wait. */
export interface FormChecks {
  /** Makes the whole-form validator ready; throws for a schema Ajv refuses (the form shows the malformed state). */
  prepare(): void;
  /** Every issue of the whole (pruned) data: at most one per pointer, in the order Ajv reported them. */
  all(data: unknown): FieldIssue[];
  /**
   * The issue of one field's non-empty value at `pointer`, if any. `data` gives the whole pruned data
   * (only the precompiled checks need it).
   */
  leaf(node: FieldNode, pointer: string, value: unknown, data: () => unknown): FieldIssue | undefined;
}

/**
 * The checks of a form whose whole-form validator was precompiled by the backend. A field's own check
 * (on leaving it) is that validator's verdict at the field's pointer: the backend then ships one
 * function per form version instead of one per field, and any backend can build it from the schema
 * alone. The compiled checks look at the field's own schema first, and the form then replaces every
 * shown message with the whole-form verdict as the citizen types (`#formCheck`) and on Continue, so
 * both settle on the same messages; here the whole-form verdict comes at once, cross-field rules included.
 */
export function precompiledChecks(validate: ValidateFn): FormChecks {
  const all = (data: unknown): FieldIssue[] => (validate(data) ? [] : toIssues(validate.errors, ''));
  return {
    prepare: () => undefined,
    all,
    leaf: (_node, pointer, value, data) => (value === undefined || value === '' ? undefined : all(data()).find((i) => i.pointer === pointer)),
  };
}

type Compiler = typeof import('./compiler.js');
let compiler: Compiler | undefined;
let loadingCompiler: Promise<Compiler> | undefined;

/** Loads the Ajv compiler chunk (once per page); call it early to download it alongside other work. */
export function loadCompiler(): Promise<Compiler> {
  loadingCompiler ??= import('./compiler.js').then((m) => (compiler = m), (error: unknown) => {
    loadingCompiler = undefined; // a failed download may be retried
    throw error;
  });
  return loadingCompiler;
}

/** The form's checks with validators compiled in the page: the whole form per version, each field on its own schema. */
function checksWith(ajv: Compiler, model: FormModel, versionKey: string | undefined): FormChecks {
  const all = (data: unknown): FieldIssue[] => {
    const validate = ajv.formValidator(model, versionKey);
    return validate(data) ? [] : toIssues(validate.errors, '');
  };
  return {
    prepare: () => void ajv.formValidator(model, versionKey),
    all,
    leaf: (node, pointer, value) => {
      if (value === undefined || value === '') return undefined;
      const validate = ajv.leafValidator(model, node);
      return validate(value) ? undefined : toIssues(validate.errors, pointer)[0];
    },
  };
}

/** The compiled checks of `model`, if the Ajv compiler is loaded already (then no render waits for it). */
export function compiledChecksNow(model: FormModel, versionKey: string | undefined): FormChecks | undefined {
  return compiler && checksWith(compiler, model, versionKey);
}

/** The compiled checks of `model`, after loading the Ajv compiler chunk. */
export async function compiledChecks(model: FormModel, versionKey: string | undefined): Promise<FormChecks> {
  return checksWith(await loadCompiler(), model, versionKey);
}

const PRIORITY: Record<string, number> = { required: 0, type: 1, format: 2, enum: 3, const: 3, oneOf: 9, anyOf: 9 };

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
