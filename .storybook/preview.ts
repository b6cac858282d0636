import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import customElements from '../custom-elements.json' with { type: 'json' };
import '../packages/core/src/tokens.css';
import '../examples/brand-2/brand.css';
import '../packages/elements/src/index.js';

// Controls and docs come from the manifest that `npm run analyze` generates from the JSDoc.
setCustomElementsManifest(customElements);

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Ngôn ngữ / Language',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'vi', title: 'Tiếng Việt' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
    theme: {
      description: 'Theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: [{ value: 'default', title: 'Default' }, { value: 'lam-dong', title: 'Second brand (Lâm Đồng)' }, { value: 'high-contrast', title: 'High contrast' }], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'vi', theme: 'default' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.lang ?? 'vi';
      const theme = context.globals.theme as string | undefined;
      if (theme && theme !== 'default') document.documentElement.dataset.dvcTheme = theme;
      else delete document.documentElement.dataset.dvcTheme;
      return story();
    },
  ],
  parameters: { controls: { expanded: true } },
};
export default preview;
