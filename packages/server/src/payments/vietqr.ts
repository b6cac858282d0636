// VietQR (NAPAS) EMVCo payloads: the encoder, parser and CRC live in @dvc/fee-payment's DOM-free
// format module, so the server that builds a payload and the widget that checks it share one code.
export { buildVietQr, crc16, parseVietQr, tlv } from '@dvc/fee-payment/format.js';
export type { VietQrInput } from '@dvc/fee-payment/format.js';
