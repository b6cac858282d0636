// Calendar dates in Asia/Ho_Chi_Minh and working-day arithmetic. The working-day rules and the holiday
// data are core's (packages/core/src/format/working-days.ts), so the server's appointment dates and
// the components' agree.
import {
  addWorkingDays as addWorking, defaultWorkingCalendar, toIsoDateInVietnam, workingDaysBetween as between,
  type WorkingCalendar,
} from '@dvc/core/format.js';

export type { WorkingCalendar };
export const DEFAULT_CALENDAR: WorkingCalendar = defaultWorkingCalendar;

/** The calendar date (`YYYY-MM-DD`) in Vietnam of an instant. */
export const vnDate = (at: Date): string => toIsoDateInVietnam(at);

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
