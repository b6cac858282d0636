// Reading what a citizen typed, pasted or scanned (tested in Node).
import { isDossierCode, normalizeDossierCode } from '@dvc/core/format.js';

export interface LookupInput {
  readonly code: string;
  readonly verification?: string;
}

/**
 * A dossier code as typed, pasted or scanned: spaces dropped and letters upper-cased. A receipt's QR
 * code may hold the tracking link itself (`…?ma=<code>&xac-thuc=<secret>`); then both are taken from it.
 */
export function readLookup(text: string): LookupInput {
  const raw = text.trim();
  if (/^https?:\/\//i.test(raw)) {
    try {
      const params = new URL(raw).searchParams;
      const code = params.get('ma') ?? params.get('code');
      if (code) {
        const verification = params.get('xac-thuc') ?? params.get('verification') ?? undefined;
        return { code: normalizeDossierCode(code), ...(verification ? { verification: verification.trim() } : {}) };
      }
    } catch {
      // not a URL after all: treat it as a code
    }
  }
  return { code: normalizeDossierCode(raw) };
}

/** A pattern given as text (the `code-pattern` attribute), anchored; an invalid one gives undefined. */
export function toPattern(source: string | undefined): RegExp | undefined {
  if (!source) return undefined;
  try {
    return new RegExp(`^(?:${source.replace(/^\^|\$$/g, '')})$`);
  } catch {
    return undefined;
  }
}

export { isDossierCode };
