// VietQR (NAPAS) EMVCo merchant-presented payload: tag-length-value with lengths in UTF-8 bytes and a
// CRC-16/CCITT-FALSE over everything up to and including "6304".
import { asciiFold } from '../text/fold.js';

export function tlv(tag: string, value: string): string {
  const length = Buffer.byteLength(value, 'utf8');
  if (length > 99) throw new RangeError(`VietQR field ${tag} is longer than 99 bytes`);
  return `${tag}${String(length).padStart(2, '0')}${value}`;
}

/** CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection, no final xor. */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

export interface VietQrInput {
  bankBin: string;
  accountNumber: string;
  /** VND; omitted for a static QR without amount. */
  amount?: number;
  /** Bill number (tag 62.01): the dossier code. */
  billNumber?: string;
  /** Purpose (tag 62.08), folded to ASCII. */
  purpose?: string;
  /** `QRIBFTTA` to an account (default), `QRIBFTTC` to a card. */
  service?: 'QRIBFTTA' | 'QRIBFTTC';
}

export function buildVietQr(input: VietQrInput): string {
  const dynamic = input.amount !== undefined;
  const merchant = tlv('00', 'A000000727')
    + tlv('01', tlv('00', input.bankBin) + tlv('01', input.accountNumber))
    + tlv('02', input.service ?? 'QRIBFTTA');
  let additional = '';
  if (input.billNumber) additional += tlv('01', input.billNumber.slice(0, 25));
  if (input.purpose) {
    additional += tlv('08', asciiFold(input.purpose).slice(0, 25));
  }
  let payload = tlv('00', '01')
    + tlv('01', dynamic ? '12' : '11')
    + tlv('38', merchant)
    + tlv('53', '704')
    + (dynamic ? tlv('54', String(Math.round(input.amount!))) : '')
    + tlv('58', 'VN')
    + (additional ? tlv('62', additional) : '');
  payload += '6304';
  return payload + crc16(payload);
}
