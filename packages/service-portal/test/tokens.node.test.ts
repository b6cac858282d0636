// The portal's styling contract (core/test/styling-contract.ts).
import { readFileSync } from 'node:fs';
import { describeStylingContract } from '../../core/test/styling-contract.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const element = read('../src/service-portal.ts');

describeStylingContract(read('../README.md'), [
  { name: 'dvc-service-portal', prefix: '--dvc-service-portal-', styles: read('../src/service-portal.styles.ts'), source: element, templates: element },
]);
