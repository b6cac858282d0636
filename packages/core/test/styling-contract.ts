// The styling contract every component keeps with themers, checked the same way in each package's
// tokens.node.test.ts: every var() of a public token has a fallback (it looks right with no dvc CSS),
// the core tokens it uses exist, the component tokens it uses are exactly the ones its JSDoc
// (@cssprop) and its README list, and the parts it renders are exactly the ones its JSDoc (@csspart) lists.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const coreFile = (path: string) => readFileSync(new URL(`../src/${path}`, import.meta.url), 'utf8');
const tokensCss = coreFile('tokens.css');
/** Core's host styles set private shorthands (--_dvc-*) every component may use; a component may set its own (--_*). */
const coreStyles = coreFile('styles.ts');

export interface StyledElement {
  /** The tag, e.g. `dvc-service-form`. */
  name: string;
  /** Its own tokens' prefix, e.g. `--dvc-service-form-`. */
  prefix: string;
  /** The text of its styles (every file they come from). */
  styles: string;
  /** The file with its JSDoc (@cssprop, @csspart). */
  source: string;
  /** The text of every file that renders its parts. */
  templates: string;
  /** Parts set through a binding (`part=${…}`), which the template scan cannot see. */
  boundParts?: readonly string[];
}

/**
 * The parts JSDoc names: each @csspart, and the kinds its description lists in backticks
 * (e.g. "every button (also `pay`, `retry`)" documents `pay` and `retry` too).
 */
function documentedParts(source: string): { main: Set<string>; all: Set<string> } {
  const main = new Set<string>();
  const all = new Set<string>();
  for (const [, part, text] of source.matchAll(/@csspart (\w[\w-]*) - (.*)/g)) {
    main.add(part);
    all.add(part);
    for (const [, kind] of text.matchAll(/`([\w-]+)`/g)) all.add(kind);
  }
  return { main, all };
}

/** Describes the contract of each element of a package whose README is `readme`. */
export function describeStylingContract(readme: string, elements: readonly StyledElement[]): void {
  for (const { name, prefix, styles, source, templates, boundParts = [] } of elements) {
    describe(`<${name}> tokens and parts`, () => {
      it('gives every public var() a fallback and uses only core tokens that exist', () => {
        for (const [, token, after] of styles.matchAll(/var\(\s*(--[\w-]+)\s*([,)])/g)) {
          if (token.startsWith('--_')) {
            assert.ok(styles.includes(`${token}:`) || coreStyles.includes(`${token}:`), `${token} is used but never set`);
            continue;
          }
          assert.equal(after, ',', `${token} has no fallback`);
          if (!token.startsWith(prefix)) assert.ok(tokensCss.includes(`${token}:`), `${token} is not a core token`);
        }
      });

      it('documents exactly the component tokens it uses, in the JSDoc and the README', () => {
        const escaped = prefix.replace(/-/g, '\\-');
        const used = new Set([...styles.matchAll(new RegExp(`var\\(\\s*(${escaped}[\\w-]+)`, 'g'))].map((m) => m[1]));
        const jsdoc = new Set([...source.matchAll(new RegExp(`@cssprop \\[(${escaped}[\\w-]+)=`, 'g'))].map((m) => m[1]));
        const table = new Set([...readme.matchAll(new RegExp(`^\\| \`(${escaped}[\\w-]+)\` \\|`, 'gm'))].map((m) => m[1]));
        assert.ok(used.size > 0, `${name} uses none of its own tokens`);
        assert.deepEqual([...jsdoc].sort(), [...used].sort(), 'JSDoc @cssprop');
        assert.deepEqual([...table].sort(), [...used].sort(), 'README table');
      });

      it('documents exactly the parts it renders', () => {
        // Lit templates (`part="…"`) and native DOM built with attribute objects (`part: '…'`).
        const rendered = new Set([...templates.matchAll(/part(?:="|: ')([\w\s~-]+)(?=['"$])/g)].flatMap((m) => m[1].split(/\s+/)).filter(Boolean));
        for (const part of boundParts) rendered.add(part);
        const { main, all } = documentedParts(source);
        for (const part of rendered) assert.ok(all.has(part), `part "${part}" is undocumented`);
        for (const part of main) assert.ok(rendered.has(part), `part "${part}" is documented but never rendered`);
      });
    });
  }
}
