import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import '../src/tokens.css';
import { examples } from '../examples.js';

interface ConfigArgs {
  baseUrl: string;
  lang: 'vi' | 'en' | '';
}

const meta: Meta<ConfigArgs> = {
  title: 'Core/Configuration',
  component: 'dvc-config',
  args: { baseUrl: 'https://dichvucong.example.gov.vn/api/v1', lang: 'vi' },
  argTypes: {
    baseUrl: { control: 'text', name: 'base-url' },
    lang: { control: 'inline-radio', options: ['vi', 'en', ''] },
  },
  render: ({ baseUrl, lang }) => html`<dvc-config base-url=${ifDefined(baseUrl || undefined)} lang=${ifDefined(lang || undefined)}>
    <dvc-example-config-probe></dvc-example-config-probe>
  </dvc-config>`,
};
export default meta;

type Story = StoryObj<ConfigArgs>;

/** `<dvc-config>` gives the components inside it a backend and a language; change the controls. */
export const Playground: Story = {};

export const English: Story = { render: examples.english.render };

/** An inner `<dvc-config>` inherits the outer base URL; the element's own `base-url` beats both. */
export const Nested: Story = { render: examples.nested.render };

/** With nothing configured, a component shows what is missing. */
export const Unconfigured: Story = { render: examples.unconfigured.render };

/** The `--dvc-*` custom properties defined on `:root` by tokens.css, in stylesheet order. */
function rootTokens(): string[] {
  const names = new Set<string>();
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a cross-origin stylesheet
    }
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule && rule.selectorText.startsWith(':root')) {
        for (const name of Array.from(rule.style)) if (name.startsWith('--dvc-')) names.add(name);
      }
    }
  }
  return [...names];
}

function swatches(names: string[]): TemplateResult {
  const byPrefix = (prefix: string) => names.filter((name) => name.startsWith(prefix));
  return html`
    <h3>Colours</h3>
    <ul class="grid">
      ${[...byPrefix('--dvc-color-'), '--dvc-focus-ring-color'].map((name) => html`<li>
        <span class="chip" style="background: var(${name})"></span>
        <code>${name}</code>
      </li>`)}
    </ul>
    <h3>Space</h3>
    <ul>
      ${byPrefix('--dvc-space-').map((name) => html`<li>
        <span class="bar" style="inline-size: var(${name})"></span>
        <code>${name}</code>
      </li>`)}
    </ul>
    <h3>Radius</h3>
    <ul class="grid">
      ${byPrefix('--dvc-radius-').map((name) => html`<li>
        <span class="chip outline" style="border-radius: var(${name})"></span>
        <code>${name}</code>
      </li>`)}
    </ul>
    <h3>Type</h3>
    <ul>
      ${byPrefix('--dvc-font-size-').map((name) => html`<li style="font-size: var(${name})">Đăng ký khai sinh <code>${name}</code></li>`)}
    </ul>
    <h3>Focus and target</h3>
    <button class="target" type="button">Nút 44 px (Tab để thấy viền focus)</button>`;
}

const tokenStyles = html`<style>
  .tokens { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; }
  .theme {
    padding: 1rem; color: var(--dvc-color-text); background: var(--dvc-color-surface);
    border: var(--dvc-border-width) solid var(--dvc-color-border); border-radius: var(--dvc-radius-l);
    font-family: var(--dvc-font-family);
  }
  .theme ul { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; gap: 0.5rem; }
  .theme ul.grid { grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); }
  .theme li { display: flex; align-items: center; gap: 0.5rem; }
  .chip { inline-size: 2.5rem; block-size: 2.5rem; border: 1px solid var(--dvc-color-border); flex: none; }
  .chip.outline { background: var(--dvc-color-surface-raised); border-width: 2px; }
  .bar { block-size: 1rem; background: var(--dvc-color-brand); flex: none; }
  .target {
    min-block-size: var(--dvc-target-size); min-inline-size: var(--dvc-target-size); padding: 0 var(--dvc-space-m);
    color: var(--dvc-color-brand-contrast); background: var(--dvc-color-brand); border: 0; border-radius: var(--dvc-radius-m);
    font: inherit;
  }
  .target:focus-visible {
    outline: var(--dvc-focus-ring-width) solid var(--dvc-focus-ring-color); outline-offset: var(--dvc-focus-ring-offset);
    box-shadow: 0 0 0 calc(var(--dvc-focus-ring-width) + var(--dvc-focus-ring-offset)) var(--dvc-color-text);
  }
</style>`;

/** Every global token as a swatch, side by side in the default and the high-contrast theme. */
export const DesignTokens: Story = {
  name: 'Design tokens',
  parameters: { controls: { disable: true } },
  render: () => {
    const names = rootTokens();
    return html`${tokenStyles}
      <div class="tokens">
        <section class="theme" data-dvc-theme="default" aria-labelledby="tokens-default">
          <h2 id="tokens-default">Default</h2>
          ${swatches(names)}
        </section>
        <section class="theme" data-dvc-theme="high-contrast" aria-labelledby="tokens-high">
          <h2 id="tokens-high">High contrast</h2>
          ${swatches(names)}
        </section>
      </div>`;
  },
};
