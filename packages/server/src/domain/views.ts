// Records → contract shapes. Public lookups mask the applicant; the officer sees the name.
import type { Dossier, HistoryEntry, DossierEvent, Receipt } from '@dvc/core';
import type { DossierEventRecord, DossierRecord } from '../store/store.js';
import { maskName } from './applicant.js';
import { feeStatement } from './fees.js';
import { onTime } from './on-time.js';

export function toHistoryEntry(e: DossierEventRecord): HistoryEntry {
  const h: HistoryEntry = { id: e.id, status: e.status, at: e.at, department: e.department };
  if (e.officer) h.officer = e.officer;
  if (e.action) h.action = e.action;
  if (e.note) h.note = e.note;
  if (e.newAppointmentDate) h.newAppointmentDate = e.newAppointmentDate;
  return h;
}

export function toDossierEvent(e: DossierEventRecord): DossierEvent {
  const out: DossierEvent = { id: e.id, dossierCode: e.dossierCode, status: e.status, at: e.at, department: e.department };
  if (e.action) out.action = e.action;
  if (e.note) out.note = e.note;
  if (e.newAppointmentDate) out.newAppointmentDate = e.newAppointmentDate;
  return out;
}

export function toDossier(d: DossierRecord, history: DossierEventRecord[], opts: { mask: boolean }): Dossier {
  const fees = feeStatement(d.fees, d.paid, d.paymentMethods);
  const out: Dossier = {
    code: d.code,
    procedure: { code: d.procedureCode, name: d.procedureName },
    status: d.status,
    receivedAt: d.receivedAt,
    appointmentDate: d.appointmentDate,
    resultChannel: d.resultChannel,
    onTime: onTime(d),
    resultAvailable: (d.status === 9 || d.status === 10) && d.resultChannel === 'online',
    feesDue: fees.due,
    history: history.map(toHistoryEntry),
  };
  if (d.agencyName) out.agencyName = d.agencyName;
  const name = opts.mask ? maskName(d.applicantName) : d.applicantName;
  if (name) out.applicantName = name;
  if (d.finishedAt) out.finishedAt = d.finishedAt;
  if (d.deliveredAt) out.deliveredAt = d.deliveredAt;
  if (d.status === 5 && d.supplementRequest) out.supplementRequest = d.supplementRequest;
  if (d.rating) out.rating = d.rating;
  return out;
}

export function toReceipt(d: DossierRecord): Receipt {
  const r: Receipt = {
    dossierCode: d.code,
    procedureCode: d.procedureCode,
    procedureName: d.procedureName,
    receivedAt: d.receivedAt,
    appointmentDate: d.appointmentDate,
    status: d.status,
    resultChannel: d.resultChannel,
    fees: feeStatement(d.fees, d.paid, d.paymentMethods),
    lookupSecret: d.lookupSecret,
  };
  if (d.agencyName) r.agencyName = d.agencyName;
  return r;
}
