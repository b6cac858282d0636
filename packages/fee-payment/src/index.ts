// Pure exports of @dvc/fee-payment; `@dvc/fee-payment/define.js` registers the tag.
export { DvcFeePayment, RETURN_PARAM } from './fee-payment.js';
export * from './events.js';
export { registerPaymentMethod, getPaymentMethod } from './internal/registry.js';
export type { PaymentMethodContext, PaymentMethodPlugin } from './internal/registry.js';
export { AttemptStore } from './internal/attempt.js';
export type { Attempt } from './internal/attempt.js';
export { formatCountdown, isOpen, viewOfPayment } from './internal/payment-state.js';
export type { View as FeePaymentView } from './internal/payment-state.js';
export { buildVietQr, parseVietQr, crc16 } from './format/vietqr.js';
export type { ParsedVietQr, VietQrInput } from './format/vietqr.js';
export { vi as feePaymentVi } from './i18n/vi.js';
export { en as feePaymentEn } from './i18n/en.js';
export type { FeePaymentMessages } from './i18n/vi.js';
