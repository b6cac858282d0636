// The SQLite store itself: migrations recorded, and a failed multi-step write leaves nothing behind.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SqliteStore } from '../src/store/sqlite-store.js';
import type { DossierRecord } from '../src/store/store.js';

let dir: string;
let store: SqliteStore;

const dossier = (code: string): DossierRecord => ({
  code, procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', formVersion: '1', data: {}, attachments: [],
  resultChannel: 'online', lookupSecret: 'ABCDEFGH', status: 1, receivedAt: '2026-03-10T01:00:00.000Z',
  appointmentDate: '2026-03-11', originalAppointmentDate: '2026-03-11', fees: [], paid: 0, paymentMethods: [],
  supplementCount: 0, pausedWorkingDays: 0, updatedAt: '2026-03-10T01:00:00.000Z',
});
const event = { status: 1 as const, at: '2026-03-10T01:00:00.000Z', department: 'Một cửa' };
const count = (table: string) => store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('SqliteStore', () => {
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dvc-store-'));
    store = new SqliteStore(join(dir, 'dvc.sqlite'));
  });
  after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('records numbered migrations and runs with WAL and foreign keys', () => {
    assert.deepEqual(store.db.prepare('SELECT version FROM schema_migrations').pluck().all(), [1]);
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(store.db.pragma('foreign_keys', { simple: true }), 1);
  });

  it('rolls a dossier creation back completely when a step throws', async () => {
    await assert.rejects(store.createDossier({
      idempotency: { scope: 'dossier', key: 'k-rollback', requestHash: 'h' },
      codePrefix: '000.00.01.H29',
      dayKey: '260310',
      build: (code) => ({ dossier: dossier(code), event }),
      respond: () => {
        throw new Error('boom after the inserts');
      },
    }), /boom/);
    assert.equal(count('dossiers'), 0);
    assert.equal(count('dossier_events'), 0);
    assert.equal(count('idempotency_keys'), 0);
    assert.equal(count('dossier_counters'), 0);
  });

  it('numbers dossiers per day and replays by key', async () => {
    const make = (key: string, hash = 'h') => store.createDossier({
      idempotency: { scope: 'dossier', key, requestHash: hash },
      codePrefix: '000.00.01.H29',
      dayKey: '260310',
      build: (code) => ({ dossier: dossier(code), event }),
      respond: (d) => ({ code: d.code }),
    });
    assert.deepEqual(await make('a'), { kind: 'created', value: { code: '000.00.01.H29-260310-0001' } });
    assert.deepEqual(await make('b'), { kind: 'created', value: { code: '000.00.01.H29-260310-0002' } });
    assert.deepEqual(await make('a'), { kind: 'replayed', value: { code: '000.00.01.H29-260310-0001' } });
    assert.deepEqual(await make('a', 'other'), { kind: 'key-reused' });
  });

  it('leaves a dossier untouched when a mutation throws', async () => {
    const code = '000.00.01.H29-260310-0001';
    const eventsBefore = count('dossier_events');
    await assert.rejects(store.mutateDossier(code, (d) => {
      d.status = 2;
      throw new Error('rejected');
    }));
    assert.equal((await store.getDossier(code))!.status, 1);
    assert.equal(count('dossier_events'), eventsBefore);
  });

  it('publishes events only after commit', async () => {
    const code = '000.00.01.H29-260310-0002';
    const seen: number[] = [];
    const off = store.events.subscribe(code, (e) => seen.push(e.status));
    await assert.rejects(store.mutateDossier(code, (d) => {
      throw Object.assign(new Error('no'), { d });
    }));
    await store.mutateDossier(code, (d) => ({ dossier: { ...d, status: 2 }, event: { ...event, status: 2 } }));
    off();
    assert.deepEqual(seen, [2]);
  });
});
