// Relevance for the fixed query set on a big generated catalogue, and recall@10, shared by every
// engine the bench measures. A name query's relevant set is every procedure with the target's name
// (the generator repeats names across agencies); a code query's is that code; a field query's is the
// field's procedures.
import { foldVietnamese } from '@dvc/core/format.js';
import type { ProcedureIndex } from '@dvc/core';
import type { QueryCase } from '../test/query-set.js';

export interface JudgedQuery {
  readonly kind: string;
  readonly q: string;
  readonly relevant: readonly string[];
}

export function judge(index: ProcedureIndex, cases: readonly QueryCase[]): JudgedQuery[] {
  const byCode = new Map(index.items.map((it) => [it.code, it]));
  return cases.map((c) => {
    let relevant: string[];
    if (c.kind === 'code') relevant = [c.first!];
    else if (c.field) relevant = index.items.filter((it) => it.field === c.field).map((it) => it.code);
    else {
      const name = foldVietnamese(byCode.get(c.first!)!.name);
      relevant = index.items.filter((it) => foldVietnamese(it.name) === name).map((it) => it.code);
    }
    return { kind: c.kind, q: c.q, relevant };
  });
}

/** |top 10 ∩ relevant| / min(10, |relevant|). */
export function recallAt10(top: readonly string[], relevant: readonly string[]): number {
  const set = new Set(relevant);
  const found = top.slice(0, 10).filter((c) => set.has(c)).length;
  return found / Math.min(10, set.size);
}
