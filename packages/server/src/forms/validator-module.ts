// One form version's validator as a self-contained ES module (Ajv standalone code), for pages whose
// Content-Security-Policy forbids `eval`/`new Function` and so Ajv's compiler: <dvc-service-form> in
// precompiled-validators mode imports this module instead of compiling the schema in the browser.
//
// It must give exactly the errors the form's own compiled validator gives, so everything here mirrors
// the client (packages/service-form): the same Ajv build (packages/service-form/scripts/vendor-ajv.mjs:
// Ajv's core with the draft-07 or 2020-12 vocabularies, no $dynamicRef, no unevaluated*), the same
// options (allErrors, strict off, formats on), the same formats (src/internal/formats.ts and
// CUSTOM_FORMATS) and the same treatment of the schema (root `$id` dropped). The node test
// (test/validator-module.node.test.ts) holds the two side by side: errors, formats and dialects.
//
// What the module exports: `validate` (also the default export), an Ajv validate function of the
// whole form, `errors` set after a failed call. Per-field checks (on blur) are derived by the form
// from this one validator (see packages/service-form/src/internal/validation.ts).
import { createHash } from 'node:crypto';
import { schemaDialect } from '@dvc/core/format.js';
import type { SchemaDialect } from '@dvc/core/format.js';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { AnySchemaObject, Options } from 'ajv';
import type AjvCore from 'ajv/dist/core.js';
import { CUSTOM_FORMATS } from '../validation/form-validator.js';

// Ajv's internals are CommonJS with `exports.default`; require them as such (no ESM interop guessing).
const load = createRequire(import.meta.url);
const cjs = <T>(id: string): T => (load(id) as { default: T }).default;
type CoreClass = typeof AjvCore extends { default: infer C } ? C : typeof AjvCore;
type CoreInstance = InstanceType<CoreClass>;
type Vocabulary = Parameters<CoreInstance['addVocabulary']>[0];

const Core = cjs<CoreClass>('ajv/dist/core.js');
const { _ } = load('ajv/dist/core.js') as { _: (strings: TemplateStringsArray) => unknown };
const standaloneCode = cjs<(ajv: CoreInstance, validate: unknown) => string>('ajv/dist/standalone/index.js');
const draft7 = cjs<Vocabulary[]>('ajv/dist/vocabularies/draft7.js');
const core = cjs<Vocabulary>('ajv/dist/vocabularies/core/index.js');
const validation = cjs<Vocabulary>('ajv/dist/vocabularies/validation/index.js');
const applicator = cjs<(draft2020: boolean) => Vocabulary>('ajv/dist/vocabularies/applicator/index.js');
const format = cjs<Vocabulary>('ajv/dist/vocabularies/format/index.js');
const { metadataVocabulary, contentVocabulary } = load('ajv/dist/vocabularies/metadata.js') as Record<string, Vocabulary>;
const next = cjs<Vocabulary>('ajv/dist/vocabularies/next.js');
const ucs2length = cjs<(text: string) => number>('ajv/dist/runtime/ucs2length.js');
const equal = cjs<(a: unknown, b: unknown) => boolean>('ajv/dist/runtime/equal.js');
const AJV_VERSION = (load('ajv/package.json') as { version: string }).version;

export type Dialect = SchemaDialect;

/** The dialect a schema declares (2020-12 when it says nothing); throws for any other. */
export function dialectOf(schema: Record<string, unknown>): Dialect {
  const dialect = schemaDialect(schema.$schema);
  if (!dialect) throw new Error(`Unsupported JSON Schema dialect ${String(schema.$schema)}`);
  return dialect;
}

// The client's Ajv classes (vendor-ajv.mjs), built from the same installed Ajv.
class Ajv2020 extends Core {
  constructor(opts: Options = {}) {
    super({ ...opts, dynamicRef: false, next: true, unevaluated: false, meta: false, validateSchema: false });
  }
  override _addVocabularies(): void {
    super._addVocabularies();
    for (const v of [core, validation, applicator(true), format, metadataVocabulary, contentVocabulary, next]) this.addVocabulary(v);
  }
}
class AjvDraft7 extends Core {
  constructor(opts: Options = {}) {
    super({ ...opts, meta: false, validateSchema: false });
  }
  override _addVocabularies(): void {
    super._addVocabularies();
    for (const v of draft7) this.addVocabulary(v);
  }
}

// The standard formats the form checks, as packages/service-form/src/internal/formats.ts defines
// them. Regular expressions travel as themselves (Ajv writes `new RegExp(...)` into the module);
// the three functions are written here as the module's source, one copy each.
const REGEXP_FORMATS: Readonly<Record<string, RegExp>> = {
  email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
  uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
  'uri-reference': /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
  ...CUSTOM_FORMATS,
};
const FUNCTION_FORMATS_SOURCE = `// date, time and date-time as ajv-formats defines them (MIT, © Evgeny Poberezkin)
const DVC_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function dvcIsDate(text) {
  const m = /^(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)$/.exec(text);
  if (!m) return false;
  const year = +m[1], month = +m[2], day = +m[3];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DVC_DAYS[month]);
}
function dvcIsTime(text) {
  const m = /^(\\d\\d):(\\d\\d):(\\d\\d(?:\\.\\d+)?)(z|([+-])(\\d\\d)(?::?(\\d\\d))?)?$/i.exec(text);
  if (!m) return false;
  const hr = +m[1], min = +m[2], sec = +m[3];
  const tzSign = m[5] === '-' ? -1 : 1, tzH = +(m[6] || 0), tzM = +(m[7] || 0);
  if (tzH > 23 || tzM > 59) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}
function dvcIsDateTime(text) {
  const parts = text.split(/t|\\s/i);
  return parts.length === 2 && dvcIsDate(parts[0]) && dvcIsTime(parts[1]);
}
const dvcFormats = { date: dvcIsDate, time: dvcIsTime, 'date-time': dvcIsDateTime };
`;
/** Every format the form knows, by name (what the server's Ajv registers; a schema's other formats are ignored, as in the form). */
export const FORMAT_NAMES: readonly string[] = [...Object.keys(REGEXP_FORMATS), 'date', 'time', 'date-time'];

// Ajv's runtime helpers that standalone code `require()`s, inlined from the very functions Ajv runs
// (their source is self-contained). Anything else left as `require(...)` fails the generation.
const RUNTIME: readonly { require: string; name: string; source: string }[] = [
  { require: 'require("ajv/dist/runtime/ucs2length").default', name: 'dvcUcs2length', source: ucs2length.toString() },
  { require: 'require("ajv/dist/runtime/equal").default', name: 'dvcEqual', source: equal.toString() },
];

function newAjv(dialect: Dialect): CoreInstance {
  const options: Options = {
    allErrors: true, strict: false, validateFormats: true, logger: false,
    code: { source: true, esm: true, formats: _`dvcFormats` as Options['code'] extends { formats?: infer F } ? F : never },
  };
  const ajv = dialect === 'draft-07' ? new AjvDraft7(options) : new Ajv2020(options);
  for (const [name, re] of Object.entries(REGEXP_FORMATS)) ajv.addFormat(name, re);
  // Only the names matter here: the generated code calls `dvcFormats[name]` from FUNCTION_FORMATS_SOURCE.
  for (const name of ['date', 'time', 'date-time']) ajv.addFormat(name, () => true);
  return ajv;
}

/**
 * The source of an ES module exporting the validator of `schema` (a form's JSON Schema), with no
 * imports and no `eval`. Throws for a dialect the form does not accept or a schema Ajv refuses.
 */
export function validatorModuleSource(schema: unknown, label = 'form'): string {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) throw new Error('The schema is not a JSON object');
  const { $id: _id, ...rest } = schema as Record<string, unknown>;
  const dialect = dialectOf(rest);
  const ajv = newAjv(dialect);
  const validate = ajv.compile(rest as AnySchemaObject);
  let body = standaloneCode(ajv, validate).replace(/^"use strict";\s*/, '');
  const used = RUNTIME.filter((r) => body.includes(r.require));
  for (const r of used) body = body.split(r.require).join(r.name);
  const leftover = /\brequire\([^)]*\)/.exec(body);
  if (leftover) throw new Error(`The standalone code of ${label} needs ${leftover[0]}, which the module cannot import`);
  return [
    `// The precompiled validator of ${label.replace(/[\r\n]/g, ' ')} (JSON Schema ${dialect}): Ajv ${AJV_VERSION} standalone code`,
    '// (MIT, © Evgeny Poberezkin), generated by the dvc-elements reference server. Self-contained: no imports, no eval.',
    ...used.map((r) => `const ${r.name} = ${r.source};`),
    body.includes('dvcFormats') ? FUNCTION_FORMATS_SOURCE : '',
    body,
  ].join('\n');
}

export interface ValidatorModule {
  /** The module's source (`text/javascript`). */
  readonly source: string;
  /** A strong ETag of the source, quoted. */
  readonly etag: string;
  /** The source gzipped (a form's module is 30–70 KB, 5–9 KB gzipped), and its own ETag. */
  readonly gzip: Buffer;
  readonly gzipEtag: string;
}

/** Generated modules, one per form version (a version never changes), generated on first request. */
export class ValidatorModules {
  readonly #cache = new Map<string, ValidatorModule>();

  of(form: { procedureCode: string; version: string; schema: unknown }): ValidatorModule {
    const key = `${form.procedureCode}@${form.version}`;
    let module = this.#cache.get(key);
    if (!module) {
      const source = validatorModuleSource(form.schema, key);
      const hash = createHash('sha256').update(source).digest('base64url').slice(0, 32);
      module = { source, etag: `"${hash}"`, gzip: gzipSync(source, { level: 9 }), gzipEtag: `"${hash}-gz"` };
      this.#cache.set(key, module);
    }
    return module;
  }
}
