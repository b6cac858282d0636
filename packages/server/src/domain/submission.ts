// Turning a validated submission into a new dossier record: appointment, fees, applicant, secret.
import type {
  DossierSubmission, FieldError, FormDefinition, PaymentMethod, ProcedureDetail,
} from '@dvc/core';
import { HttpProblem } from '../http/problem.js';
import type { DossierRecord, NewDossierEvent } from '../store/store.js';
import { addCalendarDays, addWorkingDays, vnDate, type WorkingCalendar } from '../time/calendar.js';
import { applicantOf } from './applicant.js';
import { onlineChannel } from './fees.js';
import { newLookupSecret } from './secrets.js';

/** Receipt date + the online channel's processing time (working days counted from the next one). */
export function appointmentDate(procedure: ProcedureDetail, receivedAt: Date, calendar: WorkingCalendar): string {
  const date = vnDate(receivedAt);
  const time = onlineChannel(procedure)?.processingTime;
  if (!time) return addWorkingDays(date, 1, calendar);
  if (time.unit === 'days') return addCalendarDays(date, Math.ceil(time.value));
  if (time.unit === 'hours') return addWorkingDays(date, Math.ceil(time.value / 8), calendar);
  return addWorkingDays(date, time.value, calendar);
}

/** Checks beyond the form schema; 422 with pointers into the submission. */
export function checkSubmission(procedure: ProcedureDetail, s: DossierSubmission, knownUploads: ReadonlySet<string>): void {
  const errors: FieldError[] = [];
  if (!procedure.resultChannels.includes(s.resultChannel)) {
    errors.push({ pointer: '/resultChannel', code: 'enum', message: 'This result channel is not offered', params: { allowedValues: procedure.resultChannels } });
  }
  if (s.resultChannel === 'post' && !s.deliveryAddress) {
    errors.push({ pointer: '/deliveryAddress', code: 'required', message: 'A delivery address is required for post' });
  }
  (s.attachments ?? []).forEach((id, i) => {
    if (!knownUploads.has(id)) errors.push({ pointer: `/attachments/${i}`, code: 'unknown-upload', message: 'Unknown upload id' });
  });
  if (errors.length) throw new HttpProblem(422, 'validation-failed', 'The submission is not valid', { errors });
}

/**
 * A full-process (toàn trình) dossier pays online even when the procedure lists no fee up front: the
 * agency may still ask for one later (request-payment), e.g. a tax or a copy fee.
 */
export function paymentMethodsOf(procedure: ProcedureDetail): PaymentMethod[] {
  if (procedure.paymentMethods.length) return procedure.paymentMethods;
  return procedure.onlineClasses.includes('full') ? ['gateway', 'vietqr'] : [];
}

export function newDossier(
  code: string,
  s: DossierSubmission,
  procedure: ProcedureDetail,
  form: FormDefinition,
  now: Date,
  calendar: WorkingCalendar,
): { dossier: DossierRecord; event: NewDossierEvent } {
  const at = now.toISOString();
  const appointment = appointmentDate(procedure, now, calendar);
  const applicant = applicantOf(form, s.data, s.contact?.phone);
  const dossier: DossierRecord = {
    code,
    procedureCode: procedure.code,
    procedureName: procedure.name,
    agencyName: procedure.agency.name,
    formVersion: form.version,
    data: s.data,
    attachments: s.attachments ?? [],
    resultChannel: s.resultChannel,
    lookupSecret: newLookupSecret(),
    status: 1,
    receivedAt: at,
    appointmentDate: appointment,
    originalAppointmentDate: appointment,
    fees: onlineChannel(procedure)?.fees ?? [],
    paid: 0,
    paymentMethods: paymentMethodsOf(procedure),
    supplementCount: 0,
    pausedWorkingDays: 0,
    updatedAt: at,
  };
  if (s.deliveryAddress) dossier.deliveryAddress = s.deliveryAddress;
  if (s.contact) dossier.contact = s.contact;
  if (applicant.name) dossier.applicantName = applicant.name;
  if (applicant.phone) dossier.applicantPhone = applicant.phone;
  return {
    dossier,
    event: { status: 1, at, department: 'Bộ phận tiếp nhận trực tuyến', action: 'submit', note: 'Nộp hồ sơ trực tuyến' },
  };
}
