// The tracker's CSS and its documentation agree: every public var() has a fallback (the tracker looks
// right without tokens.css), global tokens exist in core's tokens.css, the component's own tokens are
// exactly the ones the README documents, and every private --_dvc-* used is defined on :host (its own
// or core's host styles).
import { expect } from '@open-wc/testing';
import { hostStyles } from '@dvc/core';
import { dossierStyles } from '../src/dossier-view.styles.js';
import { styles } from '../src/status-tracker.styles.js';

// The lookup's styles and the dossier view's (adopted when the view loads).
const css = styles.cssText + dossierStyles.cssText;
const text = async (path: string) => (await fetch(path)).text();

describe('<dvc-status-tracker> tokens', () => {
  it('gives every public var() a fallback', () => {
    for (const m of css.matchAll(/var\(\s*(--dvc-[\w-]+)\s*([,)])/g)) expect(m[2], `${m[1]} has no fallback`).to.equal(',');
  });

  it('uses only global tokens that core defines', async () => {
    const tokens = await text('/packages/core/src/tokens.css');
    const used = new Set([...css.matchAll(/var\(\s*(--dvc-(?!status-tracker-)[\w-]+)/g)].map((m) => m[1]));
    expect(used.size).to.be.greaterThan(10);
    for (const name of used) expect(tokens, name).to.include(`${name}:`);
  });

  it('documents exactly the component tokens it uses', async () => {
    const readme = await text('/packages/status-tracker/README.md');
    const used = new Set([...css.matchAll(/var\(\s*(--dvc-status-tracker-[\w-]+)/g)].map((m) => m[1]));
    const documented = new Set([...readme.matchAll(/^\|\s*`(--dvc-status-tracker-[\w-]+)`/gm)].map((m) => m[1]));
    expect([...used].sort()).to.deep.equal([...documented].sort());
  });

  it('defines every private custom property it uses (itself or in core\'s host styles)', () => {
    const defined = new Set([...(css + hostStyles.cssText).matchAll(/(--_dvc-[\w-]+)\s*:/g)].map((m) => m[1]));
    for (const m of css.matchAll(/var\(\s*(--_dvc-[\w-]+)/g)) expect(defined.has(m[1]), m[1]).to.equal(true);
  });
});
