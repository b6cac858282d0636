// The widget's logic without a DOM: screens from statuses, the countdown, the stored attempt, the plug-in registry.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AttemptStore } from '../src/internal/attempt.js';
import { bankName } from '../src/internal/banks.js';
import { formatCountdown, isOpen, minutesLeft, remainingMs, viewOfPayment } from '../src/internal/payment-state.js';
import { getPaymentMethod, pluginFor, registerPaymentMethod } from '../src/internal/registry.js';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map };
}

describe('payment state', () => {
  it('maps every contract status to a screen', () => {
    const views = (['created', 'started', 'submitted', 'success', 'failed', 'cancelled', 'error', 'expired'] as const)
      .map((status) => viewOfPayment({ status }));
    assert.deepEqual(views, ['in-progress', 'in-progress', 'in-progress', 'success', 'failed', 'cancelled', 'failed', 'expired']);
    assert.deepEqual(['created', 'started', 'submitted', 'success', 'expired'].map((s) => isOpen(s as never)), [true, true, true, false, false]);
  });

  it('counts down to expiresAt, never below zero', () => {
    const now = Date.parse('2026-03-10T08:00:00Z');
    assert.equal(remainingMs('2026-03-10T09:30:00Z', now), 90 * 60_000);
    assert.equal(remainingMs('2026-03-10T07:00:00Z', now), 0);
    assert.equal(formatCountdown(90 * 60_000), '1:30:00');
    assert.equal(formatCountdown(4 * 60_000 + 5_000), '4:05');
    assert.equal(formatCountdown(9_001), '0:10');
    assert.equal(formatCountdown(0), '0:00');
    assert.equal(minutesLeft(4 * 60_000 + 1), 5);
  });
});

describe('attempt store', () => {
  it('keeps one attempt per dossier and never the verification', () => {
    const storage = memoryStorage();
    const store = new AttemptStore(storage);
    assert.equal(store.get('A'), undefined);
    store.set('A', { key: 'k1', method: 'vietqr' });
    store.set('B', { key: 'k2', method: 'gateway', paymentId: 'pay_1' });
    assert.deepEqual(store.get('A'), { key: 'k1', method: 'vietqr' });
    assert.equal(store.get('B')!.paymentId, 'pay_1');
    assert.ok(![...storage.map.values()].some((v) => /verification|secret/i.test(v)));
    store.clear('A');
    assert.equal(store.get('A'), undefined);
  });

  it('ignores corrupt entries and survives a storage that throws', () => {
    const storage = memoryStorage();
    storage.setItem('dvc-fee-payment:A', '{not json');
    storage.setItem('dvc-fee-payment:B', '{"key":1}');
    const store = new AttemptStore(storage);
    assert.equal(store.get('A'), undefined);
    assert.equal(store.get('B'), undefined);
    const broken = new AttemptStore({ getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} });
    assert.doesNotThrow(() => broken.set('A', { key: 'k', method: 'vietqr' }));
    assert.equal(broken.get('A'), undefined);
  });
});

describe('plug-in registry', () => {
  it('prefers a provider\'s entry over its method\'s, and unregisters only its own entry', () => {
    const offMethod = registerPaymentMethod('gateway', { label: { vi: 'Cổng' } });
    const offProvider = registerPaymentMethod('vnpay', { label: { vi: 'VNPAY' } });
    assert.equal(pluginFor({ method: 'gateway', provider: 'vnpay' })!.label!.vi, 'VNPAY');
    assert.equal(pluginFor({ method: 'gateway', provider: 'sandbox' })!.label!.vi, 'Cổng');
    offProvider();
    const replacement = { label: { vi: 'Cổng mới' } };
    registerPaymentMethod('gateway', replacement);
    offMethod(); // the old handle must not remove the replacement
    assert.equal(getPaymentMethod('gateway'), replacement);
    registerPaymentMethod('gateway', replacement)();
    assert.equal(getPaymentMethod('gateway'), undefined);
  });

  it('names the banks of common BINs', () => {
    assert.equal(bankName('970436'), 'Vietcombank (970436)');
    assert.equal(bankName('123456'), '123456');
  });
});
