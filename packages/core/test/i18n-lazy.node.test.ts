// Catalogues that load on first use: Vietnamese meanwhile, the language's own texts once loaded, and
// each loader called once however often the language is asked for.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasPendingMessages, loadMessages, registerCatalogues, translate } from '../src/i18n/i18n.js';

test('a lazily registered translation loads once and then wins over the Vietnamese fallback', async () => {
  let calls = 0;
  const vi = { 'lazyTest.hello': 'Xin chào {name}' } as const;
  registerCatalogues({ vi, en: async () => { calls++; return { 'lazyTest.hello': 'Hello {name}' }; } });

  assert.equal(hasPendingMessages('en'), true);
  assert.equal(translate('en', 'lazyTest.hello', { name: 'An' }), 'Xin chào An');
  await Promise.all([loadMessages('en'), loadMessages('en')]);
  assert.equal(calls, 1);
  assert.equal(hasPendingMessages('en'), false);
  assert.equal(translate('en', 'lazyTest.hello', { name: 'An' }), 'Hello An');
  assert.equal(translate('vi', 'lazyTest.hello', { name: 'An' }), 'Xin chào An');
});
