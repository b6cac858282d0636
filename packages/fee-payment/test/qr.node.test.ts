// The widget's own QR encoder against uqr (Nayuki's reference algorithm, a dev dependency here): the
// same matrix, module for module, for VietQR payloads of every length a dossier can produce.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encode } from 'uqr';
import { buildVietQr } from '../src/format/vietqr.js';
import { qrMatrix, qrPath } from '../src/internal/qr.js';

const reference = (text: string) => encode(text, { ecc: 'M', border: 0 }).data;

describe('QR encoder', () => {
  it('draws both DOMAIN.md vectors exactly as the reference encoder', () => {
    for (const payload of [
      '00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E',
      '00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA53037045405500005802VN62450125000.00.01.H29-260310-04200812LE PHI HO SO630476B9',
    ]) assert.deepEqual(qrMatrix(payload), reference(payload));
  });

  it('matches the reference for payloads of many lengths, byte and alphanumeric, across versions', () => {
    for (let n = 1; n <= 60; n++) {
      const payload = buildVietQr({
        bankBin: '970436', accountNumber: String(10 ** (n % 12)).padStart(n % 19 + 1, '7'), amount: n * 1000,
        billNumber: `000.00.01.H29-2603${String(n).padStart(2, '0')}-04${n % 10}`, purpose: n % 2 ? 'LE PHI HO SO' : 'le phi ho so',
      });
      assert.deepEqual(qrMatrix(payload), reference(payload), payload);
    }
    for (const text of ['a', 'HELLO WORLD', 'x'.repeat(400), 'Lệ phí hồ sơ', 'A'.repeat(1000), 'z'.repeat(2300)]) {
      assert.deepEqual(qrMatrix(text), reference(text), text.slice(0, 20));
    }
  });

  it('draws a path with a 4-module quiet zone', () => {
    const { size, d } = qrPath('HELLO');
    assert.equal(size, 21 + 8);
    assert.match(d, /^M4 4h7v1h-7z/);
  });

  it('refuses data beyond version 40', () => {
    assert.throws(() => qrMatrix('z'.repeat(2400)), RangeError);
  });
});
