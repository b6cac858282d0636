// The styling contract of the finder and the procedure page (core/test/styling-contract.ts).
import { readFileSync } from 'node:fs';
import { describeStylingContract } from '../../core/test/styling-contract.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const finder = read('../src/procedure-finder.ts');
const detail = read('../src/procedure-detail.ts');
const shared = { styles: read('../src/shared.styles.ts'), templates: read('../src/shared.ts') };

describeStylingContract(read('../README.md'), [
  {
    name: 'dvc-procedure-finder', prefix: '--dvc-procedure-finder-', source: finder,
    styles: read('../src/procedure-finder.styles.ts') + shared.styles, templates: finder + shared.templates,
  },
  {
    name: 'dvc-procedure-detail', prefix: '--dvc-procedure-detail-', source: detail,
    styles: read('../src/procedure-detail.styles.ts') + shared.styles, templates: detail + shared.templates,
  },
]);
