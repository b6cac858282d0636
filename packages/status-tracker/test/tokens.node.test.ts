// The tracker's styling contract (core/test/styling-contract.ts): its lookup and its dossier view.
import { readFileSync } from 'node:fs';
import { describeStylingContract } from '../../core/test/styling-contract.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const element = read('../src/status-tracker.ts');

describeStylingContract(read('../README.md'), [
  {
    name: 'dvc-status-tracker', prefix: '--dvc-status-tracker-', source: element,
    styles: read('../src/status-tracker.styles.ts') + read('../src/dossier-view.styles.ts'),
    templates: element + read('../src/dossier-view.ts'),
  },
]);
