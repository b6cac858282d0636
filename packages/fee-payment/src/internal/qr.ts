// A QR code as one SVG path (uqr: Nayuki's encoder, ESM, no canvas): each dark run of a row is one
// `h` segment, which keeps the markup small and the edges crisp at any size.
import { encode } from 'uqr';

export interface QrPath {
  /** Modules per side, quiet zone included. */
  readonly size: number;
  /** The `d` of a path drawing the dark modules in a `0 0 size size` viewBox. */
  readonly d: string;
}

export function qrPath(text: string, border = 4): QrPath {
  const { data, size } = encode(text, { ecc: 'M', border });
  let d = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < size && row[end + 1]) end++;
      d += `M${x} ${y}h${end - x + 1}v1h${x - end - 1}z`;
      x = end;
    }
  });
  return { size, d };
}
