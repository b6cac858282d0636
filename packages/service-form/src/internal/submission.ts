// What the form sends, and what the server said about it back on the form's fields (no rendering).
import type { Address, DossierSubmission, FormDefinition, ResultChannel } from '@dvc/core';
import { fromServerErrors, type FieldIssue } from './validation.js';
import { clean, type FormModel } from './model.js';
import { getAt } from './pointer.js';
import type { UploadState } from './types.js';

/**
 * The submission of `data` (the answers, hidden branches pruned): the uploads of shown file fields
 * that still hold their id, the delivery address when the result comes by post, and the contact phone
 * (the field the UI schema prefills from `phone`).
 */
export function submissionOf(
  definition: Pick<FormDefinition, 'procedureCode' | 'version'>, model: FormModel, data: Record<string, unknown>,
  resultChannel: ResultChannel, uploads: ReadonlyMap<string, UploadState>, visible: (pointer: string) => boolean,
  deliveryAddress: Record<string, unknown>,
): DossierSubmission {
  const submission: DossierSubmission = {
    procedureCode: definition.procedureCode,
    formVersion: definition.version,
    data,
    resultChannel,
  };
  const attachments = [...uploads.entries()].filter(([p, u]) => u.status === 'done' && u.id && visible(p) && getAt(submission.data, p) === u.id).map(([, u]) => u.id!);
  if (attachments.length) submission.attachments = attachments;
  if (submission.resultChannel === 'post') submission.deliveryAddress = clean(deliveryAddress) as Address;
  const phone = Object.entries(model.ui.fields ?? {}).find(([, ui]) => ui.prefill === 'phone')?.[0];
  const phoneValue = phone ? getAt(submission.data, phone) : undefined;
  if (typeof phoneValue === 'string') submission.contact = { phone: phoneValue };
  return submission;
}

/**
 * Server problems (a 422's `errors[]`) as issues on the form's fields: `/data/…` on the data,
 * `/resultChannel` and `/deliveryAddress/…` on the submission's own fields, `/attachments/<i>` on the
 * file field whose upload was sent i-th. Problems with nowhere to go are dropped (the summary says why).
 */
export function serverIssues(errors: Parameters<typeof fromServerErrors>[0], uploads: ReadonlyMap<string, UploadState>): FieldIssue[] {
  const { fields, other } = fromServerErrors(errors);
  const mapped: FieldIssue[] = [...fields];
  for (const o of other) {
    if (o.pointer === '/resultChannel') mapped.push({ ...o, pointer: '#resultChannel' });
    else if (o.pointer.startsWith('/deliveryAddress')) mapped.push({ ...o, pointer: `#deliveryAddress${o.pointer.slice('/deliveryAddress'.length) || '/street'}` });
    else if (/^\/attachments\/\d+$/.test(o.pointer)) {
      const id = sentAttachments(uploads)[Number(o.pointer.split('/')[2])];
      const entry = [...uploads.entries()].find(([, u]) => u.id === id);
      if (entry) mapped.push({ ...o, pointer: entry[0] });
    }
  }
  return mapped;
}

/** The upload ids of the finished uploads, in order. */
const sentAttachments = (uploads: ReadonlyMap<string, UploadState>): string[] =>
  [...uploads.values()].filter((u) => u.status === 'done' && u.id).map((u) => u.id!);
