#!/usr/bin/env node
// `node packages/server/dist/cli/seed.js [count] [--force]`: seed the data dir without starting the
// server (e.g. the 10 000-procedure catalogue for benchmarks).
import { mkdirSync } from 'node:fs';
import { databaseFile, readConfig } from '../config.js';
import { seedStore } from '../seed-store.js';
import { SqliteStore } from '../store/sqlite-store.js';

const args = process.argv.slice(2);
const config = readConfig();
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? config.seedCount ?? 0) || undefined;
mkdirSync(config.dataDir, { recursive: true });
const store = new SqliteStore(databaseFile(config.dataDir));
const seeded = await seedStore(store, { bigCatalogue: count, force: args.includes('--force') });
const catalogue = await store.getCatalogue();
console.log(seeded ? `Seeded ${catalogue.procedures.length} procedures into ${config.dataDir}` : 'Already seeded (use --force to replace the catalogue).');
await store.close();
