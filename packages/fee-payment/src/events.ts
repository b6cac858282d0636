import type { PaymentStatus } from '@dvc/core';

/** What every payment event tells: never the verification, never card or account data. */
export interface PaymentEventDetail {
  readonly dossierCode: string;
  /** The server's payment id; absent when the payment could not even be created. */
  readonly paymentId?: string;
  /** `gateway`, `vietqr` or a plug-in's method. */
  readonly method: string;
  /** VND, as the server computed it. */
  readonly amount?: number;
  readonly status: PaymentStatus;
}

/** `detail` of `dvc-payment-succeeded`. */
export interface PaymentSucceededDetail extends PaymentEventDetail {
  readonly paymentId: string;
  readonly amount: number;
  readonly receiptNumber?: string;
  readonly paidAt?: string;
}

/** `detail` of `dvc-payment-failed`. */
export interface PaymentFailedDetail extends PaymentEventDetail {
  /** The server's `failureReason`, or the problem code / error kind when creation failed. */
  readonly reason?: string;
}

const init = <T>(detail: T, cancelable = false): CustomEventInit<T> => ({ detail, bubbles: true, composed: true, cancelable });

/**
 * The server created the payment (or answered with the dossier's unfinished one). Cancelable: calling
 * `preventDefault()` stops the widget's default start (the redirect to the gateway's page), e.g. for a
 * host that opens the page itself.
 */
export class PaymentStartedEvent extends CustomEvent<PaymentEventDetail> {
  static readonly eventName = 'dvc-payment-started';
  constructor(detail: PaymentEventDetail) {
    super(PaymentStartedEvent.eventName, init(detail, true));
  }
}

/** The server confirmed the payment (fired once per payment, also after coming back from the gateway). */
export class PaymentSucceededEvent extends CustomEvent<PaymentSucceededDetail> {
  static readonly eventName = 'dvc-payment-succeeded';
  constructor(detail: PaymentSucceededDetail) {
    super(PaymentSucceededEvent.eventName, init(detail));
  }
}

/** The payment ended without money moving: failed, cancelled, expired or not created at all. */
export class PaymentFailedEvent extends CustomEvent<PaymentFailedDetail> {
  static readonly eventName = 'dvc-payment-failed';
  constructor(detail: PaymentFailedDetail) {
    super(PaymentFailedEvent.eventName, init(detail));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-payment-started': PaymentStartedEvent;
    'dvc-payment-succeeded': PaymentSucceededEvent;
    'dvc-payment-failed': PaymentFailedEvent;
  }
}
