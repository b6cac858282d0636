import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../src/i18n/en.js';
import {
  hasMessage, hasPendingMessages, interpolate, loadMessages, registerCatalogues, registerMessages, toLang, translate,
} from '../src/i18n/i18n.js';
import { vi } from '../src/i18n/vi.js';

describe('catalogues', () => {
  it('vi and en have exactly the same keys', () => {
    assert.deepEqual(Object.keys(en).sort(), Object.keys(vi).sort());
  });
  it('no text is empty and placeholders match between languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      assert.ok(vi[key].trim() && en[key].trim(), `empty text for ${key}`);
      assert.deepEqual(placeholders(en[key]), placeholders(vi[key]), `placeholders differ for ${key}`);
    }
  });
  it('names all ten national statuses', () => {
    for (let status = 1; status <= 10; status++) assert.ok(hasMessage('vi', `status.${status}`), `status.${status}`);
    assert.equal(translate('vi', 'status.5'), 'Yêu cầu bổ sung giấy tờ');
  });
});

describe('translate', () => {
  it('loads the core\'s English texts on first use only', async () => {
    assert.ok(hasPendingMessages('en'), 'English was loaded before anyone asked');
    assert.equal(hasMessage('en', 'common.retry'), false);
    await loadMessages('en');
    assert.equal(hasPendingMessages('en'), false);
    assert.equal(translate('en', 'common.retry'), 'Try again');
  });
  it('fills {name} placeholders', () => {
    registerMessages('vi', { 'test.daysLeft': 'Còn {value} ngày làm việc' });
    registerMessages('en', { 'test.daysLeft': '{value} working days left' });
    assert.equal(translate('vi', 'test.daysLeft', { value: 30 }), 'Còn 30 ngày làm việc');
    assert.equal(translate('en', 'test.daysLeft', { value: '5' }), '5 working days left');
  });
  it('leaves unknown placeholders visible', () => {
    assert.equal(interpolate('Mã {code}, hạn {date}', { code: 'X' }), 'Mã X, hạn {date}');
  });
  it('prefers overrides of the same language only', () => {
    const overrides = { vi: { 'common.retry': 'Tải lại' } };
    assert.equal(translate('vi', 'common.retry', undefined, overrides), 'Tải lại');
    assert.equal(translate('en', 'common.retry', undefined, overrides), 'Try again');
  });
  it('falls back to Vietnamese, then to the key itself', () => {
    registerMessages('vi', { 'test.onlyVi': 'Chỉ tiếng Việt' });
    assert.equal(translate('en', 'test.onlyVi'), 'Chỉ tiếng Việt');
    assert.equal(translate('en', 'test.missing'), 'test.missing');
  });
  it('lets a component register its catalogues for both languages', () => {
    registerCatalogues({ vi: { 'test.finder.placeholder': 'Nhập tên thủ tục' }, en: { 'test.finder.placeholder': 'Procedure name' } });
    assert.equal(translate('en', 'test.finder.placeholder'), 'Procedure name');
    assert.equal(translate('vi', 'test.finder.placeholder'), 'Nhập tên thủ tục');
  });
});

describe('toLang', () => {
  it('reduces tags to the primary language we speak', () => {
    assert.equal(toLang('vi-VN'), 'vi');
    assert.equal(toLang('EN-gb'), 'en');
    assert.equal(toLang('fr'), undefined);
    assert.equal(toLang(''), undefined);
    assert.equal(toLang(null), undefined);
  });
});
