// Store on SQLite (better-sqlite3): one file, WAL, foreign keys on. better-sqlite3 is synchronous, so a
// transaction can never interleave with another request's statements in this process; the unique keys
// (idempotency, dossier code, provider ref) still guard against a second process on the same file.
import Database from 'better-sqlite3';
import type {
  AdminUnit, FormDefinition, ProcedureDetail, Profile, StatusCode,
} from '@dvc/core';
import { DossierEventBus } from '../events/bus.js';
import { HttpProblem } from '../http/problem.js';
import { MIGRATIONS } from './migrations.js';
import {
  FINAL_PAYMENT_STATUSES,
  type Catalogue, type CatalogueData, type DossierChange, type DossierEventRecord, type DossierRecord,
  type IdempotencyInput, type IdempotentResult, type NewDossierEvent, type PaymentRecord, type Store,
  type UploadRecord,
} from './store.js';

type Row = Record<string, unknown>;
const json = (value: unknown) => JSON.stringify(value);
const parse = <T>(row: Row | undefined, column = 'data'): T | undefined =>
  row ? (JSON.parse(row[column] as string) as T) : undefined;

export class SqliteStore implements Store {
  readonly events = new DossierEventBus();
  readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.#migrate();
  }

  #migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const done = new Set(this.db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
          .run(m.version, m.name, new Date().toISOString());
      })();
    }
  }

  /** Runs `fn` in an IMMEDIATE transaction (takes the write lock up front: no upgrade deadlocks). */
  #tx<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  // ---- catalogue ---------------------------------------------------------------------------------

  async replaceCatalogue(data: CatalogueData): Promise<void> {
    this.#tx(() => {
      this.db.exec('DELETE FROM code_names; DELETE FROM agencies; DELETE FROM procedures;');
      const cn = this.db.prepare('INSERT INTO code_names (kind, code, name, position) VALUES (?, ?, ?, ?)');
      data.fields.forEach((f, i) => cn.run('field', f.code, f.name, i));
      data.levels.forEach((l, i) => cn.run('level', l.code, l.name, i));
      const ag = this.db.prepare('INSERT INTO agencies (code, name, level, position) VALUES (?, ?, ?, ?)');
      data.agencies.forEach((a, i) => ag.run(a.code, a.name, a.level, i));
      const pr = this.db.prepare('INSERT INTO procedures (code, position, data) VALUES (?, ?, ?)');
      data.procedures.forEach((p, i) => pr.run(p.code, i, json(p)));
      this.#bumpRevision();
    });
  }

  #bumpRevision(): void {
    this.db.prepare(`INSERT INTO meta (key, value) VALUES ('catalogue_revision', '1')
      ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`).run();
  }

  async catalogueRevision(): Promise<number> {
    const v = this.db.prepare("SELECT value FROM meta WHERE key = 'catalogue_revision'").pluck().get() as string | undefined;
    return v ? Number(v) : 0;
  }

  async getCatalogue(): Promise<Catalogue> {
    const names = (kind: string) =>
      this.db.prepare('SELECT code, name FROM code_names WHERE kind = ? ORDER BY position').all(kind) as { code: string; name: string }[];
    return {
      revision: await this.catalogueRevision(),
      fields: names('field'),
      levels: names('level'),
      agencies: this.db.prepare('SELECT code, name, level FROM agencies ORDER BY position').all() as Catalogue['agencies'],
      procedures: (this.db.prepare('SELECT data FROM procedures ORDER BY position').pluck().all() as string[])
        .map((d) => JSON.parse(d) as ProcedureDetail),
    };
  }

  async getProcedure(code: string): Promise<ProcedureDetail | undefined> {
    return parse(this.db.prepare('SELECT data FROM procedures WHERE code = ?').get(code) as Row | undefined);
  }

  // ---- forms -------------------------------------------------------------------------------------

  async putFormDefinitions(defs: FormDefinition[]): Promise<void> {
    const stmt = this.db.prepare(`INSERT INTO forms (procedure_code, version, updated_at, data) VALUES (?, ?, ?, ?)
      ON CONFLICT (procedure_code, version) DO UPDATE SET updated_at = excluded.updated_at, data = excluded.data`);
    this.#tx(() => defs.forEach((d, i) =>
      stmt.run(d.procedureCode, d.version, d.updatedAt ?? new Date(Date.UTC(2000, 0, 1, 0, 0, i)).toISOString(), json(d))));
  }

  async getFormDefinition(procedureCode: string, version?: string): Promise<FormDefinition | undefined> {
    const row = version === undefined
      ? this.db.prepare('SELECT data FROM forms WHERE procedure_code = ? ORDER BY updated_at DESC, rowid DESC LIMIT 1').get(procedureCode)
      : this.db.prepare('SELECT data FROM forms WHERE procedure_code = ? AND version = ?').get(procedureCode, version);
    return parse(row as Row | undefined);
  }

  async listFormProcedureCodes(): Promise<string[]> {
    return this.db.prepare('SELECT DISTINCT procedure_code FROM forms').pluck().all() as string[];
  }

  // ---- admin units -------------------------------------------------------------------------------

  async putAdminUnits(units: AdminUnit[]): Promise<void> {
    const stmt = this.db.prepare(`INSERT OR REPLACE INTO admin_units (code, parent_code, level, name, data) VALUES (?, ?, ?, ?, ?)`);
    // parents first so the foreign key holds
    const ordered = [...units].sort((a, b) => Number(a.level !== 'province') - Number(b.level !== 'province'));
    this.#tx(() => ordered.forEach((u) => stmt.run(u.code, u.parentCode ?? null, u.level, u.name, json(u))));
  }

  async getAdminUnit(code: string): Promise<AdminUnit | undefined> {
    return parse(this.db.prepare('SELECT data FROM admin_units WHERE code = ?').get(code) as Row | undefined);
  }

  async listAdminUnits(parentCode?: string): Promise<AdminUnit[]> {
    const rows = (parentCode === undefined
      ? this.db.prepare("SELECT data FROM admin_units WHERE level = 'province'").pluck().all()
      : this.db.prepare('SELECT data FROM admin_units WHERE parent_code = ?').pluck().all(parentCode)) as string[];
    const collator = new Intl.Collator('vi');
    return rows.map((d) => JSON.parse(d) as AdminUnit).sort((a, b) => collator.compare(a.name, b.name));
  }

  // ---- profiles ----------------------------------------------------------------------------------

  async putProfiles(byToken: Record<string, Profile>): Promise<void> {
    const stmt = this.db.prepare('INSERT OR REPLACE INTO profiles (token, data) VALUES (?, ?)');
    this.#tx(() => Object.entries(byToken).forEach(([t, p]) => stmt.run(t, json(p))));
  }

  async getProfileByToken(token: string): Promise<Profile | undefined> {
    return parse(this.db.prepare('SELECT data FROM profiles WHERE token = ?').get(token) as Row | undefined);
  }

  // ---- uploads -----------------------------------------------------------------------------------

  async createUpload(upload: UploadRecord): Promise<void> {
    this.db.prepare('INSERT INTO uploads (id, data, created_at) VALUES (?, ?, ?)').run(upload.id, json(upload), upload.createdAt);
  }

  async getUpload(id: string): Promise<UploadRecord | undefined> {
    return parse(this.db.prepare('SELECT data FROM uploads WHERE id = ?').get(id) as Row | undefined);
  }

  // ---- idempotency -------------------------------------------------------------------------------

  #findKey(idem: IdempotencyInput): { request_hash: string; resource: string; response: string | null } | undefined {
    return this.db.prepare('SELECT request_hash, resource, response FROM idempotency_keys WHERE scope = ? AND key = ?')
      .get(idem.scope, idem.key) as { request_hash: string; resource: string; response: string | null } | undefined;
  }

  #saveKey(idem: IdempotencyInput, resource: string, response: unknown): void {
    this.db.prepare('INSERT INTO idempotency_keys (scope, key, request_hash, resource, response, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(idem.scope, idem.key, idem.requestHash, resource, response === undefined ? null : json(response), new Date().toISOString());
  }

  // ---- dossiers ----------------------------------------------------------------------------------

  #readDossier(code: string): DossierRecord | undefined {
    return parse(this.db.prepare('SELECT data FROM dossiers WHERE code = ?').get(code) as Row | undefined);
  }

  #writeDossier(d: DossierRecord, insert: boolean): void {
    if (insert) {
      this.db.prepare('INSERT INTO dossiers (code, status, received_at, updated_at, data) VALUES (?, ?, ?, ?, ?)')
        .run(d.code, d.status, d.receivedAt, d.updatedAt, json(d));
    } else {
      this.db.prepare('UPDATE dossiers SET status = ?, updated_at = ?, data = ? WHERE code = ?')
        .run(d.status, d.updatedAt, json(d), d.code);
    }
  }

  #insertEvent(code: string, e: NewDossierEvent): DossierEventRecord {
    const info = this.db.prepare('INSERT INTO dossier_events (dossier_code, status, at, data) VALUES (?, ?, ?, ?)')
      .run(code, e.status, e.at, json(e));
    return { ...e, id: Number(info.lastInsertRowid), dossierCode: code };
  }

  async createDossier<R>(input: {
    idempotency: IdempotencyInput;
    codePrefix: string;
    dayKey: string;
    build: (code: string) => { dossier: DossierRecord; event: NewDossierEvent };
    respond: (dossier: DossierRecord) => R;
  }): Promise<IdempotentResult<R>> {
    const published: DossierEventRecord[] = [];
    const result = this.#tx((): IdempotentResult<R> => {
      const prior = this.#findKey(input.idempotency);
      if (prior) {
        return prior.request_hash === input.idempotency.requestHash
          ? { kind: 'replayed', value: JSON.parse(prior.response ?? 'null') as R }
          : { kind: 'key-reused' };
      }
      const seq = this.db.prepare(`INSERT INTO dossier_counters (prefix, day, last) VALUES (?, ?, 1)
        ON CONFLICT (prefix, day) DO UPDATE SET last = last + 1 RETURNING last`).pluck().get(input.codePrefix, input.dayKey) as number;
      if (seq > 9999) throw new HttpProblem(503, 'daily-sequence-exhausted', 'No dossier numbers left for today');
      const code = `${input.codePrefix}-${input.dayKey}-${String(seq).padStart(4, '0')}`;
      const { dossier, event } = input.build(code);
      this.#writeDossier(dossier, true);
      published.push(this.#insertEvent(code, event));
      const response = input.respond(dossier);
      this.#saveKey(input.idempotency, code, response);
      return { kind: 'created', value: response };
    });
    published.forEach((e) => this.events.publish(e));
    return result;
  }

  async getDossier(code: string): Promise<DossierRecord | undefined> {
    return this.#readDossier(code);
  }

  async listDossiers(filter: { status?: StatusCode; limit: number }): Promise<DossierRecord[]> {
    const rows = (filter.status === undefined
      ? this.db.prepare('SELECT data FROM dossiers ORDER BY received_at DESC, rowid DESC LIMIT ?').pluck().all(filter.limit)
      : this.db.prepare('SELECT data FROM dossiers WHERE status = ? ORDER BY received_at DESC, rowid DESC LIMIT ?')
        .pluck().all(filter.status, filter.limit)) as string[];
    return rows.map((d) => JSON.parse(d) as DossierRecord);
  }

  async getDossierEvents(code: string, afterId = 0): Promise<DossierEventRecord[]> {
    const rows = this.db.prepare('SELECT id, dossier_code, data FROM dossier_events WHERE dossier_code = ? AND id > ? ORDER BY id')
      .all(code, afterId) as { id: number; dossier_code: string; data: string }[];
    return rows.map((r) => ({ ...(JSON.parse(r.data) as NewDossierEvent), id: r.id, dossierCode: r.dossier_code }));
  }

  async mutateDossier(
    code: string,
    apply: (dossier: DossierRecord) => DossierChange,
    idempotency?: IdempotencyInput,
  ): Promise<IdempotentResult<{ dossier: DossierRecord; event: DossierEventRecord | null }>> {
    const published: DossierEventRecord[] = [];
    const result = this.#tx((): IdempotentResult<{ dossier: DossierRecord; event: DossierEventRecord | null }> => {
      const current = this.#readDossier(code);
      if (!current) throw new HttpProblem(404, 'not-found', 'Dossier not found');
      if (idempotency) {
        const prior = this.#findKey(idempotency);
        if (prior) {
          return prior.request_hash === idempotency.requestHash
            ? { kind: 'replayed', value: { dossier: current, event: null } }
            : { kind: 'key-reused' };
        }
      }
      const change = apply(structuredClone(current));
      this.#writeDossier(change.dossier, false);
      const event = change.event ? this.#insertEvent(code, change.event) : null;
      if (event) published.push(event);
      if (idempotency) this.#saveKey(idempotency, code, undefined);
      return { kind: 'created', value: { dossier: change.dossier, event } };
    });
    published.forEach((e) => this.events.publish(e));
    return result;
  }

  // ---- payments ----------------------------------------------------------------------------------

  #readPayment(id: string): PaymentRecord | undefined {
    return parse(this.db.prepare('SELECT data FROM payments WHERE id = ?').get(id) as Row | undefined);
  }

  #writePayment(p: PaymentRecord, insert: boolean): void {
    if (insert) {
      this.db.prepare('INSERT INTO payments (id, dossier_code, provider, provider_ref, status, data) VALUES (?, ?, ?, ?, ?, ?)')
        .run(p.id, p.dossierCode, p.provider, p.providerRef ?? null, p.status, json(p));
    } else {
      this.db.prepare('UPDATE payments SET provider_ref = ?, status = ?, data = ? WHERE id = ?')
        .run(p.providerRef ?? null, p.status, json(p), p.id);
    }
  }

  async createPayment(input: {
    idempotency: IdempotencyInput;
    dossierCode: string;
    build: (dossier: DossierRecord, payments: PaymentRecord[]) => PaymentRecord;
  }): Promise<IdempotentResult<PaymentRecord>> {
    return this.#tx((): IdempotentResult<PaymentRecord> => {
      const prior = this.#findKey(input.idempotency);
      if (prior) {
        if (prior.request_hash !== input.idempotency.requestHash) return { kind: 'key-reused' };
        return { kind: 'replayed', value: this.#readPayment(prior.resource)! };
      }
      const dossier = this.#readDossier(input.dossierCode);
      if (!dossier) throw new HttpProblem(404, 'not-found', 'Dossier not found');
      const payment = input.build(dossier, this.#listPayments(input.dossierCode));
      this.#writePayment(payment, true);
      this.#saveKey(input.idempotency, payment.id, undefined);
      return { kind: 'created', value: payment };
    });
  }

  async getPayment(id: string): Promise<PaymentRecord | undefined> {
    return this.#readPayment(id);
  }

  async findPaymentByProviderRef(provider: string, providerRef: string): Promise<PaymentRecord | undefined> {
    return parse(this.db.prepare('SELECT data FROM payments WHERE provider = ? AND provider_ref = ?').get(provider, providerRef) as Row | undefined);
  }

  #listPayments(dossierCode: string): PaymentRecord[] {
    return (this.db.prepare('SELECT data FROM payments WHERE dossier_code = ? ORDER BY rowid').pluck().all(dossierCode) as string[])
      .map((d) => JSON.parse(d) as PaymentRecord);
  }

  async listPayments(dossierCode: string): Promise<PaymentRecord[]> {
    return this.#listPayments(dossierCode);
  }

  async updatePayment(
    id: string,
    patch: Partial<Pick<PaymentRecord, 'status' | 'providerRef' | 'nextUrl' | 'failureReason'>> & { updatedAt: string },
    onSuccess?: (dossier: DossierRecord, payment: PaymentRecord) => DossierChange,
  ): Promise<{ payment: PaymentRecord; changed: boolean } | undefined> {
    const published: DossierEventRecord[] = [];
    const result = this.#tx(() => {
      const current = this.#readPayment(id);
      if (!current) return undefined;
      if (FINAL_PAYMENT_STATUSES.has(current.status)) return { payment: current, changed: false };
      const next: PaymentRecord = { ...current, ...patch };
      this.#writePayment(next, false);
      if (next.status === 'success' && onSuccess) {
        const dossier = this.#readDossier(next.dossierCode)!;
        const change = onSuccess(dossier, next);
        this.#writeDossier(change.dossier, false);
        if (change.event) published.push(this.#insertEvent(dossier.code, change.event));
      }
      return { payment: next, changed: true };
    });
    published.forEach((e) => this.events.publish(e));
    return result;
  }

  // ---- provider state ----------------------------------------------------------------------------

  async putProviderRecord(provider: string, ref: string, data: unknown): Promise<void> {
    this.db.prepare(`INSERT INTO provider_records (provider, ref, data) VALUES (?, ?, ?)
      ON CONFLICT (provider, ref) DO UPDATE SET data = excluded.data`).run(provider, ref, json(data));
  }

  async getProviderRecord<T>(provider: string, ref: string): Promise<T | undefined> {
    return parse<T>(this.db.prepare('SELECT data FROM provider_records WHERE provider = ? AND ref = ?').get(provider, ref) as Row | undefined);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
