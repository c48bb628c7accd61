import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import './storybook-themes.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Sprog / Language',
        icon: 'globe',
        items: [
          { value: 'da', title: 'Dansk' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme (custom properties set at :root)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'dark', title: 'Dark' },
          { value: 'city', title: 'City brand (example)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'da', theme: 'default' },
  decorators: [
    (story, context) => {
      const { lang, theme } = context.globals as { lang: string; theme: string };
      document.documentElement.setAttribute('lang', lang);
      document.documentElement.dataset.klarTheme = theme;
      return html`${story()}`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};
export default preview;
