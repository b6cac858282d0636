// The widget's styling contract: every var() of a public token has a fallback (it looks right with no
// dvc CSS), and the component tokens it uses are exactly the ones its JSDoc (@cssprop) and README list.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const styles = read('../src/fee-payment.styles.ts');
const element = read('../src/fee-payment.ts');
const readme = read('../README.md');
const tokensCss = read('../../core/src/tokens.css');
// The private shorthands (--_dvc-*) are set in the widget's styles or in core's host styles.
const privateDefinitions = styles + read('../../core/src/styles.ts');

describe('fee-payment tokens', () => {
  it('gives every public var() a fallback and uses only global tokens that exist', () => {
    for (const match of styles.matchAll(/var\(\s*(--[\w-]+)\s*([,)])/g)) {
      const name = match[1];
      if (name.startsWith('--_dvc-')) {
        assert.ok(privateDefinitions.includes(`${name}:`), `${name} is used but never set`);
        continue;
      }
      assert.equal(match[2], ',', `${name} has no fallback`);
      if (!name.startsWith('--dvc-fee-payment-')) assert.ok(tokensCss.includes(`${name}:`), `${name} is not a core token`);
    }
  });

  it('documents exactly the component tokens it uses', () => {
    const used = new Set([...styles.matchAll(/var\(\s*(--dvc-fee-payment-[\w-]+)/g)].map((m) => m[1]));
    const jsdoc = new Set([...element.matchAll(/@cssprop \[(--dvc-fee-payment-[\w-]+)=/g)].map((m) => m[1]));
    const table = new Set([...readme.matchAll(/^\| `(--dvc-fee-payment-[\w-]+)` \|/gm)].map((m) => m[1]));
    assert.deepEqual([...jsdoc].sort(), [...used].sort());
    assert.deepEqual([...table].sort(), [...used].sort());
  });

  it('documents every part it renders', () => {
    const rendered = new Set([...element.matchAll(/part="([\w\s-]+)"/g)].flatMap((m) => m[1].split(/\s+/)));
    rendered.add('notice').add('error'); // rendered through a binding
    const documented = new Set([...element.matchAll(/@csspart (\w[\w-]*)/g)].map((m) => m[1]));
    const buttonKinds = /@csspart button - .*\(also ([^)]*)\)/.exec(element)![1].match(/`([\w-]+)`/g)!.map((s) => s.slice(1, -1));
    for (const part of rendered) assert.ok(documented.has(part) || buttonKinds.includes(part), `part "${part}" is undocumented`);
  });
});
