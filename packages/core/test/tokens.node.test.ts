// tokens.css, the README table and the components' CSS must agree.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const css = readFileSync(join(pkg, 'src/tokens.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const readme = readFileSync(join(pkg, 'README.md'), 'utf8');

/** The declarations of the first rule whose selector starts with `selector`. */
function block(selector: string): Map<string, string> {
  const start = css.indexOf(selector);
  assert.ok(start >= 0, `no ${selector} rule in tokens.css`);
  const open = css.indexOf('{', start);
  const body = css.slice(open + 1, css.indexOf('}', open));
  return new Map([...body.matchAll(/(--dvc-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

const root = block(":root,\n[data-dvc-theme='default'] {");
// The second brand of examples/brand-2: a theme made only of tokens (also in Storybook's switcher).
const brandCss = readFileSync(join(pkg, '../../examples/brand-2/brand.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const brand2 = new Map([...brandCss.matchAll(/(--dvc-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
const highContrast = block("[data-dvc-theme='high-contrast'] {");
const prefersMore = block(":root:not([data-dvc-theme='default']) {");

/** Rows of the README token table: name → [default, high contrast]. */
const documented = new Map(
  [...readme.matchAll(/^\|\s*`(--dvc-[\w-]+)`\s*\|\s*`([^`]+)`\s*\|\s*(?:`([^`]+)`|—)\s*\|/gm)]
    .map((m) => [m[1], [m[2], m[3]] as const]),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('design tokens', () => {
  it('defines every documented token and documents every defined one', () => {
    assert.ok(root.size > 20, 'tokens.css seems empty');
    const undocumented = [...root.keys()].filter((name) => !documented.has(name));
    const undefinedTokens = [...documented.keys()].filter((name) => !root.has(name));
    assert.deepEqual(undocumented, [], 'tokens missing from the README table');
    assert.deepEqual(undefinedTokens, [], 'README documents tokens tokens.css does not define');
  });

  it('documents the values tokens.css really has', () => {
    for (const [name, [value, contrast]] of documented) {
      assert.equal(value, root.get(name), `default of ${name}`);
      assert.equal(contrast, highContrast.get(name), `high-contrast value of ${name}`);
    }
  });

  it('overrides only defined tokens in the themes, the same way for the attribute and the media query', () => {
    for (const name of highContrast.keys()) assert.ok(root.has(name), `${name} is not a :root token`);
    assert.deepEqual([...prefersMore], [...highContrast]);
  });

  it('themes the second brand with defined tokens only', () => {
    assert.ok(brand2.size > 10, 'examples/brand-2/brand.css seems empty');
    for (const name of brand2.keys()) assert.ok(root.has(name), `${name} (examples/brand-2/brand.css) is not a token`);
  });

  it('uses every documented token in some component, and only documented global tokens anywhere', () => {
    const packages = join(pkg, '..');
    const sources = readdirSync(packages).filter((p) => p !== 'server')
      .flatMap((p) => { try { return sourceFiles(join(packages, p, 'src')); } catch { return []; } });
    const used = new Set<string>();
    for (const file of sources) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/var\(\s*(--dvc-[\w-]+)/g)) {
        used.add(name);
        if (/^--dvc-(color|focus|font|line|space|radius|border|target|motion|shadow)-?/.test(name)) {
          assert.ok(root.has(name), `${name} (in ${file}) is not a documented token`);
        }
      }
    }
    assert.deepEqual([...root.keys()].filter((name) => !used.has(name)), [], 'documented tokens no component uses');
  });

  it('uses only --dvc-<category>-<role> names', () => {
    for (const name of root.keys()) assert.match(name, /^--dvc-[a-z]+(?:-[a-z0-9]+)+$/);
  });

  it('gives every var() in the core sources a fallback, and uses only documented global tokens', () => {
    for (const file of sourceFiles(join(pkg, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/var\(\s*(--[\w-]+)\s*([,)])/g)) {
        assert.equal(match[2], ',', `${match[1]} has no fallback in ${file}`);
        const name = match[1];
        if (name.startsWith('--dvc-') && /^--dvc-(color|focus|font|line|space|radius|border|target|motion|shadow)-?/.test(name)) {
          assert.ok(root.has(name), `${name} (in ${file}) is not a documented token`);
        }
      }
    }
  });
});

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

for (const [theme, values] of [['default', root], ['high contrast', new Map([...root, ...highContrast])], ['second brand', new Map([...root, ...brand2])]] as const) {
  describe(`colour contrast (${theme})`, () => {
    const get = (name: string) => values.get(`--dvc-color-${name}`)!;
    for (const fg of ['text', 'text-muted', 'brand', 'danger', 'success', 'warning', 'info']) {
      it(`${fg} is at least 4.5:1 on both surfaces`, () => {
        for (const bg of ['surface', 'surface-raised']) {
          assert.ok(contrast(get(fg), get(bg)) >= 4.5, `${fg} on ${bg}: ${contrast(get(fg), get(bg)).toFixed(2)}`);
        }
      });
    }
    it('brand-contrast is at least 4.5:1 on brand, border at least 3:1 on the surfaces', () => {
      assert.ok(contrast(get('brand-contrast'), get('brand')) >= 4.5);
      assert.ok(contrast(get('border'), get('surface')) >= 3);
      assert.ok(contrast(get('border'), get('surface-raised')) >= 3);
    });
  });
}
