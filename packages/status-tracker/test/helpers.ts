// Real dossiers on the real reference server (web-test-runner proxies /api/* to it): submitted over
// HTTP like the portal does, moved along with the officer API like the officer page does.
import { formSamples } from '../../server/src/seed/forms/index.js';
import type { Dossier, ResultChannel, StatusCode } from '@dvc/core';

const API = '/api/v1';
const BIRTH = '1.001193';
const OFFICER = { authorization: 'Bearer demo-officer', 'content-type': 'application/json' };

export interface Submitted {
  readonly code: string;
  readonly secret: string;
}

export async function submitDossier(resultChannel: ResultChannel = 'online'): Promise<Submitted> {
  const form = (await (await fetch(`${API}/procedures/${BIRTH}/form`)).json()) as { version: string };
  const res = await fetch(`${API}/dossiers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({
      procedureCode: BIRTH,
      formVersion: form.version,
      data: structuredClone(formSamples[BIRTH]),
      resultChannel,
      contact: { phone: '0912345678' },
      ...(resultChannel === 'post'
        ? { deliveryAddress: { provinceCode: '01', communeCode: '00070', street: 'Số 1 Tràng Tiền' } }
        : {}),
    }),
  });
  if (res.status !== 201) throw new Error(`submit: ${res.status} ${await res.text()}`);
  const receipt = (await res.json()) as { dossierCode: string; lookupSecret: string };
  return { code: receipt.dossierCode, secret: receipt.lookupSecret };
}

export async function act(code: string, action: string, extra: Record<string, unknown> = {}): Promise<Dossier> {
  const res = await fetch(`${API}/officer/dossiers/${encodeURIComponent(code)}/actions`, {
    method: 'POST',
    headers: OFFICER,
    body: JSON.stringify({ action, department: 'Công chức Tư pháp - Hộ tịch', officer: 'Trần Thị B', ...extra }),
  });
  if (!res.ok) throw new Error(`${action}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Dossier;
}

/** The officer actions that take a new dossier to `status`. */
const PATHS: Record<StatusCode, [string, Record<string, unknown>?][]> = {
  1: [],
  2: [['accept']],
  3: [['refuse', { reason: 'Không thuộc thẩm quyền' }]],
  4: [['accept'], ['process']],
  5: [['accept'], ['request-supplement', { reason: 'Bổ sung bản sao giấy chứng sinh' }]],
  6: [['accept'], ['request-payment', { fees: [{ name: 'Lệ phí cấp bản sao', kind: 'le-phi', amount: 8000 }] }]],
  7: [['withdraw']],
  8: [['accept'], ['stop', { reason: 'Đương sự đề nghị dừng' }]],
  9: [['accept'], ['process'], ['finish']],
  10: [['accept'], ['process'], ['finish'], ['deliver', { reason: 'Số vận đơn EMS EB123456789VN' }]],
};

export async function dossierAt(status: StatusCode, resultChannel: ResultChannel = 'online'): Promise<Submitted> {
  const submitted = await submitDossier(resultChannel);
  for (const [action, extra] of PATHS[status]) await act(submitted.code, action, extra);
  return submitted;
}
