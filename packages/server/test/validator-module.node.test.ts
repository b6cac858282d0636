// The precompiled validator modules (src/forms/validator-module.ts) against the form's own compiled
// validators (packages/service-form/src/internal/compiler.ts, Ajv compiled in the page): for every
// seeded form and a set of schemas that exercise formats, if/then, $ref, draft-07, enum/const/
// uniqueItems (deep equality) and lengths (code points), both must give the very same Ajv errors, and
// so the same messages. The module must load with no imports and no eval; the route serves it cached.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { formValidator } from '../../service-form/src/internal/compiler.js';
import { CUSTOM_FORMATS, standardFormats } from '../../service-form/src/internal/formats.js';
import { dialectOf as clientDialectOf, type FormModel } from '../../service-form/src/internal/model.js';
import { precompiledChecks, toIssues, type ValidateFn } from '../../service-form/src/internal/validation.js';
import { FORMAT_NAMES, ValidatorModules, dialectOf, validatorModuleSource } from '../src/forms/validator-module.js';
import { formDefinitions, formSamples } from '../src/seed/forms/index.js';
import { startServer, type TestServer } from './helpers/server.js';

type Json = Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), 'dvc-validator-module-'));
let files = 0;

/** Imports a generated module the way a browser would: a file of its own, nothing else on the path. */
async function load(source: string): Promise<ValidateFn> {
  const file = join(dir, `validator-${files++}.mjs`);
  writeFileSync(file, source);
  const module = (await import(pathToFileURL(file).href)) as { validate: ValidateFn; default: ValidateFn };
  assert.equal(module.default, module.validate, 'the default export is the validate function');
  return module.validate;
}

/** The client's compiled whole-form validator of `schema` (what the form runs without precompiled validators). */
function compiled(schema: Json): ValidateFn {
  return formValidator({ schema, dialect: clientDialectOf(schema) } as unknown as FormModel);
}

/** Runs both on `data`; asserts the same verdict and the same errors; returns the verdict. */
function same(precompiled: ValidateFn, client: ValidateFn, data: unknown, label: string): boolean {
  const a = precompiled(data);
  const b = client(data);
  assert.equal(a, b, `${label}: verdict`);
  assert.deepEqual(JSON.parse(JSON.stringify(precompiled.errors ?? null)), JSON.parse(JSON.stringify(client.errors ?? null)), `${label}: errors`);
  assert.deepEqual(toIssues(precompiled.errors, ''), toIssues(client.errors, ''), `${label}: issues`);
  return a;
}

/** The sample with one leaf changed in each of a few ways: missing, empty, wrong type, nonsense text. */
function* variants(value: unknown, path: string[] = []): Generator<[string, unknown]> {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [label, changed] of variants(child, [...path, key])) {
        const copy = (Array.isArray(value) ? [...value] : { ...value }) as Json;
        if (changed === undefined) delete copy[key];
        else copy[key] = changed;
        yield [label, copy];
      }
    }
    return;
  }
  const at = `/${path.join('/')}`;
  yield [`${at} missing`, undefined];
  yield [`${at} empty`, ''];
  yield [`${at} a number`, 42];
  yield [`${at} nonsense`, 'x'.repeat(300)];
  yield [`${at} null`, null];
}

const BATTERY: Record<string, string[]> = {
  date: ['2025-06-20', '2024-02-29', '2025-02-29', '2025-13-01', '2025-6-1', '20/06/2025', ''],
  time: ['14:30:00', '23:59:60Z', '23:59:60+07:00', '24:00:00', '14:30', '14:30:00.5+07:00', '14:30:00+24:00'],
  'date-time': ['2025-06-20T14:30:00+07:00', '2025-06-20 14:30:00Z', '2025-06-20', '2025-02-30T00:00:00Z'],
  email: ['ten@example.vn', 'a.b+c@mail.gov.vn', 'no-at.example.vn', 'a@-bad.vn', 'a@b'],
  uri: ['https://example.gov.vn', 'urn:dvc:x', 'example.gov.vn', 'https://a b'],
  'uri-reference': ['/a/b?c#d', 'https://example.gov.vn', '#frag', 'a\\b'],
  'citizen-id': ['001192034567', '00119203456', '0011920345678', '00119203456a'],
  'vn-mobile': ['0912345678', '912345678', '09123456789', '+84912345678'],
  'tax-code': ['8012345678', '8012345678-001', '801234567', '8012345678-01'],
};

describe('precompiled validator modules', () => {
  it('knows exactly the formats the form knows', () => {
    assert.deepEqual([...FORMAT_NAMES].sort(), [...Object.keys(standardFormats), ...Object.keys(CUSTOM_FORMATS)].sort());
  });

  it('reads $schema as the form does', () => {
    for (const $schema of [undefined, 'https://json-schema.org/draft/2020-12/schema', 'http://json-schema.org/draft-07/schema#',
      'http://json-schema.org/draft-07/schema', 'https://json-schema.org/draft-07/schema#', 'https://json-schema.org/draft-07/schema/']) {
      assert.equal(dialectOf({ $schema }), clientDialectOf({ $schema }), String($schema));
    }
    assert.throws(() => dialectOf({ $schema: 'http://json-schema.org/draft-04/schema#' }), /Unsupported JSON Schema dialect/);
    assert.throws(() => clientDialectOf({ $schema: 'http://json-schema.org/draft-04/schema#' }));
  });

  it('is self-contained: no import, no require, no eval, no Function', () => {
    for (const form of formDefinitions) {
      const source = validatorModuleSource(form.schema, form.procedureCode);
      assert.doesNotMatch(source, /^\s*import\b|\bimport\s*\(|\brequire\s*\(/m, `${form.procedureCode}: imports`);
      assert.doesNotMatch(source, /\beval\s*\(|\bnew Function\b|\bFunction\s*\(/, `${form.procedureCode}: eval`);
      assert.match(source, /^export const validate = /m);
    }
  });

  it('gives the same errors as the form’s compiled validator for every seeded form, sample and broken variants', async () => {
    let invalid = 0;
    for (const form of formDefinitions) {
      const schema = form.schema as Json;
      const precompiled = await load(validatorModuleSource(schema, form.procedureCode));
      const client = compiled(schema);
      const sample = formSamples[form.procedureCode];
      assert.equal(same(precompiled, client, sample, `${form.procedureCode} sample`), true, `${form.procedureCode}: the sample is valid`);
      same(precompiled, client, {}, `${form.procedureCode} empty`);
      for (const [label, data] of variants(sample)) if (!same(precompiled, client, data, `${form.procedureCode} ${label}`)) invalid++;
    }
    assert.ok(invalid > 200, `the variants did exercise the errors (${invalid} invalid)`);
  });

  it('checks every format as the form does, custom formats included', async () => {
    const properties = Object.fromEntries(Object.keys(BATTERY).map((name) => [name, { type: 'string', format: name }]));
    const schema = { type: 'object', properties };
    const precompiled = await load(validatorModuleSource(schema));
    const client = compiled(schema);
    const verdicts: boolean[] = [];
    for (const [name, values] of Object.entries(BATTERY)) {
      for (const value of values) verdicts.push(same(precompiled, client, { [name]: value }, `${name} "${value}"`));
    }
    assert.ok(verdicts.includes(true) && verdicts.includes(false));
    // and the module's functions agree with the form's own format checks, value by value
    for (const name of ['date', 'time', 'date-time']) {
      const check = standardFormats[name] as (text: string) => boolean;
      for (const value of BATTERY[name]) assert.equal(precompiled({ [name]: value }), check(value), `${name} "${value}"`);
    }
  });

  const schemas: Record<string, Json> = {
    'if/then/else and dependentRequired': {
      type: 'object',
      properties: { loai: { enum: ['ca-nhan', 'to-chuc'] }, maSoThue: { type: 'string', format: 'tax-code' }, ten: { type: 'string', minLength: 2 },
        email: { type: 'string', format: 'email' }, phone: { type: 'string', format: 'vn-mobile' } },
      required: ['loai'],
      if: { properties: { loai: { const: 'to-chuc' } } },
      then: { required: ['maSoThue'] },
      else: { required: ['ten'] },
      dependentRequired: { email: ['phone'] },
    },
    '$ref into $defs, oneOf of consts and of objects': {
      type: 'object',
      $defs: { nguoi: { type: 'object', properties: { hoTen: { type: 'string', minLength: 1, maxLength: 5 }, soDinhDanh: { $ref: '#/$defs/cccd' } },
        required: ['hoTen', 'soDinhDanh'] }, cccd: { type: 'string', format: 'citizen-id' } },
      properties: {
        me: { $ref: '#/$defs/nguoi' },
        gioiTinh: { oneOf: [{ const: 'male', title: 'Nam' }, { const: 'female', title: 'Nữ' }] },
        giayTo: { oneOf: [
          { type: 'object', properties: { loai: { const: 'cccd' }, so: { $ref: '#/$defs/cccd' } }, required: ['loai', 'so'] },
          { type: 'object', properties: { loai: { const: 'ho-chieu' }, so: { type: 'string', pattern: '^[A-Z]\\d{7}$' } }, required: ['loai', 'so'] },
        ] },
      },
    },
    'deep equality (enum, const, uniqueItems) and lengths in code points': {
      type: 'object',
      properties: {
        diaChi: { enum: [{ tinh: '01' }, { tinh: '79' }] },
        camKet: { const: { dongY: true } },
        con: { type: 'array', uniqueItems: true, minItems: 1, maxItems: 2, items: { type: 'object', properties: { ten: { type: 'string' } } } },
        ghiChu: { type: 'string', minLength: 2, maxLength: 3 },
        tuoi: { type: 'integer', minimum: 0, exclusiveMaximum: 150 },
        ma: { type: 'string', pattern: '^\\p{Lu}\\d+$' },
      },
    },
    'draft-07: definitions, dependencies, items': {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'urn:dvc:form:test:1',
      type: 'object',
      definitions: { mobile: { type: 'string', format: 'vn-mobile' } },
      properties: { phone: { $ref: '#/definitions/mobile' }, email: { type: 'string', format: 'email' },
        tags: { type: 'array', items: { type: 'string', maxLength: 3 } } },
      dependencies: { email: ['phone'], phone: { properties: { email: { minLength: 5 } } } },
      required: ['phone'],
    },
  };
  const cases: Record<string, unknown[]> = {
    'if/then/else and dependentRequired': [{}, { loai: 'to-chuc' }, { loai: 'to-chuc', maSoThue: '123' }, { loai: 'ca-nhan', ten: 'A' },
      { loai: 'ca-nhan', ten: 'An', email: 'an@example.vn' }, { loai: 'khac' }, { loai: 'ca-nhan', ten: 'An', email: 'x', phone: '1' }],
    '$ref into $defs, oneOf of consts and of objects': [{}, { me: {} }, { me: { hoTen: 'Lê Thị Hoa', soDinhDanh: '123' } },
      { gioiTinh: 'other' }, { giayTo: { loai: 'cccd', so: '001192034567' } }, { giayTo: { loai: 'ho-chieu', so: 'B1234567' } },
      { giayTo: { loai: 'ho-chieu', so: '001192034567' } }, { giayTo: { loai: 'khac' } }, { me: { hoTen: 'Hoa', soDinhDanh: '001192034567' } }],
    'deep equality (enum, const, uniqueItems) and lengths in code points': [{ diaChi: { tinh: '01' } }, { diaChi: { tinh: '02' } },
      { camKet: { dongY: true } }, { camKet: { dongY: false } }, { con: [{ ten: 'A' }, { ten: 'A' }] }, { con: [] }, { con: [{}, { ten: 'B' }, {}] },
      { ghiChu: '😀😀' }, { ghiChu: '😀' }, { ghiChu: '😀😀😀😀' }, { tuoi: 150 }, { tuoi: 1.5 }, { tuoi: -1 }, { ma: 'Đ12' }, { ma: 'đ12' }],
    'draft-07: definitions, dependencies, items': [{}, { phone: '0912345678' }, { phone: '12' }, { email: 'a@b.vn' },
      { phone: '0912345678', email: 'a@bc' }, { phone: '0912345678', tags: ['abc', 'abcd', 5] }],
  };
  for (const [name, schema] of Object.entries(schemas)) {
    it(`gives the same errors for ${name}`, async () => {
      const precompiled = await load(validatorModuleSource(schema, name));
      const client = compiled(schema);
      const verdicts = cases[name].map((data, i) => same(precompiled, client, data, `${name} #${i}`));
      assert.ok(verdicts.includes(false), 'some cases are invalid');
    });
  }

  it('gives the form its issues through the precompiled checks, a field’s one included', async () => {
    const form = formDefinitions.find((f) => f.procedureCode === '1.001193')!;
    const checks = precompiledChecks(await load(validatorModuleSource(form.schema)));
    const data = structuredClone(formSamples['1.001193']) as { nguoiYeuCau: Json };
    data.nguoiYeuCau.soDinhDanh = '12345';
    const issues = checks.all(data);
    assert.deepEqual(issues.map((i) => [i.pointer, i.key]), [['/nguoiYeuCau/soDinhDanh', 'validation.format.citizen-id']]);
    const node = undefined as never; // the precompiled checks need no field node
    assert.deepEqual(checks.leaf(node, '/nguoiYeuCau/soDinhDanh', '12345', () => data), issues[0]);
    assert.equal(checks.leaf(node, '/nguoiYeuCau/hoTen', 'Lê Thị Hoa', () => data), undefined);
  });

  it('refuses a dialect the form refuses and a schema Ajv refuses', () => {
    assert.throws(() => validatorModuleSource({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'object' }), /dialect/);
    assert.throws(() => validatorModuleSource({ type: 'object', properties: { a: { type: 'string', pattern: '([' } } }));
    assert.throws(() => validatorModuleSource([]), /not a JSON object/);
  });

  it('generates each version once', () => {
    const modules = new ValidatorModules();
    const form = formDefinitions[0];
    const first = modules.of(form);
    assert.equal(modules.of({ ...form, schema: { type: 'object' } }), first, 'a version never changes');
    assert.notEqual(modules.of({ ...form, version: 'other' }), first);
    assert.match(first.etag, /^"[\w-]{32}"$/);
    assert.equal(gunzipSync(first.gzip).toString(), first.source);
  });
});

describe('GET /procedures/{code}/form/versions/{version}/validator.js', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  const url = (version: string) => `${server.api}/procedures/1.001193/form/versions/${version}/validator.js`;

  it('serves the version’s module as JavaScript, cached for a year, revalidated by ETag', async () => {
    const { version } = (await (await fetch(`${server.api}/procedures/1.001193/form`)).json()) as { version: string };
    const res = await fetch(url(version), { headers: { 'accept-encoding': 'identity' } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    const source = await res.text();
    assert.equal(source, validatorModuleSource(formDefinitions.find((f) => f.procedureCode === '1.001193')!.schema, `1.001193@${version}`));
    const etag = res.headers.get('etag')!;
    const again = await fetch(url(version), { headers: { 'if-none-match': etag, 'accept-encoding': 'identity' } });
    assert.equal(again.status, 304);
    const zipped = await fetch(url(version), { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(zipped.status, 200);
    assert.equal(await zipped.text(), source, 'the gzip variant is the same module');
    assert.notEqual(zipped.headers.get('etag'), etag);
  });

  it('answers 404 for a version that does not exist', async () => {
    const res = await fetch(url('0000.00.0'));
    assert.equal(res.status, 404);
    assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
  });
});
