// Pure exports of @dvc/fee-payment; `@dvc/fee-payment/define.js` registers the tag.
export { DvcFeePayment, PAYMENT_RETURN_PARAM } from './fee-payment.js';
export * from './events.js';
export { registerPaymentMethod, getPaymentMethod } from './internal/registry.js';
export type { PaymentMethodContext, PaymentMethodPlugin } from './internal/registry.js';
export { isOpen as isPaymentOpen, viewOfPayment as paymentView } from './internal/payment-state.js';
export type { View as FeePaymentView } from './internal/payment-state.js';
export { buildVietQr, parseVietQr } from './format/vietqr.js';
export type { ParsedVietQr, VietQrInput } from './format/vietqr.js';
export { vi as feePaymentVi } from './i18n/vi.js';
export { en as feePaymentEn } from './i18n/en.js';
export type { FeePaymentMessages } from './i18n/vi.js';
