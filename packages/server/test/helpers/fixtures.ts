// Requests the tests share: a valid birth-registration submission and officer calls.
import { randomUUID } from 'node:crypto';
import { formSamples } from '../../src/seed/forms/index.js';
import { OFFICER_TOKEN } from './server.js';

export const BIRTH = '1.001193';

export async function birthSubmission(api: string, extra: Record<string, unknown> = {}) {
  const form = (await (await fetch(`${api}/procedures/${BIRTH}/form`)).json()) as { version: string };
  return {
    procedureCode: BIRTH,
    formVersion: form.version,
    data: structuredClone(formSamples[BIRTH]) as Record<string, unknown>,
    resultChannel: 'online',
    contact: { phone: '0912345678', email: 'an@example.vn' },
    ...extra,
  };
}

export async function submit(api: string, body: unknown, key: string = randomUUID()) {
  return fetch(`${api}/dossiers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
}

export async function submitted(api: string) {
  const res = await submit(api, await birthSubmission(api));
  if (res.status !== 201) throw new Error(`submit failed ${res.status} ${await res.text()}`);
  return (await res.json()) as { dossierCode: string; lookupSecret: string; appointmentDate: string; receivedAt: string };
}

export async function act(api: string, code: string, action: Record<string, unknown>, token = OFFICER_TOKEN) {
  return fetch(`${api}/officer/dossiers/${encodeURIComponent(code)}/actions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ department: 'Bộ phận Tư pháp - Hộ tịch', officer: 'Trần Thị B', ...action }),
  });
}

export async function lookup(api: string, code: string, verification: string) {
  return fetch(`${api}/dossiers/${encodeURIComponent(code)}`, { headers: { 'dossier-verification': verification } });
}
