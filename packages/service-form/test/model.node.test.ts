// The form's logic without a DOM: schema → field model, conditions, pruning, Ajv mapping, pointers.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formDefinitions, formSamples } from '../../server/src/seed/forms/index.js';
import { Debouncer } from '../src/internal/debounce.js';
import { MemoryDraftStore, draftKey } from '../src/internal/draft-store.js';
import { barsOf, code128Modules } from '../src/internal/barcode.js';
import {
  applyDefaults, buildModel, clean, dialectOf, locate, modelFor, prune, requiredKeys, selectedAlternative, visibleChildren, visibleLeaves,
} from '../src/internal/model.js';
import { childPointer, getAt, parsePointer, setAt } from '../src/internal/pointer.js';
import { SchemaError, type JsonSchema } from '../src/internal/types.js';
import { fromServerErrors, toIssues } from '../src/internal/validation.js';
import { CUSTOM_FORMATS } from '../src/internal/formats.js';
import { formValidator, validateAll, validateLeaf } from '../src/internal/compiled.js';
import { en } from '../src/i18n/en.js';
import { vi } from '../src/i18n/vi.js';

const S2020 = 'https://json-schema.org/draft/2020-12/schema';
const keysOf = (nodes: { key: string }[]) => nodes.map((n) => n.key);

describe('JSON Pointers', () => {
  test('parse, escape, get and set', () => {
    assert.deepEqual(parsePointer('/a~1b/c~0d'), ['a/b', 'c~d']);
    assert.equal(childPointer('/x', 'a/b'), '/x/a~1b');
    const data = setAt({}, '/list/0/name', 'An');
    assert.deepEqual(data, { list: [{ name: 'An' }] });
    assert.equal(getAt(data, '/list/0/name'), 'An');
    setAt(data, '/list/0/name', undefined);
    assert.deepEqual(data, { list: [{}] });
    assert.throws(() => parsePointer('a'), SyntaxError);
  });
});

describe('schema → field model', () => {
  test('draft 2020-12 is the default; draft-07 is recognised; others are unsupported', () => {
    assert.equal(dialectOf({}), '2020-12');
    assert.equal(dialectOf({ $schema: S2020 }), '2020-12');
    assert.equal(dialectOf({ $schema: 'http://json-schema.org/draft-07/schema#' }), 'draft-07');
    assert.throws(() => dialectOf({ $schema: 'http://json-schema.org/draft-04/schema#' }), (e: SchemaError) => e.code === 'unsupported');
  });

  test('nested objects keep property order, ui order wins, labels come from titles', () => {
    const model = buildModel({
      type: 'object',
      properties: { a: { type: 'object', title: 'Người', properties: { x: { type: 'string', title: 'X' }, y: { type: 'string' } } } },
    }, { fields: { '/a': { order: ['y', 'x'] } } });
    const a = model.root.children![0];
    assert.equal(a.kind, 'object');
    assert.equal(a.label, 'Người');
    assert.deepEqual(keysOf([...a.children!]), ['y', 'x']);
    assert.equal(a.children![0].label, 'Y', 'a missing title falls back to the humanised key');
    assert.equal(locate(model, '/a/x')!.label, 'X');
  });

  test('$ref / $defs (2020-12) and definitions (draft-07) resolve, siblings override the target', () => {
    const model = buildModel({
      $defs: { ten: { type: 'string', title: 'Tên', maxLength: 5 } },
      type: 'object',
      properties: { a: { $ref: '#/$defs/ten', title: 'Tên khác' } },
    });
    const a = model.root.children![0];
    assert.equal(a.label, 'Tên khác');
    assert.equal(a.schema.maxLength, 5);
    const m07 = buildModel({ $schema: 'http://json-schema.org/draft-07/schema#', definitions: { n: { type: 'integer' } }, type: 'object', properties: { n: { $ref: '#/definitions/n' } } });
    assert.equal(m07.root.children![0].widget, 'number');
    assert.equal(m07.dialect, 'draft-07');
  });

  test('one model per schema and UI schema object', () => {
    const schema = { type: 'object', properties: { a: { type: 'string' } } };
    const ui = {};
    assert.equal(modelFor(schema, ui), modelFor(schema, ui));
    assert.notEqual(modelFor(schema, ui), modelFor(schema, { fields: {} }));
    assert.notEqual(modelFor(schema), modelFor(structuredClone(schema)));
  });

  test('UI hints reach array items through `*` paths', () => {
    const model = buildModel(
      { type: 'object', properties: { ds: { type: 'array', items: { type: 'object', properties: { ghiChu: { type: 'string' } } } } } },
      { fields: { '/ds/*/ghiChu': { widget: 'textarea' }, '/ds': { itemLabel: 'Người thứ' } } },
    );
    assert.equal(locate(model, '/ds/0/ghiChu')!.node.widget, 'textarea');
    assert.equal(locate(model, '/ds/2/ghiChu')!.label, 'Ghi chu (Người thứ 3)');
  });

  test('enum and oneOf consts: radios up to 5 options, a select beyond, labels from const titles', () => {
    const model = buildModel({
      type: 'object',
      properties: {
        few: { type: 'string', oneOf: [{ const: 'm', title: 'Nam' }, { const: 'f', title: 'Nữ' }] },
        many: { type: 'string', enum: ['1', '2', '3', '4', '5', '6'] },
        five: { type: 'string', enum: ['1', '2', '3', '4', '5'] },
      },
    });
    const [few, many, five] = model.root.children!;
    assert.equal(few.widget, 'radio');
    assert.deepEqual(few.options, [{ value: 'm', label: 'Nam' }, { value: 'f', label: 'Nữ' }]);
    assert.equal(many.widget, 'select');
    assert.equal(five.widget, 'radio');
  });

  test('arrays of scalars with options are checkboxes; arrays of objects have an item template', () => {
    const model = buildModel({
      type: 'object',
      properties: {
        hang: { type: 'array', uniqueItems: true, items: { type: 'string', enum: ['A1', 'B'] } },
        ds: { type: 'array', title: 'Danh sách', items: { type: 'object', title: 'Người', properties: { ten: { type: 'string', title: 'Tên' } } } },
        tags: { type: 'array', items: { type: 'string', title: 'Thẻ' } },
      },
    });
    const [hang, ds, tags] = model.root.children!;
    assert.equal(hang.widget, 'checkboxes');
    assert.equal(ds.kind, 'array');
    assert.equal(ds.item!.path, '/ds/*');
    assert.equal(ds.item!.label, 'Người');
    assert.equal(tags.item!.widget, 'text');
    assert.equal(locate(model, '/ds/1/ten')!.label, 'Tên (Người 2)');
  });

  test('oneOf/anyOf of objects is a choice; the alternative is picked from the data', () => {
    const model = buildModel({
      type: 'object',
      properties: {
        lienHe: {
          anyOf: [
            { title: 'Thư', type: 'object', properties: { thu: { type: 'string' } }, required: ['thu'] },
            { title: 'Web', type: 'object', properties: { web: { type: 'string' } }, required: ['web'] },
          ],
        },
      },
    });
    const choice = model.root.children![0];
    assert.equal(choice.kind, 'choice');
    assert.deepEqual(choice.alternatives!.map((a) => a.label), ['Thư', 'Web']);
    assert.equal(selectedAlternative(choice, { web: 'x' }, model.resolve), 1);
    assert.equal(selectedAlternative(choice, undefined, model.resolve), -1);
    assert.equal(selectedAlternative(choice, { web: 'x' }, model.resolve, 0), 0, 'the citizen’s own choice wins');
    assert.deepEqual(prune(model, { lienHe: { thu: 'a@b.vn', web: 'x' } }, { choices: new Map([['/lienHe', 0]]) }), { lienHe: { thu: 'a@b.vn' } });
  });

  test('defaults apply where the data has nothing; readOnly is kept; const booleans stay unticked', () => {
    const model = buildModel({
      type: 'object',
      properties: {
        quocTich: { type: 'string', default: 'Việt Nam' },
        ma: { type: 'string', readOnly: true, default: 'X1' },
        camKet: { type: 'boolean', const: true },
        n: { type: 'object', properties: { k: { type: 'integer', default: 0 } } },
      },
    });
    assert.deepEqual(applyDefaults(model.root, { quocTich: 'Lào' }), { quocTich: 'Lào', ma: 'X1', n: { k: 0 } });
    assert.equal(model.root.children![1].readOnly, true);
    assert.equal(model.root.children![2].widget, 'checkbox');
  });

  test('formats: date is a date widget; citizen-id, vn-mobile, tax-code are our own', () => {
    const model = buildModel({ type: 'object', properties: { d: { type: 'string', format: 'date' } } });
    assert.equal(model.root.children![0].widget, 'date');
    assert.ok(CUSTOM_FORMATS['citizen-id'].test('001090012345'));
    assert.ok(!CUSTOM_FORMATS['citizen-id'].test('00109001234'));
    assert.ok(CUSTOM_FORMATS['vn-mobile'].test('0912345678'));
    assert.ok(!CUSTOM_FORMATS['vn-mobile'].test('912345678'));
    assert.ok(CUSTOM_FORMATS['tax-code'].test('0101234567-001'));
    assert.ok(!CUSTOM_FORMATS['tax-code'].test('01012345'));
  });

  test('malformed and unsupported schemas throw SchemaError, never something else', () => {
    const cases: [unknown, 'malformed' | 'unsupported'][] = [
      [null, 'malformed'],
      ['{"type":"object"}', 'malformed'],
      [{ type: 'object', properties: { a: { type: 'strin' } } }, 'malformed'],
      [{ type: 'object', properties: { a: { $ref: '#/$defs/missing' } } }, 'malformed'],
      [{ type: 'object', properties: { a: { $ref: 'https://example.com/s.json' } } }, 'unsupported'],
      [{ $defs: { n: { type: 'object', properties: { c: { $ref: '#/$defs/n' } } } }, type: 'object', properties: { n: { $ref: '#/$defs/n' } } }, 'unsupported'],
      [{ type: 'string' }, 'unsupported'],
      [{ type: 'object', properties: { a: { type: 'array', items: [{ type: 'string' }] } } }, 'unsupported'],
      [{ type: 'object', properties: { a: { type: 'array' } } }, 'malformed'],
      [{ type: 'object', properties: [] }, 'malformed'],
      [{ type: 'object', required: 'a' }, 'malformed'],
    ];
    for (const [schema, code] of cases) {
      assert.throws(() => buildModel(schema), (e: unknown) => e instanceof SchemaError && e.code === code, JSON.stringify(schema));
    }
  });
});

describe('conditions: hidden branches are neither required nor submitted', () => {
  const schema: JsonSchema = {
    type: 'object',
    properties: {
      loai: { type: 'string', enum: ['co-so-y-te', 'khac'] },
      tenCoSo: { type: 'string', minLength: 1 },
      coTaiKhoan: { type: 'boolean' },
      soTaiKhoan: { type: 'string' },
      nganHang: { type: 'string' },
    },
    required: ['loai'],
    if: { properties: { loai: { const: 'co-so-y-te' } }, required: ['loai'] },
    then: { required: ['tenCoSo'] },
    dependentRequired: { soTaiKhoan: ['nganHang'] },
    dependentSchemas: { coTaiKhoan: { properties: { chuTaiKhoan: { type: 'string', title: 'Chủ tài khoản' } }, required: ['chuTaiKhoan'] } },
  };
  const model = buildModel(schema);

  test('if/then: the branch field shows and is required only while the condition holds', () => {
    assert.ok(!keysOf(visibleChildren(model.root, { loai: 'khac' })).includes('tenCoSo'));
    assert.ok(keysOf(visibleChildren(model.root, { loai: 'co-so-y-te' })).includes('tenCoSo'));
    assert.ok(requiredKeys(model.root, { loai: 'co-so-y-te' }).has('tenCoSo'));
    assert.ok(!requiredKeys(model.root, { loai: 'khac' }).has('tenCoSo'));
    assert.ok(model.root.watches.has('loai'));
  });

  test('a hidden branch’s value is pruned, so Ajv neither requires nor receives it', () => {
    const data = { loai: 'khac', tenCoSo: 'Bệnh viện cũ' };
    assert.deepEqual(prune(model, data), { loai: 'khac' });
    assert.deepEqual(validateAll(model, prune(model, data)), []);
    const issues = validateAll(model, prune(model, { loai: 'co-so-y-te' }));
    assert.deepEqual(issues.map((i) => [i.pointer, i.key]), [['/tenCoSo', 'validation.required']]);
  });

  test('dependentRequired makes a field required (still visible) while the other is given', () => {
    assert.ok(keysOf(visibleChildren(model.root, {})).includes('nganHang'));
    assert.ok(requiredKeys(model.root, { soTaiKhoan: '0011' }).has('nganHang'));
    assert.ok(!requiredKeys(model.root, { soTaiKhoan: '' }).has('nganHang'), 'an empty text counts as not given');
    const issues = validateAll(model, prune(model, { loai: 'khac', soTaiKhoan: '0011' }));
    assert.deepEqual(issues.map((i) => i.pointer), ['/nganHang']);
  });

  test('dependentSchemas adds its own fields while the other is given', () => {
    assert.ok(!keysOf(visibleChildren(model.root, {})).includes('chuTaiKhoan'));
    assert.ok(keysOf(visibleChildren(model.root, { coTaiKhoan: true })).includes('chuTaiKhoan'));
    assert.deepEqual(prune(model, { loai: 'khac', chuTaiKhoan: 'An' }), { loai: 'khac' });
  });

  test('the birth registration form: father hidden when unknown, foreign part only when it applies', () => {
    const birth = formDefinitions.find((f) => f.procedureCode === '1.001193')!;
    const m = buildModel(birth.schema, birth.uiSchema);
    const sample = structuredClone(formSamples['1.001193']) as Record<string, unknown>;
    assert.ok(!keysOf(visibleChildren(m.root, sample)).includes('yeuToNuocNgoai'));
    assert.ok(keysOf(visibleChildren(m.root, sample)).includes('cha'));
    const noFather = { ...sample, khongCoThongTinCha: true };
    assert.ok(!keysOf(visibleChildren(m.root, noFather)).includes('cha'));
    assert.equal(prune(m, noFather).cha, undefined, 'the father’s data is not submitted');
    assert.deepEqual(validateAll(m, prune(m, noFather)), []);
    const foreign = { ...sample, coYeuToNuocNgoai: true };
    assert.deepEqual(validateAll(m, prune(m, foreign)).map((i) => i.pointer).sort(),
      ['/yeuToNuocNgoai/quocTichChon', '/yeuToNuocNgoai/soHoChieuChaMe', '/yeuToNuocNgoai/vanBanThoaThuan']);
  });
});

describe('pruning and cleaning', () => {
  const model = buildModel({
    type: 'object',
    properties: {
      req: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
      opt: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
      list: { type: 'array', items: { type: 'string' } },
    },
    required: ['req'],
  });

  test('empty strings go; an empty optional object goes; an empty required object stays so its fields report', () => {
    assert.deepEqual(prune(model, { req: { a: '' }, opt: { a: '' }, list: [] }), { req: {} });
    assert.deepEqual(validateAll(model, prune(model, {})).map((i) => i.pointer), ['/req/a']);
    assert.equal(clean({ a: '', b: { c: '' } }), undefined);
  });

  test('the leaves of a value come in display order with concrete pointers', () => {
    const pointers = [...visibleLeaves(model, model.root, { list: ['x', 'y'] }, '')].map((l) => l.pointer);
    assert.deepEqual(pointers, ['/req/a', '/opt/a', '/list', '/list/0', '/list/1']);
  });
});

describe('Ajv → our message keys', () => {
  const model = buildModel({
    $schema: S2020,
    type: 'object',
    properties: {
      cccd: { type: 'string', format: 'citizen-id', title: 'Số định danh' },
      sdt: { type: 'string', format: 'vn-mobile' },
      mst: { type: 'string', format: 'tax-code' },
      email: { type: 'string', format: 'email' },
      web: { type: 'string', format: 'uri' },
      ngay: { type: 'string', format: 'date' },
      so: { type: 'integer', minimum: 1, maximum: 10 },
      ten: { type: 'string', minLength: 2, maxLength: 3 },
    },
    required: ['ten'],
  });

  test('formats, ranges and lengths map to keys with their limits', () => {
    const issues = validateAll(model, { cccd: '123', sdt: '912', mst: '1', email: 'a@', web: 'x', ngay: '2025-02-30', so: 11, ten: 'abcd' });
    const byPointer = Object.fromEntries(issues.map((i) => [i.pointer, i]));
    assert.equal(byPointer['/cccd'].key, 'validation.format.citizen-id');
    assert.equal(byPointer['/sdt'].key, 'validation.format.vn-mobile');
    assert.equal(byPointer['/mst'].key, 'validation.format.tax-code');
    assert.equal(byPointer['/email'].key, 'validation.format.email');
    assert.equal(byPointer['/web'].key, 'validation.format.uri');
    assert.equal(byPointer['/ngay'].key, 'validation.format.date');
    assert.deepEqual(byPointer['/so'], { pointer: '/so', key: 'validation.maximum', params: { limit: 10 } });
    assert.deepEqual(byPointer['/ten'], { pointer: '/ten', key: 'validation.maxLength', params: { limit: 3 } });
  });

  test('a type error outranks the others on the same field; one issue per field', () => {
    const issues = validateAll(model, { so: 'mười', ten: 'ab' });
    assert.deepEqual(issues, [{ pointer: '/so', key: 'validation.type.integer', params: {} }]);
  });

  test('one compiled validator per schema version', () => {
    assert.equal(formValidator(model, 'x@1'), formValidator(model, 'x@1'));
    assert.equal(formValidator(model), formValidator(model));
  });

  test('a single field is validated against its own schema', () => {
    const node = locate(model, '/cccd')!.node;
    assert.equal(validateLeaf(model, node, '/cccd', '12')!.key, 'validation.format.citizen-id');
    assert.equal(validateLeaf(model, node, '/cccd', '001090012345'), undefined);
    assert.equal(validateLeaf(model, node, '/cccd', ''), undefined, 'emptiness is the required check’s business');
  });

  test('draft-07 schemas validate with the draft-07 Ajv', () => {
    const m = buildModel({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { a: { type: 'string', format: 'vn-mobile' } }, dependencies: { a: ['b'] } });
    assert.deepEqual(validateAll(m, { a: '0912345678' }).map((i) => [i.pointer, i.key]), [['/b', 'validation.required']]);
  });

  test('if/allOf wrappers and oneOf noise are dropped', () => {
    const issues = toIssues([
      { keyword: 'if', instancePath: '', schemaPath: '', params: { failingKeyword: 'then' } },
      { keyword: 'required', instancePath: '/x', schemaPath: '', params: { missingProperty: 'y' } },
      { keyword: 'oneOf', instancePath: '/x', schemaPath: '', params: {} },
    ], '');
    assert.deepEqual(issues, [{ pointer: '/x/y', key: 'validation.required', params: {} }]);
  });

  test('server 422 pointers under /data land on form pointers; others are kept apart', () => {
    const { fields, other } = fromServerErrors([
      { pointer: '/data/treEm/hoTen', code: 'required' },
      { pointer: '/data/soBanSao', code: 'maximum', params: { limit: 10 } },
      { pointer: '/resultChannel', code: 'enum' },
    ]);
    assert.deepEqual(fields, [
      { pointer: '/treEm/hoTen', key: 'validation.required', params: {} },
      { pointer: '/soBanSao', key: 'validation.maximum', params: { limit: 10 } },
    ]);
    assert.deepEqual(other, [{ pointer: '/resultChannel', key: 'validation.enum', params: {} }]);
  });

  test('every key Ajv can produce has a Vietnamese and an English text naming the field', () => {
    for (const key of Object.keys(vi).filter((k) => k.startsWith('validation.'))) {
      assert.match(vi[key as keyof typeof vi], /\{label\}/, key);
      assert.match(en[key as keyof typeof en], /\{label\}/, key);
    }
  });
});

describe('the seeded forms', () => {
  for (const form of formDefinitions) {
    test(`${form.procedureCode} builds and its sample passes after pruning, unchanged`, () => {
      const model = buildModel(form.schema, form.uiSchema);
      const sample = formSamples[form.procedureCode];
      const pruned = prune(model, structuredClone(sample));
      assert.deepEqual(validateAll(model, pruned), []);
      assert.deepEqual(pruned, sample);
      for (const step of model.steps) for (const p of step.fields) assert.ok(locate(model, p), `${p} of step ${step.id}`);
    });
  }
});

describe('drafts and barcode', () => {
  test('a draft key names procedure, version and user', async () => {
    const key = draftKey('1.001193', '2025.07.1', '001090012345');
    assert.equal(key, 'dvc-draft:1.001193:2025.07.1:001090012345');
    const store = new MemoryDraftStore();
    await store.set(key, { data: { a: 1 }, idempotencyKey: 'k', step: 2, savedAt: '2026-01-01T00:00:00Z' });
    assert.equal((await store.get(key))!.idempotencyKey, 'k');
    await store.delete(key);
    assert.equal(await store.get(key), undefined);
  });

  test('Code 128 of a dossier code: starts with a start code, ends with the stop pattern', () => {
    const modules = code128Modules('000.00.01.H29-260310-0420')!;
    assert.ok(modules.startsWith('11010011100') || modules.startsWith('11010010000') || modules.startsWith('11010000100'));
    assert.ok(modules.endsWith('1100011101011'));
    assert.ok(barsOf(modules).every(([, w]) => w >= 1 && w <= 4));
    assert.equal(code128Modules(''), undefined);
  });
});

describe('debounce', () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  test('runs once, after the last touch has rested for the delay', async () => {
    let runs = 0;
    const d = new Debouncer(30, () => runs++);
    for (let i = 0; i < 5; i++) {
      d.touch();
      await sleep(10);
    }
    assert.equal(runs, 0);
    await sleep(50);
    assert.equal(runs, 1);
  });

  test('flush runs a pending call now; cancel drops it', async () => {
    let runs = 0;
    const d = new Debouncer(30, () => runs++);
    d.touch();
    d.flush();
    assert.equal(runs, 1);
    d.flush();
    assert.equal(runs, 1, 'nothing pending');
    d.touch();
    d.cancel();
    await sleep(50);
    assert.equal(runs, 1);
  });
});
