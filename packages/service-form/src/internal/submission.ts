// What the server said about a submission, back on the form's fields (no rendering).
import type { UploadState } from './types.js';
import { fromServerErrors, type FieldIssue } from './validation.js';

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
