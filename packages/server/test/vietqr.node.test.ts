import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildVietQr, crc16 } from '../src/payments/vietqr.js';

describe('VietQR payload', () => {
  it('reproduces the NAPAS 6.1.3 test vector byte for byte', () => {
    const payload = buildVietQr({
      bankBin: '970403', accountNumber: '0011012345678', amount: 180000, billNumber: 'NPS6869', purpose: 'thanh toan don hang',
    });
    assert.equal(payload, '00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E');
  });

  it('reproduces the dossier-fee vector (bill number = dossier code)', () => {
    const payload = buildVietQr({
      bankBin: '970436', accountNumber: '0011001234567', amount: 50000, billNumber: '000.00.01.H29-260310-0420', purpose: 'LE PHI HO SO',
    });
    assert.equal(payload, '00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA53037045405500005802VN62450125000.00.01.H29-260310-04200812LE PHI HO SO630476B9');
  });

  it('folds Vietnamese purpose text to ASCII', () => {
    const payload = buildVietQr({ bankBin: '970436', accountNumber: '1', amount: 1, purpose: 'Lệ phí hồ sơ Đất' });
    assert.match(payload, /0816Le phi ho so Dat6304/);
  });

  it('computes CRC-16/CCITT-FALSE (check value of "123456789" is 29B1)', () => {
    assert.equal(crc16('123456789'), '29B1');
  });
});
