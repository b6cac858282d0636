// What the tracker derives from a Dossier, without rendering (tested in Node).
import { workingDaysBetween } from '@dvc/core/format.js';
import type { Dossier, HistoryEntry, StatusCode, WorkingCalendar } from '@dvc/core';

/** Statuses after which nothing more happens to the dossier's clock. */
const CLOSED: readonly StatusCode[] = [3, 7, 8, 9, 10];

/** Statuses in which the agency (or the citizen) still acts on the dossier. */
export const isActive = (status: StatusCode): boolean => !CLOSED.includes(status);

export type Deadline =
  | { readonly kind: 'left' | 'overdue'; readonly days: number }
  | { readonly kind: 'today' | 'paused' | 'onTime' | 'late' };

/**
 * Where the dossier stands against its appointment date on `today` (`YYYY-MM-DD` in Vietnam): working
 * days left, due today, overdue, paused while a supplement is awaited (the clock stops, Decision 766),
 * or, once finished, on time or late as the backend judged it. Undefined when nothing applies
 * (refused, withdrawn, stopped).
 */
export function deadline(d: Dossier, today: string, calendar?: WorkingCalendar): Deadline | undefined {
  if (d.status === 5) return { kind: 'paused' };
  if (d.onTime !== null && d.onTime !== undefined) return { kind: d.onTime ? 'onTime' : 'late' };
  if (!isActive(d.status)) return undefined;
  if (today === d.appointmentDate) return { kind: 'today' };
  return today < d.appointmentDate
    ? { kind: 'left', days: workingDaysBetween(today, d.appointmentDate, calendar) }
    : { kind: 'overdue', days: Math.max(1, workingDaysBetween(d.appointmentDate, today, calendar)) };
}

/** The newest history entry matching `test`. */
export function latest(d: Dossier, test: (h: HistoryEntry) => boolean): HistoryEntry | undefined {
  for (let i = d.history.length - 1; i >= 0; i--) if (test(d.history[i])) return d.history[i];
  return undefined;
}

/** The department that holds the dossier now: the one of the latest step. */
export const holder = (d: Dossier): string | undefined => d.history.at(-1)?.department;

/** The agency's latest apology letter (Circular 01/2018 form 04), if it issued one. */
export const apology = (d: Dossier): HistoryEntry | undefined =>
  latest(d, (h) => h.action === 'apologise' || !!h.newAppointmentDate);

/** The id of the newest event the dossier already shows, to resume a live stream after it. */
export const lastEventId = (d: Dossier): string | undefined => {
  const ids = d.history.map((h) => h.id);
  return ids.length ? String(Math.max(...ids)) : undefined;
};
