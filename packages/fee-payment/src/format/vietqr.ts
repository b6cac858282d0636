// VietQR (NAPAS) EMVCo merchant-presented payload: tag-length-value with lengths in UTF-8 bytes and a
// CRC-16/CCITT-FALSE over everything up to and including "6304". DOM-free and Buffer-free: the
// reference server builds payloads with it, the widget parses and checks them before drawing a QR.

const utf8 = new TextEncoder();
const decoder = new TextDecoder();

/** One TLV field: two-digit tag, two-digit length in UTF-8 bytes, value. */
export function tlv(tag: string, value: string): string {
  const length = utf8.encode(value).length;
  if (length > 99) throw new RangeError(`VietQR field ${tag} is longer than 99 bytes`);
  return `${tag}${String(length).padStart(2, '0')}${value}`;
}

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor) as 4 upper-case hex digits. */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of utf8.encode(text)) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** ASCII for bank QR text fields (bank apps expect ASCII): diacritics stripped, đ → d, case kept. */
export function asciiFold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]/g, '');
}

export interface VietQrInput {
  /** The bank's 6-digit NAPAS BIN. */
  bankBin: string;
  accountNumber: string;
  /** VND; omitted for a static QR without amount. */
  amount?: number;
  /** Bill number (tag 62.01): the dossier code; at most 25 characters. */
  billNumber?: string;
  /** Purpose (tag 62.08), folded to ASCII; at most 25 characters. */
  purpose?: string;
  /** `QRIBFTTA` to an account (default), `QRIBFTTC` to a card. */
  service?: 'QRIBFTTA' | 'QRIBFTTC';
}

/** The payload of a VietQR transfer (dynamic when it carries an amount). */
export function buildVietQr(input: VietQrInput): string {
  const dynamic = input.amount !== undefined;
  const merchant = tlv('00', 'A000000727')
    + tlv('01', tlv('00', input.bankBin) + tlv('01', input.accountNumber))
    + tlv('02', input.service ?? 'QRIBFTTA');
  let additional = '';
  if (input.billNumber) additional += tlv('01', asciiFold(input.billNumber).slice(0, 25));
  if (input.purpose) additional += tlv('08', asciiFold(input.purpose).slice(0, 25));
  const payload = tlv('00', '01')
    + tlv('01', dynamic ? '12' : '11')
    + tlv('38', merchant)
    + tlv('53', '704')
    + (dynamic ? tlv('54', String(Math.round(input.amount!))) : '')
    + tlv('58', 'VN')
    + (additional ? tlv('62', additional) : '')
    + '6304';
  return payload + crc16(payload);
}

/** Splits TLV text into a tag → value map; undefined when a length runs past the end. */
export function parseTlv(text: string): Map<string, string> | undefined {
  const bytes = utf8.encode(text);
  const fields = new Map<string, string>();
  let i = 0;
  while (i < bytes.length) {
    if (i + 4 > bytes.length) return undefined;
    const head = decoder.decode(bytes.subarray(i, i + 4));
    const length = Number(head.slice(2));
    if (!/^\d{4}$/.test(head) || i + 4 + length > bytes.length) return undefined;
    fields.set(head.slice(0, 2), decoder.decode(bytes.subarray(i + 4, i + 4 + length)));
    i += 4 + length;
  }
  return fields;
}

export interface ParsedVietQr extends VietQrInput {
  /** The payload is well-formed and its CRC matches. */
  readonly valid: boolean;
}

/** Reads a VietQR payload back (the inverse of `buildVietQr`); undefined when it is not VietQR at all. */
export function parseVietQr(payload: string): ParsedVietQr | undefined {
  const top = parseTlv(payload);
  const merchant = top?.get('38') !== undefined ? parseTlv(top.get('38')!) : undefined;
  const beneficiary = merchant?.get('01') !== undefined ? parseTlv(merchant.get('01')!) : undefined;
  const additional = top?.has('62') ? parseTlv(top.get('62')!) : new Map<string, string>();
  if (!top || merchant?.get('00') !== 'A000000727' || !beneficiary || !additional) return undefined;
  const crc = top.get('63');
  const result: ParsedVietQr = {
    valid: top.get('00') === '01' && crc !== undefined && payload.endsWith(`6304${crc}`)
      && crc16(payload.slice(0, -4)) === crc && top.get('53') === '704' && top.get('58') === 'VN',
    bankBin: beneficiary.get('00') ?? '',
    accountNumber: beneficiary.get('01') ?? '',
    service: merchant.get('02') as VietQrInput['service'],
  };
  if (top.has('54')) result.amount = Number(top.get('54'));
  if (additional.has('01')) result.billNumber = additional.get('01');
  if (additional.has('08')) result.purpose = additional.get('08');
  return result;
}
