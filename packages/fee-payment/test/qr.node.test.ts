// The VietQR drawing: the SVG path, read back module by module, is exactly uqr's matrix (with its quiet
// zone), for VietQR payloads of every length a dossier can produce.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encode } from 'uqr';
import { buildVietQr } from '../src/format/vietqr.js';
import { qrPath } from '../src/internal/qr.js';

/** The dark modules a path of `M x y h n v1 h -n z` segments paints. */
function paint(size: number, d: string): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, n] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(n); i++) {
      assert.equal(grid[Number(y)][Number(x) + i], false, 'a module painted twice');
      grid[Number(y)][Number(x) + i] = true;
    }
  }
  return grid;
}

const reference = (text: string) => encode(text, { ecc: 'M', border: 4 }).data;

describe('VietQR drawing', () => {
  it('paints exactly the encoder\'s modules for both DOMAIN.md vectors', () => {
    for (const payload of [
      '00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E',
      '00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA53037045405500005802VN62450125000.00.01.H29-260310-04200812LE PHI HO SO630476B9',
    ]) {
      const { size, d } = qrPath(payload);
      assert.deepEqual(paint(size, d), reference(payload));
    }
  });

  it('paints payloads of many lengths exactly, across versions', () => {
    for (let n = 1; n <= 60; n++) {
      const payload = buildVietQr({
        bankBin: '970436', accountNumber: String(10 ** (n % 12)).padStart(n % 19 + 1, '7'), amount: n * 1000,
        billNumber: `000.00.01.H29-2603${String(n).padStart(2, '0')}-04${n % 10}`, purpose: n % 2 ? 'LE PHI HO SO' : 'le phi ho so',
      });
      const { size, d } = qrPath(payload);
      assert.deepEqual(paint(size, d), reference(payload), payload);
    }
  });

  it('draws a path with a 4-module quiet zone, M level (version 1 for a short text)', () => {
    const { size, d } = qrPath('HELLO');
    assert.equal(size, 21 + 8);
    assert.match(d, /^M4 4h7v1h-7z/);
  });

  it('refuses data beyond version 40', () => {
    assert.throws(() => qrPath('z'.repeat(2400)), RangeError);
  });
});
