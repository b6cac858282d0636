// The standard formats the forms use, as ajv-formats defines them (full-date with real calendar days,
// RFC 3339 time and date-time, and its "fast" email and uri patterns). Copied rather than imported:
// ajv-formats is one CommonJS module with every format, 2 KB gzip more than these five (MIT, © Evgeny Poberezkin).
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** `YYYY-MM-DD` naming a day that exists (no 30 February). */
export function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [+m[1], +m[2], +m[3]];
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
}

/** `hh:mm:ss` with an optional fraction and offset (a leap second only at 23:59 UTC). */
export function isTime(text: string): boolean {
  const m = TIME.exec(text);
  if (!m) return false;
  const hr = +m[1];
  const min = +m[2];
  const sec = +m[3];
  const tzSign = m[5] === '-' ? -1 : 1;
  const tzH = +(m[6] || 0);
  const tzM = +(m[7] || 0);
  if (tzH > 23 || tzM > 59) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}

export function isDateTime(text: string): boolean {
  const parts = text.split(/t|\s/i);
  return parts.length === 2 && isDate(parts[0]) && isTime(parts[1]);
}

export const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
export const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i;
export const URI_REFERENCE = /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i;

/** Our formats (docs/ui-schema.md), checked by Ajv and by the server alike. */
export const CUSTOM_FORMATS: Readonly<Record<string, RegExp>> = {
  'citizen-id': /^\d{12}$/,
  'vn-mobile': /^0\d{9}$/,
  'tax-code': /^\d{10}(-\d{3})?$/,
};

/** Format name → check, for `ajv.addFormat`. */
export const standardFormats: Readonly<Record<string, RegExp | ((text: string) => boolean)>> = {
  date: isDate,
  time: isTime,
  'date-time': isDateTime,
  email: EMAIL,
  uri: URI,
  'uri-reference': URI_REFERENCE,
};
