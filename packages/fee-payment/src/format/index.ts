// DOM-free helpers of @dvc/fee-payment, also used by the reference server in Node (`@dvc/fee-payment/format.js`).
export { asciiFold, buildVietQr, crc16, parseTlv, parseVietQr, tlv } from './vietqr.js';
export type { ParsedVietQr, VietQrInput } from './vietqr.js';
