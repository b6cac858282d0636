// Code 128 of a dossier code (Circular 01/2018 lets agencies print it as a barcode), encoded by
// jsbarcode's CODE128 encoder alone (automatic A/B/C switching) and drawn by us as SVG bars: none of
// jsbarcode's other formats or renderers end up in the bundle.
import * as code128Module from 'jsbarcode/bin/barcodes/CODE128/CODE128_AUTO.js';

interface Encoder {
  valid(): boolean;
  encode(): { data: string; text: string };
}
type EncoderClass = new (data: string, options: object) => Encoder;

// CommonJS interop: the class is `default` (bundlers) or `default.default` (Node's CJS wrapper).
const mod = code128Module as unknown as { default?: EncoderClass | { default: EncoderClass } };
const CODE128 = (typeof mod.default === 'function' ? mod.default : mod.default?.default) as EncoderClass;

/** The modules (1 = bar, 0 = space) of `text` in Code 128, quiet zones excluded; undefined when it cannot be encoded. */
export function code128Modules(text: string): string | undefined {
  if (!text) return undefined;
  try {
    const encoder = new CODE128(text, {});
    return encoder.valid() ? encoder.encode().data : undefined;
  } catch {
    return undefined;
  }
}

/** Runs of bars as [start, width] in modules, for drawing `<rect>`s. */
export function barsOf(modules: string): [number, number][] {
  const bars: [number, number][] = [];
  for (let i = 0; i < modules.length; ) {
    if (modules[i] === '1') {
      let j = i;
      while (modules[j] === '1') j++;
      bars.push([i, j - i]);
      i = j;
    } else i++;
  }
  return bars;
}
