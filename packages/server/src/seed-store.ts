// Fills an empty store with the demo data (catalogue, forms, administrative units, profiles), and on
// request the generated big catalogue for load tests. Idempotent: a seeded store is left alone.
import { agencies, agencyLevels, fields, procedures } from './seed/catalogue.js';
import { formDefinitions } from './seed/forms/index.js';
import { adminUnits } from './seed/admin-units.js';
import { demoProfiles } from './seed/profiles.js';
import type { Agency, ProcedureDetail } from '@dvc/core';
import type { Store } from './store/store.js';

export interface SeedOptions {
  /** Add generated procedures until the catalogue holds this many (DVC_SEED). */
  bigCatalogue?: number;
  force?: boolean;
}

export async function seedStore(store: Store, options: SeedOptions = {}): Promise<boolean> {
  if (!options.force && (await store.catalogueRevision()) > 0) return false;
  const all: ProcedureDetail[] = [...procedures];
  if (options.bigCatalogue && options.bigCatalogue > all.length) {
    // loaded only when asked for: the generator is big and the demo does not need it
    const { generateCatalogue } = await import('./seed/generate.js');
    const known = new Set(all.map((p) => p.code));
    for (const p of generateCatalogue(options.bigCatalogue - all.length)) if (!known.has(p.code)) all.push(p);
  }
  // generated procedures may name agencies of their own: the index lists every agency in use
  const agencyMap = new Map<string, Agency>(agencies.map((a) => [a.code, a]));
  for (const p of all) if (!agencyMap.has(p.agency.code)) agencyMap.set(p.agency.code, p.agency);
  await store.replaceCatalogue({ fields, levels: agencyLevels, agencies: [...agencyMap.values()], procedures: all });
  await store.putFormDefinitions(formDefinitions);
  await store.putAdminUnits(adminUnits);
  await store.putProfiles(demoProfiles);
  return true;
}
