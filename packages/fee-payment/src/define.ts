// The only module of @dvc/fee-payment with a side effect: it registers <dvc-fee-payment>.
import { defineElement } from '@dvc/core';
import { DvcFeePayment } from './fee-payment.js';

defineElement('dvc-fee-payment', DvcFeePayment);

export { DvcFeePayment };
