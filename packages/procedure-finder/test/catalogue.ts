// The reference server's seeded catalogue (and the generator's big ones) as the contract's compact
// index, for Node tests and the bench: the same items `GET /procedures/index` serves.
import type { ProcedureIndex, ProcedureIndexItem } from '@dvc/core';
import { agencies, agencyLevels, fields, procedures } from '../../server/src/seed/catalogue.js';
import { generateCatalogue } from '../../server/src/seed/generate.js';
import type { ProcedureDetail } from '../../server/src/seed/types.js';

export function toIndex(list: readonly ProcedureDetail[]): ProcedureIndex {
  const items = list.map((p): ProcedureIndexItem => {
    const item: ProcedureIndexItem = {
      code: p.code, name: p.name, field: p.field.code, levels: p.levels, agency: p.agency.code,
      onlineClasses: p.onlineClasses, onlineLevel: p.onlineLevel,
    };
    if (p.description) item.description = p.description;
    const keywords = (p as { keywords?: string }).keywords;
    if (keywords) item.keywords = keywords;
    return item;
  });
  const byCode = new Map(agencies.map((a) => [a.code, a]));
  for (const p of list) if (!byCode.has(p.agency.code)) byCode.set(p.agency.code, p.agency);
  return { version: 'test', fields, levels: agencyLevels, agencies: [...byCode.values()], items };
}

/** The seeded catalogue (66 real procedures of the demo province). */
export const seededIndex = (): ProcedureIndex => toIndex(procedures);

/** A generated catalogue of `count` procedures (the seeded ones first). */
export const generatedIndex = (count: number): ProcedureIndex => toIndex(generateCatalogue(count));
