// What the widget shows for a payment, and the countdown to its expiry: pure functions of the data.
import type { Payment, PaymentStatus } from '@dvc/core';

/** The screens of `<dvc-fee-payment>` (also its `:state()` names). */
export type View =
  | 'loading' | 'error' | 'nothing-due' | 'paid' | 'counter' | 'choose' | 'review' | 'in-progress'
  | 'success' | 'failed' | 'cancelled' | 'expired';

const OPEN: ReadonlySet<PaymentStatus> = new Set(['created', 'started', 'submitted']);

export function isOpen(status: PaymentStatus): boolean {
  return OPEN.has(status);
}

/** The screen of a payment the server reported. */
export function viewOfPayment(payment: Pick<Payment, 'status'>): View {
  switch (payment.status) {
    case 'success': return 'success';
    case 'cancelled': return 'cancelled';
    case 'expired': return 'expired';
    case 'failed':
    case 'error': return 'failed';
    default: return 'in-progress';
  }
}

/** Milliseconds left until `expiresAt` (never negative). */
export function remainingMs(expiresAt: string, now: number): number {
  return Math.max(0, Date.parse(expiresAt) - now);
}

/** `1:05:09`, `12:04`, `0:09`: hours only when there are some. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Whole minutes left, rounded up (what the warning announces). */
export function minutesLeft(ms: number): number {
  return Math.ceil(ms / 60_000);
}
