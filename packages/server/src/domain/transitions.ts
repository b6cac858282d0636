// Officer actions over the national statuses (1 submitted … 10 delivered). The table is the whole rule
// set: an action not allowed from the current status is a 409, never a silent no-op.
import type { OfficerAction, StatusCode } from '@dvc/core';
import { HttpProblem } from '../http/problem.js';
import type { DossierChange, DossierRecord } from '../store/store.js';
import { vnDate, workingDaysBetween, type WorkingCalendar } from '../time/calendar.js';

type ActionName = OfficerAction['action'];

/** from-statuses → to-status (null = status unchanged). */
export const TRANSITIONS: Record<ActionName, { from: readonly StatusCode[]; to: StatusCode | null }> = {
  accept: { from: [1], to: 2 },
  refuse: { from: [1], to: 3 },
  process: { from: [2], to: 4 },
  'request-supplement': { from: [2, 4], to: 5 },
  'request-payment': { from: [2, 4], to: 6 },
  finish: { from: [4], to: 9 },
  deliver: { from: [9], to: 10 },
  withdraw: { from: [1, 2, 4, 5, 6], to: 7 },
  stop: { from: [1, 2, 4, 5, 6], to: 8 },
  apologise: { from: [1, 2, 4, 5, 6], to: null },
};

const NEEDS_REASON: ReadonlySet<ActionName> = new Set(['refuse', 'request-supplement', 'stop', 'apologise']);

export function allowedActions(status: StatusCode): ActionName[] {
  return (Object.keys(TRANSITIONS) as ActionName[]).filter((a) => TRANSITIONS[a].from.includes(status));
}

function missing(pointer: string, detail: string): HttpProblem {
  return new HttpProblem(400, 'validation-failed', detail, { errors: [{ pointer, code: 'required', message: detail }] });
}

/** Checks what the action needs beyond the schema; throws a 400 problem. */
export function checkActionInput(action: OfficerAction): void {
  if (NEEDS_REASON.has(action.action) && !action.reason?.trim()) throw missing('/reason', `${action.action} needs a reason`);
  if (action.action === 'request-payment' && !action.fees?.length) throw missing('/fees', 'request-payment needs fees');
  if (action.action === 'apologise' && !action.newAppointmentDate) throw missing('/newAppointmentDate', 'apologise needs a new date');
}

/** Applies an officer action; pure, runs inside the store's transaction. */
export function applyAction(d: DossierRecord, action: OfficerAction, now: Date, calendar?: WorkingCalendar): DossierChange {
  const rule = TRANSITIONS[action.action];
  if (!rule.from.includes(d.status)) {
    throw new HttpProblem(409, 'invalid-transition', `Action ${action.action} is not allowed in status ${d.status}`);
  }
  const at = now.toISOString();
  const next: DossierRecord = { ...d, updatedAt: at };
  if (d.status === 5 && rule.to !== null && rule.to !== 5 && d.supplementRequest) {
    // leaving the supplement wait without the citizen's answer still ends the paused period
    next.pausedWorkingDays += workingDaysBetween(vnDate(new Date(d.supplementRequest.requestedAt)), vnDate(now), calendar);
  }
  if (rule.to !== null) next.status = rule.to;
  switch (action.action) {
    case 'request-supplement':
      next.supplementRequest = { reason: action.reason!, requestedAt: at };
      next.supplementCount += 1;
      break;
    case 'request-payment':
      next.fees = [...d.fees, ...action.fees!];
      break;
    case 'finish':
      next.finishedAt = at;
      break;
    case 'deliver':
      next.deliveredAt = at;
      break;
    case 'apologise':
      // form 04 promises a later date; an earlier one would be a correction, not an apology
      if (action.newAppointmentDate! <= d.appointmentDate) {
        throw new HttpProblem(400, 'validation-failed', 'The new appointment must be after the current one', {
          errors: [{ pointer: '/newAppointmentDate', code: 'formatMinimum', message: `after ${d.appointmentDate}`, params: { limit: d.appointmentDate } }],
        });
      }
      next.appointmentDate = action.newAppointmentDate!;
      break;
  }
  if (rule.to !== null && rule.to !== 5) delete next.supplementRequest;
  return {
    dossier: next,
    event: {
      status: next.status,
      at,
      department: action.department,
      ...(action.officer ? { officer: action.officer } : {}),
      action: action.action,
      ...(action.reason ? { note: action.reason } : {}),
      ...(action.action === 'apologise' ? { newAppointmentDate: action.newAppointmentDate! } : {}),
    },
  };
}
