import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown, so the tables in the MDX pages render as tables.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // The case documents <klar-case> stories fetch: it reads http(s) URLs only (no data: URLs).
  staticDirs: [{ from: '../test/fixtures', to: '/fixtures' }],
  async viteFinal(config) {
    // The library uses TypeScript's legacy decorators (tsconfig experimentalDecorators);
    // tell Vite's transformer the same, so stories run the same code as the build.
    return {
      ...config,
      oxc: { ...(typeof config.oxc === 'object' ? config.oxc : {}), decorator: { legacy: true } },
      esbuild: { tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } },
    } as typeof config;
  },
};
export default config;
