// Payment orchestration: amounts from the fee statement, idempotent creation, lazy expiry, settling
// from the provider's word (status query or signed callback) and crediting the dossier atomically.
import { randomBytes } from 'node:crypto';
import type { Payment, PaymentRequest, ProviderCallback } from '@dvc/core';
import { feeStatement } from '../domain/fees.js';
import { HttpProblem } from '../http/problem.js';
import {
  FINAL_PAYMENT_STATUSES, type DossierChange, type DossierRecord, type IdempotencyInput, type PaymentRecord, type Store,
} from '../store/store.js';
import type { HeaderBag, PaymentProvider } from './provider.js';
import { buildVietQr } from './vietqr.js';

export interface VietQrAccount {
  bankBin: string;
  accountNumber: string;
  accountName: string;
}

export interface PaymentServiceOptions {
  store: Store;
  gateway: PaymentProvider;
  publicUrl: string;
  expiryMinutes: number;
  vietqr: VietQrAccount;
  now: () => Date;
}

export function toPayment(p: PaymentRecord): Payment {
  const out: Payment = {
    id: p.id,
    dossierCode: p.dossierCode,
    amount: p.amount,
    method: p.method,
    provider: p.provider,
    status: p.status,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    expiresAt: p.expiresAt,
  };
  if (p.nextUrl && !FINAL_PAYMENT_STATUSES.has(p.status)) out.nextUrl = p.nextUrl;
  if (p.vietqr) out.vietqr = p.vietqr;
  if (p.failureReason) out.failureReason = p.failureReason;
  if (p.status === 'success') {
    // final statuses never change, so the moment of the move to success is the payment's updatedAt
    out.paidAt = p.updatedAt;
    out.receiptNumber = receiptNumber(p);
  }
  return out;
}

/**
 * The e-receipt number of a successful payment: `BL<YYMMDD>-<8 characters of the payment id>`, stable
 * for the payment (the reference server issues no separate invoice series; an agency's e-invoice
 * system would put its own number here).
 */
export function receiptNumber(p: PaymentRecord): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: '2-digit', month: '2-digit', day: '2-digit' })
    .format(new Date(p.updatedAt)).replace(/-/g, '');
  return `BL${day}-${p.id.replace(/^pay_/, '').slice(0, 8).toUpperCase()}`;
}

/** Thrown inside the creating transaction when the dossier already has an unfinished payment. */
class OpenPayment extends Error {
  constructor(readonly payment: PaymentRecord) {
    super('payment-in-progress');
  }
}

export class PaymentService {
  #o: PaymentServiceOptions;
  /** Creations still talking to the provider, so a concurrent replay waits for the nextUrl. */
  #inflight = new Map<string, Promise<PaymentRecord>>();

  constructor(options: PaymentServiceOptions) {
    this.#o = options;
  }

  get gatewayName(): string {
    return this.#o.gateway.name;
  }

  /**
   * Creates a payment, or answers with what already exists so that nothing is ever charged twice: the
   * payment of the same Idempotency-Key (a retry), else the dossier's unfinished payment (another tab,
   * a reload that lost its key, another device) whatever its method.
   */
  async create(request: PaymentRequest, idempotency: IdempotencyInput): Promise<{ payment: PaymentRecord; replayed: boolean; resumed?: boolean }> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#create(request, idempotency);
      } catch (error) {
        if (!(error instanceof OpenPayment)) throw error;
        const open = await this.refresh(error.payment);
        // the provider may have just finished it (e.g. cancelled on its page): then create anew, once
        if (!FINAL_PAYMENT_STATUSES.has(open.status) || attempt > 0) return { payment: open, replayed: false, resumed: true };
      }
    }
  }

  async #create(request: PaymentRequest, idempotency: IdempotencyInput): Promise<{ payment: PaymentRecord; replayed: boolean }> {
    const now = this.#o.now();
    const method = request.method;
    const result = await this.#o.store.createPayment({
      idempotency,
      dossierCode: request.dossierCode,
      build: (dossier, payments) => this.#build(dossier, payments, request, now),
    });
    if (result.kind === 'key-reused') {
      throw new HttpProblem(422, 'idempotency-key-reused', 'This Idempotency-Key was used with a different request');
    }
    const flightKey = `${idempotency.scope}:${idempotency.key}`;
    if (result.kind === 'replayed') {
      const pending = this.#inflight.get(flightKey);
      return { payment: await this.refresh(pending ? await pending : result.value), replayed: true };
    }
    if (method !== 'gateway') return { payment: result.value, replayed: false };
    const started = this.#startWithProvider(result.value);
    this.#inflight.set(flightKey, started);
    try {
      return { payment: await started, replayed: false };
    } finally {
      this.#inflight.delete(flightKey);
    }
  }

  #build(dossier: DossierRecord, payments: PaymentRecord[], request: PaymentRequest, now: Date): PaymentRecord {
    if (!dossier.paymentMethods.includes(request.method)) {
      throw new HttpProblem(422, 'payment-method-unavailable', `Method ${request.method} is not offered for this procedure`);
    }
    const due = feeStatement(dossier.fees, dossier.paid, dossier.paymentMethods).due;
    if (due <= 0) {
      const paid = payments.some((p) => p.status === 'success');
      throw new HttpProblem(409, paid ? 'already-paid' : 'nothing-due', paid ? 'The fees have been paid' : 'Nothing is due');
    }
    const open = payments.find((p) => !FINAL_PAYMENT_STATUSES.has(p.status) && now.getTime() <= Date.parse(p.expiresAt));
    if (open) throw new OpenPayment(open);
    const at = now.toISOString();
    const record: PaymentRecord = {
      id: `pay_${randomBytes(16).toString('base64url')}`,
      dossierCode: dossier.code,
      amount: due,
      method: request.method,
      provider: request.method === 'gateway' ? this.#o.gateway.name : 'vietqr',
      status: 'created',
      createdAt: at,
      updatedAt: at,
      expiresAt: new Date(now.getTime() + this.#o.expiryMinutes * 60_000).toISOString(),
    };
    if (request.returnUrl) record.returnUrl = request.returnUrl;
    if (request.method === 'vietqr') {
      const purpose = 'LE PHI HO SO';
      const { bankBin, accountNumber, accountName } = this.#o.vietqr;
      record.vietqr = {
        payload: buildVietQr({ bankBin, accountNumber, amount: due, billNumber: dossier.code, purpose }),
        bankBin,
        accountNumber,
        accountName,
        purpose,
      };
    }
    return record;
  }

  async #startWithProvider(p: PaymentRecord): Promise<PaymentRecord> {
    const at = () => this.#o.now().toISOString();
    try {
      const { providerRef, nextUrl } = await this.#o.gateway.create({
        paymentId: p.id,
        dossierCode: p.dossierCode,
        amount: p.amount,
        description: `Lệ phí hồ sơ ${p.dossierCode}`,
        returnUrl: `${this.#o.publicUrl}/api/v1/payments/${p.id}/return`,
        expiresAt: p.expiresAt,
      });
      return (await this.#o.store.updatePayment(p.id, { providerRef, nextUrl, updatedAt: at() }))!.payment;
    } catch (error) {
      const updated = await this.#o.store.updatePayment(p.id, { status: 'error', failureReason: 'provider-unavailable', updatedAt: at() });
      throw Object.assign(new HttpProblem(502, 'provider-unavailable', 'The payment provider did not answer'), { cause: error, payment: updated });
    }
  }

  /** Confirms an unfinished payment with the provider and applies the 90-minute expiry. */
  async refresh(p: PaymentRecord): Promise<PaymentRecord> {
    if (FINAL_PAYMENT_STATUSES.has(p.status)) return p;
    if (p.method === 'gateway' && p.providerRef) {
      const remote = await this.#o.gateway.fetchStatus(p.providerRef);
      if (remote.status === 'success' && remote.amount !== undefined && remote.amount !== p.amount) {
        return this.settle(p.id, 'error', 'amount-mismatch');
      }
      if (remote.status !== p.status && remote.status !== 'created') {
        p = await this.settle(p.id, remote.status, remote.failureReason);
        if (FINAL_PAYMENT_STATUSES.has(p.status)) return p;
      }
    }
    if (this.#o.now().getTime() > Date.parse(p.expiresAt)) return this.settle(p.id, 'expired');
    return p;
  }

  /** Moves a payment on; idempotent (final statuses never change), credits the dossier on success. */
  async settle(id: string, status: PaymentRecord['status'], failureReason?: string): Promise<PaymentRecord> {
    const at = this.#o.now().toISOString();
    const patch = { status, updatedAt: at, ...(failureReason ? { failureReason } : {}) };
    const result = await this.#o.store.updatePayment(id, patch, (d, p) => creditDossier(d, p, at));
    if (!result) throw new HttpProblem(404, 'not-found', 'Payment not found');
    return result.payment;
  }

  async get(id: string): Promise<PaymentRecord> {
    const p = await this.#o.store.getPayment(id);
    if (!p) throw new HttpProblem(404, 'not-found', 'Payment not found');
    return this.refresh(p);
  }

  /** Where the browser goes after the provider: the portal's return URL with `dvc-payment=<id>`. */
  async returnUrl(id: string): Promise<string> {
    const p = await this.get(id);
    const target = new URL(p.returnUrl ?? `${this.#o.publicUrl}/`);
    target.searchParams.set('dvc-payment', p.id);
    return target.toString();
  }

  async callback(providerName: string, rawBody: string, headers: HeaderBag): Promise<void> {
    if (providerName !== this.#o.gateway.name) throw new HttpProblem(404, 'not-found', 'Unknown provider');
    const callback: ProviderCallback | null = await this.#o.gateway.verifyCallback(rawBody, headers);
    if (!callback) throw new HttpProblem(401, 'invalid-signature', 'The callback signature is not valid');
    const p = await this.#o.store.findPaymentByProviderRef(providerName, callback.providerRef);
    if (!p) throw new HttpProblem(404, 'not-found', 'Unknown payment reference');
    if (FINAL_PAYMENT_STATUSES.has(p.status)) return; // a repeated (or replayed) callback changes nothing
    if (this.#o.now().getTime() > Date.parse(p.expiresAt)) {
      // too late: the payment expired unpaid; money moved after that is the provider's to refund
      await this.settle(p.id, 'expired');
      throw new HttpProblem(409, 'payment-expired', 'The payment expired before this notification');
    }
    if (callback.status === 'success' && callback.amount !== p.amount) {
      // the provider charged something else than the fee statement: never credit it
      await this.settle(p.id, 'error', 'amount-mismatch');
      throw new HttpProblem(409, 'amount-mismatch', 'The notified amount is not the amount of the payment');
    }
    await this.settle(p.id, callback.status, callback.status === 'failed' ? 'declined' : undefined);
  }
}

/** A successful payment adds to what the dossier has paid; a dossier waiting on fees (6) resumes (4). */
export function creditDossier(d: DossierRecord, p: PaymentRecord, at: string): DossierChange {
  const next: DossierRecord = { ...d, paid: d.paid + p.amount, updatedAt: at };
  if (d.status === 6) next.status = 4;
  return {
    dossier: next,
    event: {
      status: next.status,
      at,
      department: 'Hệ thống thanh toán',
      action: 'payment-received',
      note: `Đã nhận thanh toán ${p.amount} VND (${p.method})`,
    },
  };
}
