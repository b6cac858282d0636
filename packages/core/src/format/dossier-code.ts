/**
 * Dossier codes (Circular 01/2018/TT-VPCP, Art. 19): `V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX`, the agency
 * identifier, the receipt date and the day's sequence number, e.g. `000.00.01.H29-260310-0420`.
 * Real systems deviate (`38.98.H29-210519-0003`), so the pattern used by the components is
 * configurable; these are the defaults.
 */

/** The longest dossier code (characters). */
export const DOSSIER_CODE_MAX_LENGTH = 25;

/** Exactly the Circular 01/2018 form, with a real month and day. */
export const circular01DossierCodePattern = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-\d{4}$/;

/**
 * The default: one to four dot-separated agency groups of 2–3 letters or digits ending with a letter and
 * two digits, a six-digit date and a 4–5 digit sequence number. Accepts the circular's form and the
 * shortened agency identifiers seen in real systems.
 */
export const defaultDossierCodePattern = /^(?:[0-9A-Z]{2,3}\.){0,3}[A-Z]\d{2}-\d{6}-\d{4,5}$/;

/** What people type or scan, tidied: spaces removed, letters upper-cased. */
export function normalizeDossierCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** Whether `text` (already normalized) is a dossier code: at most 25 characters and matching `pattern`. */
export function isDossierCode(text: string, pattern: RegExp = defaultDossierCodePattern): boolean {
  return text.length > 0 && text.length <= DOSSIER_CODE_MAX_LENGTH && pattern.test(text);
}

export interface DossierCodeParts {
  /** The agency identifier (`000.00.01.H29`). */
  readonly agency: string;
  /** The receipt date, `YYYY-MM-DD` (years 2000–2099). */
  readonly receivedDate: string;
  /** The sequence number of that day, as printed (`0420`). */
  readonly sequence: string;
}

/** The parts of a code that has the circular's `<agency>-YYMMDD-<sequence>` ending; undefined otherwise. */
export function parseDossierCode(text: string): DossierCodeParts | undefined {
  const match = /^(.+)-(\d{2})(\d{2})(\d{2})-(\d{4,5})$/.exec(text);
  if (!match || text.length > DOSSIER_CODE_MAX_LENGTH) return undefined;
  return { agency: match[1], receivedDate: `20${match[2]}-${match[3]}-${match[4]}`, sequence: match[5] };
}
