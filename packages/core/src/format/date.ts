/** The time zone of every date the components show or send. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

interface VietnamParts { year: string; month: string; day: string; hour: string; minute: string }

function vietnamParts(instant: Date): VietnamParts {
  const parts: Record<string, string> = {};
  for (const part of partsFormatter.formatToParts(instant)) parts[part.type] = part.value;
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

function toInstant(value: Date | string | number): Date | undefined {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * A date for display, `dd/mm/yyyy`, as the calendar in Vietnam shows it. A bare `YYYY-MM-DD` is a
 * calendar date (appointment date, date of birth) and is shown as is, never shifted by a time zone;
 * an instant (a `Date`, or ISO text with a time) is shown in Asia/Ho_Chi_Minh. Invalid input gives ''.
 */
export function formatDate(value: Date | string | number): string {
  if (typeof value === 'string') {
    const match = CALENDAR_DATE.exec(value);
    if (match) return `${match[3]}/${match[2]}/${match[1]}`;
  }
  const instant = toInstant(value);
  if (!instant) return '';
  const { day, month, year } = vietnamParts(instant);
  return `${day}/${month}/${year}`;
}

/** An instant for display, `dd/mm/yyyy HH:mm` in Asia/Ho_Chi_Minh (24-hour clock). Invalid input gives ''. */
export function formatDateTime(value: Date | string | number): string {
  const instant = toInstant(value);
  if (!instant) return '';
  const { day, month, year, hour, minute } = vietnamParts(instant);
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

/** The calendar date (`YYYY-MM-DD`) in Vietnam at an instant (default: now), e.g. to compare with an appointment date. */
export function toIsoDateInVietnam(instant: Date | string | number = new Date()): string {
  const date = toInstant(instant);
  if (!date) throw new RangeError(`Not a date: ${String(instant)}`);
  const { day, month, year } = vietnamParts(date);
  return `${year}-${month}-${day}`;
}

/** Whether `value` is a valid calendar date `YYYY-MM-DD` (e.g. not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * Reads a date as typed by a person, `d/m/yyyy` or `dd/mm/yyyy` (also with `-` or `.`), into
 * `YYYY-MM-DD`; undefined when it is not a real date.
 */
export function parseVietnameseDate(text: string): string | undefined {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  const iso = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}
