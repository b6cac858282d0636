// Named examples of <dvc-fee-payment>, one per state: the stories render them, the browser tests run
// axe on each, the README shows the same markup. Each hands the widget a small fixed backend (the
// public `DvcBackend` adapter interface, as an agency's adapter would be) so that it renders without a
// server; times are relative to now so that countdowns mean the same thing whenever they are shown.
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TemplateResult } from 'lit';
import { BackendError } from '@dvc/core';
import type { Dossier, DvcBackend, FeeStatement, Payment, PaymentRequest } from '@dvc/core';
import { buildVietQr } from './src/format/vietqr.js';
import './src/define.js';

export interface Example {
  readonly title: string;
  readonly render: () => TemplateResult;
}

export const CODE = '000.00.01.H29-260310-0420';
const MINUTE = 60_000;

/** Lệ phí đăng ký hộ kinh doanh with the 50 % online reduction (as the reference catalogue has it). */
export function sampleFees(overrides: Partial<FeeStatement> = {}): FeeStatement {
  return {
    items: [
      { name: 'Lệ phí đăng ký hộ kinh doanh', kind: 'le-phi', amount: 100000 },
      { name: 'Giảm khi nộp hồ sơ trực tuyến', kind: 'reduction', amount: 50000,
        note: 'Miễn 50% lệ phí khi đăng ký trực tuyến theo Nghị quyết của HĐND thành phố' },
    ],
    total: 50000, paid: 0, due: 50000, currency: 'VND', methods: ['gateway', 'vietqr'],
    ...overrides,
  };
}

const dossier: Dossier = {
  code: CODE,
  procedure: { code: '2.000575', name: 'Đăng ký thành lập hộ kinh doanh' },
  agencyName: 'UBND phường Hoàn Kiếm',
  applicantName: 'Nguyễn V*** A',
  status: 6,
  receivedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
  appointmentDate: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10),
  resultChannel: 'online',
  onTime: null,
  feesDue: 50000,
  history: [],
};

/** A payment of the sample fees, `minutes` before expiry. */
export function samplePayment(method: 'gateway' | 'vietqr', status: Payment['status'], minutes = 85, extra: Partial<Payment> = {}): Payment {
  const created = Date.now() - (90 - minutes) * MINUTE;
  const p: Payment = {
    id: `pay_example_${method}_${status}`,
    dossierCode: CODE,
    amount: 50000,
    method,
    provider: method === 'gateway' ? 'sandbox' : 'vietqr',
    status,
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(created + MINUTE).toISOString(),
    expiresAt: new Date(created + 90 * MINUTE).toISOString(),
    ...extra,
  };
  if (method === 'gateway' && (status === 'created' || status === 'started')) p.nextUrl = '#sandbox-payment-page';
  if (method === 'vietqr') {
    p.vietqr = {
      payload: buildVietQr({ bankBin: '970436', accountNumber: '0011001234567', amount: 50000, billNumber: CODE, purpose: 'LE PHI HO SO' }),
      bankBin: '970436', accountNumber: '0011001234567', accountName: 'UBND THANH PHO HA NOI', purpose: 'LE PHI HO SO',
    };
  }
  if (status === 'success') Object.assign(p, { paidAt: p.updatedAt, receiptNumber: 'BL260310-7F3K9Q2M' });
  if (status === 'failed') p.failureReason = 'declined';
  return p;
}

/** A fixed backend for examples: the fees, the dossier and at most one payment; never a network call. */
export function exampleBackend(options: { fees?: FeeStatement; payment?: Payment; fail?: boolean; hang?: boolean } = {}): DvcBackend {
  const never = new Promise<never>(() => {});
  const offline = () => Promise.reject(new BackendError('example: offline', { kind: 'network' }));
  const notFound = () => Promise.reject(new BackendError('example: not found', { kind: 'http', status: 404 }));
  const impl: Partial<DvcBackend> = {
    getFees: () => (options.hang ? never : options.fail ? offline() : Promise.resolve(options.fees ?? sampleFees())),
    getDossier: () => Promise.resolve(dossier),
    getPayment: (id: string) => (options.payment?.id === id ? Promise.resolve(options.payment) : notFound()),
    createPayment: (request: PaymentRequest) => Promise.resolve(options.payment ?? samplePayment(request.method, 'created')),
    subscribeDossierEvents: () => () => {},
  };
  const unavailable = () => Promise.reject(new BackendError('example: not available', { kind: 'network' }));
  for (const name of ['searchProcedures', 'getProcedureIndex', 'getProcedure', 'getFormDefinition', 'getProfile', 'listAdminUnits',
    'uploadFile', 'getUploadLimits', 'submitDossier', 'submitSupplement', 'rateDossier'] as const) {
    (impl as Record<string, unknown>)[name] = unavailable;
  }
  impl.resultUrl = () => '#';
  return impl as DvcBackend;
}

const widget = (backend: DvcBackend, extra: { paymentId?: string; method?: string; lang?: string } = {}) =>
  html`<dvc-fee-payment .backend=${backend} dossier-code=${CODE} verification="ABCD2345" lang=${ifDefined(extra.lang)}
    payment-id=${ifDefined(extra.paymentId)} method=${ifDefined(extra.method)}></dvc-fee-payment>`;

const withPayment = (payment: Payment, fees?: FeeStatement) =>
  widget(exampleBackend({ payment, ...(fees ? { fees } : {}) }), { paymentId: payment.id });

export const examples = {
  choose: { title: 'Choose a method (itemised fees with the online reduction)', render: () => widget(exampleBackend()) },
  loading: { title: 'Loading the fees', render: () => widget(exampleBackend({ hang: true })) },
  error: { title: 'Fees could not be loaded (offline), with retry', render: () => widget(exampleBackend({ fail: true })) },
  review: { title: 'Review before paying (what, how much, to whom)', render: () => widget(exampleBackend(), { method: 'gateway' }) },
  gatewayInProgress: {
    title: 'In progress: back from the gateway before finishing',
    render: () => withPayment(samplePayment('gateway', 'started')),
  },
  vietqr: { title: 'VietQR: QR code, account details, waiting for the bank', render: () => withPayment(samplePayment('vietqr', 'created')) },
  expiring: { title: 'Expiring soon: warning before the payment expires', render: () => withPayment(samplePayment('vietqr', 'created', 4)) },
  success: {
    title: 'Success: the e-receipt (printable)',
    render: () => withPayment(samplePayment('gateway', 'success'), sampleFees({ paid: 50000, due: 0 })),
  },
  failed: { title: 'Failed (declined by the bank), with retry', render: () => withPayment(samplePayment('gateway', 'failed')) },
  cancelled: { title: 'Cancelled on the gateway\'s page', render: () => withPayment(samplePayment('gateway', 'cancelled')) },
  expired: { title: 'Expired unpaid, with a new attempt', render: () => withPayment(samplePayment('vietqr', 'expired', 0)) },
  paid: {
    title: 'Already paid (no receipt known on this device)',
    render: () => widget(exampleBackend({ fees: sampleFees({ paid: 50000, due: 0 }) })),
  },
  nothingDue: {
    title: 'Nothing to pay',
    render: () => widget(exampleBackend({ fees: sampleFees({ items: [{ name: 'Lệ phí đăng ký khai sinh', kind: 'le-phi', amount: 0 }], total: 0, due: 0, methods: [] }) })),
  },
  counter: {
    title: 'Level 3: pay at the counter (where, when, what to bring)',
    render: () => html`<dvc-fee-payment .backend=${exampleBackend({ fees: sampleFees({ methods: [] }) })} dossier-code=${CODE} verification="ABCD2345">
      <p slot="counter">Địa chỉ: số 126 phố Hàng Trống, phường Hoàn Kiếm, Hà Nội. Sáng 8:00–12:00, chiều 13:30–17:00.</p>
    </dvc-fee-payment>`,
  },
  english: { title: 'English', render: () => widget(exampleBackend(), { lang: 'en' }) },
} satisfies Record<string, Example>;
