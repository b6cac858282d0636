// The VietQR payload the server builds and the widget checks: both test vectors of DOMAIN.md byte for
// byte, a round trip through the parser, and the CRC on known values.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildVietQr, crc16, parseTlv, parseVietQr, tlv } from '../src/format/index.js';

const NAPAS_613 = '00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E';
const DOSSIER_FEE = '00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA53037045405500005802VN62450125000.00.01.H29-260310-04200812LE PHI HO SO630476B9';

describe('VietQR payload (shared by the server and the widget)', () => {
  it('reproduces the NAPAS 6.1.3 test vector byte for byte', () => {
    assert.equal(buildVietQr({
      bankBin: '970403', accountNumber: '0011012345678', amount: 180000, billNumber: 'NPS6869', purpose: 'thanh toan don hang',
    }), NAPAS_613);
  });

  it('reproduces the dossier-fee vector (bill number = dossier code)', () => {
    assert.equal(buildVietQr({
      bankBin: '970436', accountNumber: '0011001234567', amount: 50000, billNumber: '000.00.01.H29-260310-0420', purpose: 'LE PHI HO SO',
    }), DOSSIER_FEE);
  });

  it('parses both vectors back into what built them', () => {
    assert.deepEqual(parseVietQr(NAPAS_613), {
      valid: true, bankBin: '970403', accountNumber: '0011012345678', service: 'QRIBFTTA',
      amount: 180000, billNumber: 'NPS6869', purpose: 'thanh toan don hang',
    });
    assert.deepEqual(parseVietQr(DOSSIER_FEE), {
      valid: true, bankBin: '970436', accountNumber: '0011001234567', service: 'QRIBFTTA',
      amount: 50000, billNumber: '000.00.01.H29-260310-0420', purpose: 'LE PHI HO SO',
    });
  });

  it('round-trips built payloads, static ones and card transfers included', () => {
    const inputs = [
      { bankBin: '970436', accountNumber: '1', amount: 1, billNumber: 'A', purpose: 'B' },
      { bankBin: '970415', accountNumber: '113366668888', service: 'QRIBFTTC' as const },
      { bankBin: '970422', accountNumber: '0001', amount: 123456789, billNumber: '38.98.H29-210519-0003' },
    ];
    for (const input of inputs) {
      const parsed = parseVietQr(buildVietQr(input));
      assert.deepEqual(parsed, { valid: true, service: 'QRIBFTTA', ...input });
    }
  });

  it('flags a wrong CRC, a changed amount and a wrong inner length', () => {
    assert.equal(parseVietQr(DOSSIER_FEE.replace(/76B9$/, '76BA'))!.valid, false);
    assert.equal(parseVietQr(DOSSIER_FEE.replace('5405500005802', '5405900005802'))!.valid, false);
    assert.equal(parseVietQr(DOSSIER_FEE.replace('62450125', '62450126')), undefined);
    assert.equal(parseVietQr('not a payload'), undefined);
  });

  it('counts lengths in UTF-8 bytes and folds Vietnamese text to ASCII', () => {
    assert.equal(tlv('08', 'Đ'), '0802Đ');
    assert.match(buildVietQr({ bankBin: '970436', accountNumber: '1', amount: 1, purpose: 'Lệ phí hồ sơ Đất' }), /0816Le phi ho so Dat6304/);
    assert.deepEqual([...parseTlv('0002010102ab')!], [['00', '01'], ['01', 'ab']]);
  });

  it('computes CRC-16/CCITT-FALSE on known values', () => {
    assert.equal(crc16('123456789'), '29B1');
    assert.equal(crc16(''), 'FFFF');
    assert.equal(crc16('A'), 'B915');
    assert.equal(crc16(NAPAS_613.slice(0, -4)), '2E2E');
    assert.equal(crc16(DOSSIER_FEE.slice(0, -4)), '76B9');
  });

  it('refuses a field longer than 99 bytes', () => {
    assert.throws(() => tlv('08', 'x'.repeat(100)), RangeError);
  });
});
