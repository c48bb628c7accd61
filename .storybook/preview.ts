import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { addons } from 'storybook/preview-api';
import { GLOBALS_UPDATED } from 'storybook/internal/core-events';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import './storybook-themes.css';
import './docs-lang.css';

/**
 * The public API only: members that are private or protected, or whose names start with `_`,
 * and static members never reach the controls and args tables (designers and integrators read
 * these tables as the element's API).
 */
type Member = { name?: string; privacy?: string; static?: boolean; kind?: string };
const isPublic = (m: Member) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name?.startsWith('_');
const publicManifest = {
  ...manifest,
  modules: (manifest as { modules: { declarations?: { members?: Member[] }[] }[] }).modules.map((mod) => ({
    ...mod,
    declarations: mod.declarations?.map((d) => (d.members ? { ...d, members: d.members.filter(isPublic) } : d)),
  })),
};
setCustomElementsManifest(publicManifest);

// The docs pages hold their guidance twice, in <div lang="da"> and <div lang="en">: the toolbar's
// language is written on <html>, where docs-lang.css shows that block only. Set from every globals
// update (the preview sends one when a page opens and when the toolbar changes), not from a
// decorator: a page without stories (the introduction) runs none.
addons.getChannel().on(GLOBALS_UPDATED, ({ globals }: { globals: { lang?: string } }) => {
  document.documentElement.dataset.klarDocsLang = globals.lang === 'en' ? 'en' : 'da';
});

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
      // Docs pages render many stories in a page whose <html lang> Storybook owns: a wrapper with
      // the toolbar's language makes every story follow it there too (elements read the nearest lang).
      return html`<div lang=${lang}>${story()}</div>`;
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
