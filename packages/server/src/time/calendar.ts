// Calendar dates in Asia/Ho_Chi_Minh and working-day arithmetic. Dates are 'YYYY-MM-DD' strings so
// no server time zone can shift them; Vietnam has no DST, so a fixed +07:00 offset is exact.
import { VN_PUBLIC_HOLIDAYS } from './holidays.js';

const OFFSET_MS = 7 * 3600_000;

/** The calendar date in Vietnam of an instant. */
export function vnDate(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** `YYMMDD` of the Vietnamese calendar date, for dossier codes. */
export function vnDateKey(at: Date): string {
  return vnDate(at).replace(/-/g, '').slice(2);
}

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6 && !holidays.has(date);
}

/** `n` working days after `date`, counting from the next working day (Mon–Fri minus holidays). */
export function addWorkingDays(date: string, n: number, holidays: ReadonlySet<string> = DEFAULT_HOLIDAYS): string {
  let current = date;
  let left = Math.max(0, Math.ceil(n));
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current, holidays)) left--;
  }
  return current;
}

/** Working days d with from < d ≤ to (0 when to ≤ from). */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string> = DEFAULT_HOLIDAYS): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, holidays)) count++;
  return count;
}

export { addDays as addCalendarDays };
export const DEFAULT_HOLIDAYS: ReadonlySet<string> = new Set(VN_PUBLIC_HOLIDAYS);
