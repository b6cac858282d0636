// Calendar dates in Asia/Ho_Chi_Minh and working-day arithmetic. The working-day rules and the holiday
// data are core's (packages/core/src/format/working-days.ts), so the server's appointment dates and
// the components' agree; imported by relative path so the server bundle carries its own copy.
import {
  addWorkingDays as addWorking, defaultWorkingCalendar, workingDaysBetween as between, type WorkingCalendar,
} from '../../../core/src/format/working-days.js';

export type { WorkingCalendar };
export const DEFAULT_CALENDAR: WorkingCalendar = defaultWorkingCalendar;

const OFFSET_MS = 7 * 3600_000;

/** The calendar date in Vietnam of an instant (no DST there, so a fixed +07:00 is exact). */
export function vnDate(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** `YYMMDD` of the Vietnamese calendar date, for dossier codes. */
export function vnDateKey(at: Date): string {
  return vnDate(at).replace(/-/g, '').slice(2);
}

export function addCalendarDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** `n` working days after `date`, counting from the next working day. */
export function addWorkingDays(date: string, n: number, calendar: WorkingCalendar = DEFAULT_CALENDAR): string {
  return addWorking(date, Math.max(0, n), calendar);
}

/** Working days d with from < d ≤ to. */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar = DEFAULT_CALENDAR): number {
  return between(from, to, calendar);
}
