// Lookup secrets printed on the receipt, and the check of a verification factor.
import { randomInt, timingSafeEqual, createHash } from 'node:crypto';
import type { DossierRecord } from '../store/store.js';

// No 0/O/1/I: people copy these from paper.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function newLookupSecret(length = 8): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

function same(a: string, b: string): boolean {
  // hash first so lengths match and the comparison time says nothing about the secret
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

/** The lookup secret (case and spaces ignored) or the applicant's contact phone opens the dossier. */
export function verifies(dossier: Pick<DossierRecord, 'lookupSecret' | 'applicantPhone'>, factor: string | undefined): boolean {
  if (!factor) return false;
  const cleaned = factor.replace(/\s+/g, '');
  const bySecret = same(cleaned.toUpperCase(), dossier.lookupSecret);
  const byPhone = dossier.applicantPhone ? same(cleaned, dossier.applicantPhone) : false;
  return bySecret || byPhone;
}
