import { isIsoDate } from './date.js';

/**
 * Which days public agencies work. Processing times are counted in working days ("ngày làm việc"),
 * so appointment dates depend on this data. It changes every year by government decision: treat it as
 * configuration, pass your own calendar where the defaults are wrong or out of date.
 */
export interface WorkingCalendar {
  /** Weekdays that are days off (`YYYY-MM-DD`): public holidays, Tết, compensatory and swapped days. */
  readonly holidays: readonly string[];
  /** Weekend days that are working days (a Saturday worked to swap for a bridge day). */
  readonly makeUpWorkingDays?: readonly string[];
  /** Days of the week that are off, 0 = Sunday … 6 = Saturday (default Saturday and Sunday). */
  readonly weekend?: readonly number[];
}

/**
 * Official non-working days for public servants (cán bộ, công chức, viên chức) in 2025–2027, from the
 * Labour Code 2019 Art. 112 (1 Jan; Tết 5 days; Hùng Kings 10/3 lunar; 30/4; 1/5; 2/9 and one day next
 * to it; a holiday on a weekend is compensated on the next working day) and the yearly announcements.
 * Weekend days inside a holiday are not listed (they are off anyway).
 *
 * Sources and certainty:
 * - 2025: announced (Tết 27–31 Jan; Hùng Kings 7 Apr; 30 Apr–2 May with Saturday 26 Apr worked;
 *   National Day 1–2 Sep).
 * - 2026: announced as far as we know (1–2 Jan with Saturday 10 Jan worked; Tết 16–20 Feb; Hùng Kings
 *   on Sunday 26 Apr compensated on Monday 27 Apr; 30 Apr–1 May; National Day 1–2 Sep) — check the
 *   National Day pair against the final notice.
 * - 2027: projected from the rules and the lunar calendar (Tết on Saturday 6 Feb: 5, 8, 9 Feb plus the
 *   compensation of 6–7 Feb on 10–11 Feb; Hùng Kings Friday 16 Apr; 30 Apr; 1 May on Saturday
 *   compensated on Monday 3 May; National Day 2–3 Sep). Replace when the government announces 2027.
 * Days added by later law (e.g. a Vietnamese Culture Day on 24 Nov, discussed in 2025) are not included.
 */
export const vietnamPublicHolidays: WorkingCalendar = {
  holidays: [
    // 2025
    '2025-01-01',
    '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31',
    '2025-04-07',
    '2025-04-30', '2025-05-01', '2025-05-02',
    '2025-09-01', '2025-09-02',
    // 2026
    '2026-01-01', '2026-01-02',
    '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
    '2026-04-27',
    '2026-04-30', '2026-05-01',
    '2026-09-01', '2026-09-02',
    // 2027 (projected)
    '2027-01-01',
    '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11',
    '2027-04-16',
    '2027-04-30', '2027-05-03',
    '2027-09-02', '2027-09-03',
  ],
  makeUpWorkingDays: ['2025-04-26', '2026-01-10'],
};

/** The calendar used when none is given. */
export const defaultWorkingCalendar: WorkingCalendar = vietnamPublicHolidays;

interface CompiledCalendar { holidays: Set<string>; makeUp: Set<string>; weekend: Set<number> }
const compiled = new WeakMap<WorkingCalendar, CompiledCalendar>();

function compile(calendar: WorkingCalendar | readonly string[]): CompiledCalendar {
  const source: WorkingCalendar = Array.isArray(calendar) ? { holidays: calendar } : (calendar as WorkingCalendar);
  let result = compiled.get(source);
  if (!result) {
    result = {
      holidays: new Set(source.holidays),
      makeUp: new Set(source.makeUpWorkingDays ?? []),
      weekend: new Set(source.weekend ?? [0, 6]),
    };
    if (!Array.isArray(calendar)) compiled.set(source, result);
  }
  return result;
}

const DAY_MS = 86_400_000;

function toDayNumber(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${iso}`);
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function working(day: number, calendar: CompiledCalendar): boolean {
  const iso = fromDayNumber(day);
  if (calendar.makeUp.has(iso)) return true;
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday.
  return !calendar.weekend.has(weekday) && !calendar.holidays.has(iso);
}

/** Whether agencies work on the calendar date `iso` (`YYYY-MM-DD`). */
export function isWorkingDay(iso: string, calendar: WorkingCalendar | readonly string[] = defaultWorkingCalendar): boolean {
  return working(toDayNumber(iso), compile(calendar));
}

/**
 * The date `n` working days after `startIsoDate`, counting from the next working day (a dossier
 * received on Friday with 1 working day is due on Monday). `n = 0` gives the start date; a fraction
 * is rounded up (half a day ends within the next working day).
 */
export function addWorkingDays(
  startIsoDate: string, n: number, calendar: WorkingCalendar | readonly string[] = defaultWorkingCalendar,
): string {
  if (!(n >= 0) || !Number.isFinite(n)) throw new RangeError(`Working days must be ≥ 0: ${n}`);
  const compiledCalendar = compile(calendar);
  let day = toDayNumber(startIsoDate);
  for (let remaining = Math.ceil(n); remaining > 0; ) {
    day += 1;
    if (working(day, compiledCalendar)) remaining -= 1;
  }
  return fromDayNumber(day);
}

/** How many working days lie after `startIsoDate` up to and including `endIsoDate` (0 when end ≤ start). */
export function workingDaysBetween(
  startIsoDate: string, endIsoDate: string, calendar: WorkingCalendar | readonly string[] = defaultWorkingCalendar,
): number {
  const compiledCalendar = compile(calendar);
  const end = toDayNumber(endIsoDate);
  let count = 0;
  for (let day = toDayNumber(startIsoDate) + 1; day <= end; day++) if (working(day, compiledCalendar)) count++;
  return count;
}
