// The VietQR code drawn as one SVG path: uqr (unjs, Nayuki's reference algorithm; ~4 KB gzip) encodes
// at error correction level M, we draw one `h` segment per dark run of a row. This module loads only
// when a VietQR transfer is shown, so gateway and counter payers never download the encoder.
import { encode } from 'uqr';

export interface QrPath {
  /** Modules per side, quiet zone included. */
  readonly size: number;
  /** The `d` of a path drawing the dark modules in a `0 0 size size` viewBox. */
  readonly d: string;
}

/** The QR code of `text` with a quiet zone of `border` modules; a RangeError beyond version 40. */
export function qrPath(text: string, border = 4): QrPath {
  const matrix = encode(text, { ecc: 'M', border: 0 }).data;
  const size = matrix.length + 2 * border;
  let d = '';
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < row.length && row[end + 1]) end++;
      d += `M${x + border} ${y + border}h${end - x + 1}v1h${x - end - 1}z`;
      x = end;
    }
  });
  return { size, d };
}
