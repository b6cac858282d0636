// The widget's styling contract (core/test/styling-contract.ts).
import { readFileSync } from 'node:fs';
import { describeStylingContract } from '../../core/test/styling-contract.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const element = read('../src/fee-payment.ts');

describeStylingContract(read('../README.md'), [
  { name: 'dvc-fee-payment', prefix: '--dvc-fee-payment-', styles: read('../src/fee-payment.styles.ts'), source: element, templates: element, boundParts: ['notice', 'error'] },
]);
