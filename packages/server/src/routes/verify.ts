// Opening a dossier needs its code and a verification factor. An unknown code and a wrong factor give
// the same 403, so the answer never tells which part was wrong (codes are sequential, hence guessable).
import { newLookupSecret, verifies } from '../domain/secrets.js';
import { HttpProblem } from '../http/problem.js';
import type { DossierRecord } from '../store/store.js';
import { header, type AppContext, type Req } from './context.js';

export function verificationOf(request: Req, allowQuery: boolean): string | undefined {
  return header(request, 'dossier-verification') ?? (allowQuery ? (request.query?.verification as string | undefined) : undefined);
}

// Unknown codes are checked against a decoy, so they cost the same hashing as a real check and the
// response time does not tell that a code exists either.
const DECOY: Pick<DossierRecord, 'lookupSecret' | 'applicantPhone'> = { lookupSecret: newLookupSecret(), applicantPhone: '0000000000' };

export async function verifiedDossier(ctx: AppContext, code: string, factor: string | undefined): Promise<DossierRecord> {
  const dossier = await ctx.store.getDossier(code);
  const verified = verifies(dossier ?? DECOY, factor);
  if (!dossier || !verified) {
    throw new HttpProblem(403, 'verification-failed', 'The dossier code and verification do not match');
  }
  return dossier;
}
