// The styling contract of the form and the receipt (core/test/styling-contract.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { describeStylingContract } from '../../core/test/styling-contract.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
// The form's templates live in the element, its review and its widget files; its JSDoc in the element.
const formSource = read('../src/service-form.ts');
const widgetFiles = readdirSync(new URL('../src/widgets/', import.meta.url)).sort().map((f) => `../src/widgets/${f}`);
const receiptSource = read('../src/dossier-receipt.ts');

describeStylingContract(read('../README.md'), [
  {
    name: 'dvc-service-form', prefix: '--dvc-service-form-', styles: read('../src/service-form.styles.ts'), source: formSource,
    templates: [formSource, read('../src/review.ts'), ...widgetFiles.map(read)].join('\n'),
  },
  { name: 'dvc-dossier-receipt', prefix: '--dvc-dossier-receipt-', styles: receiptSource, source: receiptSource, templates: receiptSource },
]);
