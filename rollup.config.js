// Two outputs:
//  1. dist/**/*.js — unbundled ESM, one file per source module, Lit external, with source
//     maps, so apps that bundle get tree-shaking (declarations come from `tsc -p tsconfig.build.json`).
//  2. dist/cdn/klar.js — one minified, self-contained file with Lit inside that registers
//     every element, for a <script type="module"> on a CMS page.
// TypeScript is transpiled with esbuild (fast, and TS 7's native compiler has no API for
// @rollup/plugin-typescript); type checking is `npm run typecheck`.
import { existsSync, readdirSync } from 'node:fs';
import { transform } from 'esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';

function typescript() {
  return {
    name: 'esbuild-ts',
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const out = await transform(code, {
        loader: 'ts',
        target: 'es2022',
        sourcemap: true,
        sourcefile: id,
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      });
      return { code: out.code, map: out.map };
    },
  };
}

function resolveTs() {
  // Sources import './x.js'; map that to './x.ts' when the .ts exists.
  return {
    name: 'resolve-ts',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const r = await this.resolve(source.slice(0, -3) + '.ts', importer, { ...options, skipSelf: true });
      return r ?? null;
    },
  };
}

const entries = [
  'src/index.ts',
  'src/core.ts',
  ...readdirSync('src')
    .filter((f) => /^klar-.*\.ts$/.test(f))
    .map((f) => `src/${f}`),
  ...readdirSync('src/adapters')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `src/adapters/${f}`),
  ...['src/ssr/index.ts', 'src/ssr/entry.ts', 'src/core/principles/sets/copenhagen-trust.ts'].filter((f) => existsSync(f)),
];

// The HTML minifier does not know that svg`` fragments are SVG: without keepClosingSlash it
// drops the "/" of <circle .../>, so the browser nests the next shape inside it and the icon
// loses its strokes. It also removed the leading space of html` <strong>…`, gluing words
// together; conservativeCollapse keeps one space wherever the source had whitespace, so the
// built elements read exactly like the source ones the tests and Storybook use.
const minifyTemplates = () =>
  literalsHtmlCssMinifier({ include: ['src/**/*.ts'], options: { minifyOptions: { keepClosingSlash: true, conservativeCollapse: true } } });

const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|react|react-dom)(\/|$)/.test(id);

export default [
  {
    input: entries,
    external: isLit,
    // Template literals (html``, css``) are minified in both outputs: every byte of CSS and
    // markup is paid by every page view.
    plugins: [resolveTs(), typescript(), minifyTemplates()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  {
    input: 'src/index.ts',
    // package.json's sideEffects names the dist files; the registering sources must be kept too.
    treeshake: { moduleSideEffects: (id) => !id.includes('/src/') || /\/src\/(index|klar-[^/]+)\.ts$/.test(id) },
    plugins: [
      resolveTs(),
      typescript(),
      minifyTemplates(),
      nodeResolve({ browser: true }),
      terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    // One file: the adapters that <klar-case format> loads on demand are inlined too.
    output: { file: 'dist/cdn/klar.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
  },
];
