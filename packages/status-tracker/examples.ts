// Named examples of <dvc-status-tracker>: the stories render them, the browser tests run axe on each,
// and the README shows the same markup. Each example hands the tracker a fixed Dossier (the `.dossier`
// property) so that it renders without asking a backend; dates are relative to today so that "days
// left" and "overdue" keep meaning the same thing.
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TemplateResult } from 'lit';
import { addWorkingDays, toIsoDateInVietnam } from '@dvc/core';
import type { Dossier, HistoryEntry, StatusCode } from '@dvc/core';
import './src/define.js';

export interface Example {
  readonly title: string;
  readonly render: () => TemplateResult;
}

const DAY = 86_400_000;
const today = toIsoDateInVietnam();
/** An instant `days` calendar days ago, at 09:30 in Vietnam. */
const ago = (days: number): string => new Date(`${toIsoDateInVietnam(Date.now() - days * DAY)}T09:30:00+07:00`).toISOString();

const RECEPTION = 'Bộ phận Một cửa UBND phường Hoàn Kiếm';
const JUSTICE = 'Công chức Tư pháp - Hộ tịch';

function step(id: number, status: StatusCode, daysAgo: number, department: string, more: Partial<HistoryEntry> = {}): HistoryEntry {
  return { id, status, at: ago(daysAgo), department, ...more };
}

/** The path of a birth registration up to `status`, as the reference server records it. */
export function sampleDossier(status: StatusCode, overrides: Partial<Dossier> = {}): Dossier {
  const history: HistoryEntry[] = [step(1, 1, 6, 'Cổng Dịch vụ công', { action: 'submit', note: 'Nộp hồ sơ trực tuyến' })];
  const add = (s: StatusCode, daysAgo: number, department: string, more: Partial<HistoryEntry> = {}) =>
    history.push(step(history.length + 1, s, daysAgo, department, more));
  if (status === 3) add(3, 5, RECEPTION, { action: 'refuse', note: 'Thủ tục không thuộc thẩm quyền của UBND phường' });
  if (status === 7) add(7, 5, RECEPTION, { action: 'withdraw' });
  if ([2, 4, 5, 6, 8, 9, 10].includes(status)) add(2, 5, RECEPTION, { action: 'accept' });
  if ([4, 5, 6, 8, 9, 10].includes(status)) add(4, 4, JUSTICE, { action: 'process' });
  if (status === 5) add(5, 1, JUSTICE, { action: 'request-supplement', note: 'Bổ sung bản sao giấy chứng sinh có chứng thực' });
  if (status === 6) add(6, 1, JUSTICE, { action: 'request-payment' });
  if (status === 8) add(8, 1, JUSTICE, { action: 'stop', note: 'Đương sự đã đăng ký khai sinh tại nơi khác' });
  if (status === 9 || status === 10) add(9, 2, JUSTICE, { action: 'finish' });
  if (status === 10) add(10, 1, RECEPTION, { action: 'deliver' });
  const dossier: Dossier = {
    code: '000.00.01.H29-260310-0420',
    procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
    agencyName: 'UBND phường Hoàn Kiếm',
    applicantName: 'Nguyễn V*** A',
    status,
    receivedAt: ago(6),
    appointmentDate: addWorkingDays(today, 3),
    resultChannel: 'online',
    onTime: status === 9 || status === 10 ? true : null,
    resultAvailable: status === 9 || status === 10,
    feesDue: status === 6 ? 8000 : 0,
    history,
    ...(status === 5 ? { supplementRequest: { reason: history.at(-1)!.note!, requestedAt: history.at(-1)!.at } } : {}),
    ...(status === 9 || status === 10 ? { finishedAt: ago(2) } : {}),
    ...(status === 10 ? { deliveredAt: ago(1) } : {}),
  };
  return { ...dossier, ...overrides };
}

const tracker = (dossier: Dossier | undefined, extra: { paymentUrl?: string; lang?: string } = {}) =>
  html`<dvc-status-tracker base-url="/api/v1" lang=${ifDefined(extra.lang)} .dossier=${dossier}
    payment-url=${ifDefined(extra.paymentUrl)}></dvc-status-tracker>`;

const overdue = sampleDossier(4, { appointmentDate: addWorkingDays(toIsoDateInVietnam(Date.now() - 10 * DAY), 1) });
const apologised = (() => {
  const d = sampleDossier(4);
  const newDate = addWorkingDays(today, 5);
  return {
    ...d,
    appointmentDate: newDate,
    history: [...d.history, { id: 4, status: 4 as const, at: ago(0), department: JUSTICE, action: 'apologise',
      note: 'Cần xác minh thông tin với nơi đăng ký thường trú của người mẹ', newAppointmentDate: newDate }],
  };
})();

export const examples = {
  lookup: { title: 'Lookup form (nothing entered yet)', render: () => tracker(undefined) },
  submitted: { title: '1 · Submitted online', render: () => tracker(sampleDossier(1)) },
  accepted: { title: '2 · Accepted', render: () => tracker(sampleDossier(2)) },
  refused: { title: '3 · Refused (form 03), with the reason', render: () => tracker(sampleDossier(3)) },
  processing: { title: '4 · In processing, working days left', render: () => tracker(sampleDossier(4)) },
  supplement: { title: '5 · Supplement requested (form 02): upload and send', render: () => tracker(sampleDossier(5)) },
  fee: {
    title: '6 · Fee due, with the portal\'s payment link',
    render: () => tracker(sampleDossier(6), { paymentUrl: '/thanh-toan.html?ma={code}&xac-thuc={verification}' }),
  },
  withdrawn: { title: '7 · Withdrawn at the citizen\'s request', render: () => tracker(sampleDossier(7)) },
  stopped: { title: '8 · Stopped, with the reason', render: () => tracker(sampleDossier(8)) },
  resultOnline: { title: '9 · Result ready: download (online), rating', render: () => tracker(sampleDossier(9)) },
  resultCounter: {
    title: '9 · Result ready: pickup at the counter',
    render: () => tracker(sampleDossier(9, { resultChannel: 'counter', resultAvailable: false })),
  },
  deliveredPost: {
    title: '10 · Delivered by post, with tracking',
    render: () => {
      const d = sampleDossier(10, { resultChannel: 'post', resultAvailable: false });
      d.history.at(-1)!.note = 'Đã giao cho Bưu điện, số vận đơn EMS EB123456789VN';
      return tracker(d);
    },
  },
  rated: {
    title: '10 · Delivered and already rated',
    render: () => tracker(sampleDossier(10, { rating: { overall: 5, onTime: true, attitude: 5, contacts: 0, agencies: 1 } })),
  },
  late: { title: '9 · Finished late', render: () => tracker(sampleDossier(9, { onTime: false })) },
  overdue: { title: 'Overdue (past the appointment date)', render: () => tracker(overdue) },
  apology: { title: 'Apology letter (form 04) with a new date', render: () => tracker(apologised) },
  english: { title: 'English', render: () => tracker(sampleDossier(4), { lang: 'en' }) },
} satisfies Record<string, Example>;
