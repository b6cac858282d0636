// The form's own logic moved out of the element, without a DOM: conditions, messages, attachments,
// parsing, and what a submission carries and how the server's problems come back.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isRequired, isVisible, signatures } from '../src/internal/conditions.js';
import { formatBytes, typeAllowed, typeNames } from '../src/internal/files.js';
import { idOf } from '../src/internal/ids.js';
import { messageKey, sameIssue } from '../src/internal/messages.js';
import { buildModel } from '../src/internal/model.js';
import { parseInput } from '../src/internal/parse.js';
import { serverIssues, submissionOf } from '../src/internal/submission.js';
import type { JsonSchema, UploadState } from '../src/internal/types.js';

const schema: JsonSchema = {
  type: 'object',
  properties: {
    loai: { type: 'string', enum: ['co-so-y-te', 'khac'] },
    tenCoSo: { type: 'string', minLength: 1 },
    dongY: { type: 'boolean', const: true },
    giayTo: { type: 'string' },
    soDienThoai: { type: 'string' },
  },
  required: ['loai', 'dongY'],
  if: { properties: { loai: { const: 'co-so-y-te' } }, required: ['loai'] },
  then: { required: ['tenCoSo'] },
};
const model = buildModel(schema, { fields: { '/giayTo': { widget: 'file' }, '/soDienThoai': { prefill: 'phone' } } });

describe('conditions', () => {
  test('a branch field shows and is required only while its condition holds', () => {
    assert.equal(isVisible(model, { loai: 'khac' }, '/tenCoSo'), false);
    assert.equal(isVisible(model, { loai: 'co-so-y-te' }, '/tenCoSo'), true);
    assert.equal(isRequired(model, { loai: 'co-so-y-te' }, '/tenCoSo'), true);
    assert.equal(isRequired(model, { loai: 'khac' }, '/loai'), true);
    assert.equal(isVisible(model, {}, '/nowhere'), false);
  });

  test('a change of a watched answer changes the signature (a full render), another does not', () => {
    assert.notEqual(signatures(model, { loai: 'khac' }, new Map(), '/loai'), signatures(model, { loai: 'co-so-y-te' }, new Map(), '/loai'));
    assert.equal(signatures(model, { giayTo: 'a' }, new Map(), '/giayTo'), signatures(model, { giayTo: 'b' }, new Map(), '/giayTo'));
  });
});

describe('messages', () => {
  test('a missing answer reads by widget; other keys pass through', () => {
    assert.equal(messageKey(model, { pointer: '/loai', key: 'validation.required', params: {} }), 'validation.required.choose');
    assert.equal(messageKey(model, { pointer: '/giayTo', key: 'validation.required', params: {} }), 'validation.required.file');
    assert.equal(messageKey(model, { pointer: '/tenCoSo', key: 'validation.required', params: {} }), 'validation.required');
    assert.equal(messageKey(model, { pointer: '#resultChannel', key: 'validation.required.choose', params: {} }), 'validation.required.choose');
    assert.equal(messageKey(undefined, { pointer: '/x', key: 'validation.maxLength', params: {} }), 'validation.maxLength');
  });

  test('issues are the same when key and parameters are', () => {
    assert.ok(sameIssue({ pointer: '/a', key: 'k', params: { limit: 3 } }, { pointer: '/a', key: 'k', params: { limit: 3 } }));
    assert.ok(!sameIssue({ pointer: '/a', key: 'k', params: { limit: 3 } }, { pointer: '/a', key: 'k', params: { limit: 4 } }));
    assert.ok(!sameIssue(undefined, { pointer: '/a', key: 'k', params: {} }));
  });
});

describe('attachments and ids', () => {
  test('types by MIME, wildcard or extension; sizes as people read them', () => {
    const pdf = Object.assign(new Blob(['x'], { type: 'application/pdf' }), { name: 'giay.pdf' });
    const untyped = Object.assign(new Blob(['x']), { name: 'anh.JPEG' });
    assert.ok(typeAllowed(pdf, ['application/pdf']));
    assert.ok(!typeAllowed(pdf, ['image/*']));
    assert.ok(typeAllowed(untyped, ['image/jpeg']));
    assert.ok(typeAllowed(pdf, []));
    assert.equal(typeNames(['application/pdf', 'image/png', 'text/csv']), 'PDF, PNG, text/csv');
    assert.equal(formatBytes(5 * 1024 * 1024), '5 MB');
    assert.equal(formatBytes(1.5 * 1024 * 1024), '1,5 MB');
    assert.equal(formatBytes(10), '1 KB');
  });

  test('an element id per pointer, stable and safe', () => {
    assert.equal(idOf('/conCai/0/hoTen'), idOf('/conCai/0/hoTen'));
    assert.match(idOf('/a b#c'), /^f[A-Za-z0-9_-]+$/);
  });
});

describe('parsing inputs', () => {
  const node = (widget: string) => ({ ...model.root.children![0], widget, options: undefined }) as Parameters<typeof parseInput>[0];
  const input = (value: string) => ({ value }) as HTMLInputElement;
  test('numbers as Vietnamese writes them; dates as dd/mm/yyyy; empty text is no answer', () => {
    assert.equal(parseInput(node('number'), input('300.000.000'), () => []), 300000000);
    assert.equal(parseInput(node('number'), input('72,5'), () => []), 72.5);
    assert.equal(parseInput(node('number'), input('abc'), () => []), 'abc');
    assert.equal(parseInput(node('date'), input('20/06/2025'), () => []), '2025-06-20');
    assert.equal(parseInput(node('text'), input('   '), () => []), undefined);
  });
});

describe('submission', () => {
  const done = (id: string): UploadState => ({ status: 'done', id, name: `${id}.pdf`, size: 1, loaded: 1 });
  test('carries the uploads of shown fields that still hold their id, and the contact phone', () => {
    const uploads = new Map([['/giayTo', done('u1')], ['/cu', done('u0')]]);
    const data = { loai: 'khac', dongY: true, giayTo: 'u1', soDienThoai: '0912345678' };
    const s = submissionOf({ procedureCode: '1.001193', version: '1' }, model, data, 'online', uploads, (p) => p !== '/cu', {});
    assert.deepEqual(s.attachments, ['u1']);
    assert.deepEqual(s.contact, { phone: '0912345678' });
    assert.equal(s.deliveryAddress, undefined);
  });

  test('server problems land on data fields, the submission’s own fields and the file that was sent', () => {
    const uploads = new Map([['/giayTo', done('u1')]]);
    const issues = serverIssues([
      { pointer: '/data/tenCoSo', code: 'required' },
      { pointer: '/resultChannel', code: 'required' },
      { pointer: '/deliveryAddress', code: 'required' },
      { pointer: '/attachments/0', code: 'invalid' },
      { pointer: '/attachments/5', code: 'invalid' },
    ], uploads);
    assert.deepEqual(issues.map((i) => i.pointer), ['/tenCoSo', '#resultChannel', '#deliveryAddress/street', '/giayTo']);
  });
});
