// On time (DOMAIN.md, Decision 766/QĐ-TTg): finished by the appointment on the receipt, the days the
// clock was paused for supplements not counted; more than one supplement request counts as late.
import { addWorkingDays, vnDate, type WorkingCalendar } from '../time/calendar.js';
import type { DossierRecord } from '../store/store.js';

export function onTime(d: DossierRecord, calendar?: WorkingCalendar): boolean | null {
  if (d.status !== 9 && d.status !== 10) return null;
  if (!d.finishedAt) return null;
  if (d.supplementCount > 1) return false;
  const deadline = addWorkingDays(d.originalAppointmentDate, d.pausedWorkingDays, calendar);
  return vnDate(new Date(d.finishedAt)) <= deadline;
}
