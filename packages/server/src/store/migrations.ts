// Numbered, append-only schema migrations. Each runs once, in its own transaction, and is recorded in
// `schema_migrations`; never edit a released one, add the next number instead.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE code_names (kind TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, position INTEGER NOT NULL,
        PRIMARY KEY (kind, code));
      CREATE TABLE agencies (code TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL, position INTEGER NOT NULL);
      CREATE TABLE procedures (code TEXT PRIMARY KEY, position INTEGER NOT NULL, data TEXT NOT NULL);
      CREATE TABLE forms (procedure_code TEXT NOT NULL, version TEXT NOT NULL, updated_at TEXT NOT NULL, data TEXT NOT NULL,
        PRIMARY KEY (procedure_code, version));
      CREATE TABLE admin_units (code TEXT PRIMARY KEY, parent_code TEXT REFERENCES admin_units(code), level TEXT NOT NULL,
        name TEXT NOT NULL, data TEXT NOT NULL);
      CREATE INDEX admin_units_parent ON admin_units(parent_code);
      CREATE TABLE profiles (token TEXT PRIMARY KEY, data TEXT NOT NULL);
      CREATE TABLE uploads (id TEXT PRIMARY KEY, data TEXT NOT NULL, created_at TEXT NOT NULL);
      CREATE TABLE dossier_counters (prefix TEXT NOT NULL, day TEXT NOT NULL, last INTEGER NOT NULL,
        PRIMARY KEY (prefix, day));
      CREATE TABLE dossiers (code TEXT PRIMARY KEY, status INTEGER NOT NULL CHECK (status BETWEEN 1 AND 10),
        received_at TEXT NOT NULL, updated_at TEXT NOT NULL, data TEXT NOT NULL);
      CREATE INDEX dossiers_status ON dossiers(status, received_at);
      CREATE TABLE dossier_events (id INTEGER PRIMARY KEY AUTOINCREMENT,
        dossier_code TEXT NOT NULL REFERENCES dossiers(code), status INTEGER NOT NULL, at TEXT NOT NULL, data TEXT NOT NULL);
      CREATE INDEX dossier_events_code ON dossier_events(dossier_code, id);
      CREATE TABLE idempotency_keys (scope TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL,
        resource TEXT NOT NULL, response TEXT, created_at TEXT NOT NULL, PRIMARY KEY (scope, key));
      CREATE TABLE payments (id TEXT PRIMARY KEY, dossier_code TEXT NOT NULL REFERENCES dossiers(code),
        provider TEXT NOT NULL, provider_ref TEXT, status TEXT NOT NULL, data TEXT NOT NULL);
      CREATE INDEX payments_dossier ON payments(dossier_code);
      CREATE UNIQUE INDEX payments_provider_ref ON payments(provider, provider_ref) WHERE provider_ref IS NOT NULL;
      CREATE TABLE provider_records (provider TEXT NOT NULL, ref TEXT NOT NULL, data TEXT NOT NULL,
        PRIMARY KEY (provider, ref));
    `,
  },
];
