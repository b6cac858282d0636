// The styling contract of the form and the receipt: every var() of a public token has a fallback (they
// look right with no dvc CSS), core tokens they use exist, the component tokens they use are exactly
// the ones their JSDoc (@cssprop) and the README list, and every part they render is documented.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const readme = read('../README.md');
const tokensCss = read('../../core/src/tokens.css');
// The form's templates live in the element, its review and its widget files; its JSDoc in the element.
const formSource = read('../src/service-form.ts');
const widgetFiles = readdirSync(new URL('../src/widgets/', import.meta.url)).sort().map((f) => `../src/widgets/${f}`);
const formTemplates = [formSource, read('../src/review.ts'), ...widgetFiles.map(read)].join('\n');
const receiptSource = read('../src/dossier-receipt.ts');
const elements = [
  { name: 'dvc-service-form', prefix: '--dvc-service-form-', styles: read('../src/service-form.styles.ts'), source: formSource, templates: formTemplates },
  { name: 'dvc-dossier-receipt', prefix: '--dvc-dossier-receipt-', styles: receiptSource, source: receiptSource, templates: receiptSource },
];

for (const { name, prefix, styles, source, templates } of elements) {
  describe(`<${name}> tokens and parts`, () => {
    it('gives every public var() a fallback and uses only core tokens that exist', () => {
      for (const match of styles.matchAll(/var\(\s*(--[\w-]+)\s*([,)])/g)) {
        const token = match[1];
        if (token.startsWith('--_dvc-')) {
          assert.ok(styles.includes(`${token}:`), `${token} is used but never set`);
          continue;
        }
        assert.equal(match[2], ',', `${token} has no fallback`);
        if (!token.startsWith(prefix)) assert.ok(tokensCss.includes(`${token}:`), `${token} is not a core token`);
      }
    });

    it('documents exactly the component tokens it uses, in the JSDoc and the README', () => {
      const escaped = prefix.replace(/-/g, '\\-');
      const used = new Set([...styles.matchAll(new RegExp(`var\\(\\s*(${escaped}[\\w-]+)`, 'g'))].map((m) => m[1]));
      const jsdoc = new Set([...source.matchAll(new RegExp(`@cssprop \\[(${escaped}[\\w-]+)=`, 'g'))].map((m) => m[1]));
      const table = new Set([...readme.matchAll(new RegExp(`^\\| \`(${escaped}[\\w-]+)\` \\|`, 'gm'))].map((m) => m[1]));
      assert.ok(used.size > 0);
      assert.deepEqual([...jsdoc].sort(), [...used].sort());
      assert.deepEqual([...table].sort(), [...used].sort());
    });

    it('documents every part it renders', () => {
      // Lit templates (`part="…"`) and native fields built with attribute objects (`part: '…'`).
      const rendered = new Set([...templates.matchAll(/part(?:="|: ')([\w\s~-]+)['"]/g)].flatMap((m) => m[1].split(/\s+/)));
      const documented = new Set([...source.matchAll(/@csspart (\w[\w-]*)/g)].map((m) => m[1]));
      for (const part of rendered) assert.ok(documented.has(part), `part "${part}" is undocumented`);
      for (const part of documented) assert.ok(rendered.has(part), `part "${part}" is documented but never rendered`);
    });
  });
}
