// Real dossiers and payments on the real reference server (web-test-runner proxies /api/* to it):
// submitted over HTTP as the portal does, moved along and confirmed as the officer page does, paid on
// the sandbox gateway's own page as a citizen would.
import { formSamples } from '../../server/src/seed/forms/index.js';
import type { Payment } from '@dvc/core';

const API = '/api/v1';
const OFFICER = { authorization: 'Bearer demo-officer', 'content-type': 'application/json' };
/** Đăng ký thành lập hộ kinh doanh: level 4, lệ phí 100 000 less 50 000 for applying online. */
export const LEVEL4 = '2.000575';
/** Cấp giấy phép xây dựng nhà ở riêng lẻ: level 3 (partial), lệ phí 75 000 paid at the counter. */
export const LEVEL3 = '1.009994';
/** Đăng ký khai sinh: level 4, free. */
export const FREE = '1.001193';

export interface Submitted {
  readonly code: string;
  readonly secret: string;
}

export async function submit(procedureCode = LEVEL4): Promise<Submitted> {
  const form = (await (await fetch(`${API}/procedures/${procedureCode}/form`)).json()) as { version: string };
  const res = await fetch(`${API}/dossiers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({
      procedureCode, formVersion: form.version, data: structuredClone(formSamples[procedureCode]),
      resultChannel: procedureCode === LEVEL3 ? 'counter' : 'online', contact: { phone: '0912345678' },
    }),
  });
  if (res.status !== 201) throw new Error(`submit: ${res.status} ${await res.text()}`);
  const receipt = (await res.json()) as { dossierCode: string; lookupSecret: string };
  return { code: receipt.dossierCode, secret: receipt.lookupSecret };
}

/** The payments the server holds for a dossier (the officer's list). */
export async function payments(code: string): Promise<Payment[]> {
  const res = await fetch(`${API}/officer/dossiers/${encodeURIComponent(code)}/payments`, { headers: OFFICER });
  return ((await res.json()) as { items: Payment[] }).items;
}

/** The officer marks a VietQR transfer as received (the demo's bank-statement reconciliation). */
export async function confirmTransfer(paymentId: string): Promise<void> {
  const res = await fetch(`${API}/officer/payments/${encodeURIComponent(paymentId)}/confirm`, {
    method: 'POST', headers: { authorization: OFFICER.authorization },
  });
  if (!res.ok) throw new Error(`confirm: ${res.status} ${await res.text()}`);
}

/** The citizen opens the sandbox gateway's page and presses one of its buttons. */
export async function decideOnGateway(nextUrl: string, outcome: 'success' | 'failed' | 'cancelled'): Promise<void> {
  const path = new URL(nextUrl).pathname; // same origin through the test runner's proxy
  await fetch(path);
  const res = await fetch(`${path}/decide`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `outcome=${outcome}`, redirect: 'manual',
  });
  if (res.type !== 'opaqueredirect' && !res.ok) throw new Error(`decide: ${res.status}`);
}

export async function dossierStatus(code: string, secret: string): Promise<{ status: number; feesDue?: number }> {
  return (await (await fetch(`${API}/dossiers/${encodeURIComponent(code)}`, { headers: { 'dossier-verification': secret } })).json()) as
    { status: number; feesDue?: number };
}

/** An officer action on the dossier, as the officer page sends it. */
export async function act(code: string, action: string, extra: Record<string, unknown> = {}): Promise<void> {
  const res = await fetch(`${API}/officer/dossiers/${encodeURIComponent(code)}/actions`, {
    method: 'POST', headers: OFFICER, body: JSON.stringify({ action, department: 'Phòng Tài chính - Kế hoạch', ...extra }),
  });
  if (!res.ok) throw new Error(`${action}: ${res.status} ${await res.text()}`);
}
