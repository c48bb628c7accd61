// Three outputs:
//  1. dist/**/*.js — unbundled ESM, one file per source module, Lit external, with source
//     maps, so apps that bundle get tree-shaking (declarations come from `tsc -p tsconfig.build.json`).
//  2. dist/cdn/klar.js — the loader for a <script type="module"> on a CMS page: a few hundred
//     bytes that import each element's chunk (dist/cdn/klar-<tag>.js, Lit and shared code in
//     dist/cdn/chunks/) when its tag appears, so a page pays only for what it uses.
//  3. dist/cdn/klar-all.js — one minified, self-contained file with Lit inside that registers
//     every element, for pages that want one request (English pages fetch one more file: the
//     English texts, dist/cdn/chunks/all-en-<hash>.js; a badge that shows its explanation one
//     more: the explanations; a <klar-case format="open311"> or "zgw" its adapter; see
//     onDemandChunks for the other rare paths).
// TypeScript is transpiled with esbuild (fast, and TS 7's native compiler has no API for
// @rollup/plugin-typescript); type checking is `npm run typecheck`.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import MagicString from 'magic-string';
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
  // The scoper, which no page imports (light-css.ts reads src/core/prescoped.ts in a build): for scripts/build-css.js.
  'src/core/scope-css.ts',
  ...['src/ssr/index.ts', 'src/ssr/entry.ts', 'src/core/principles/sets/copenhagen-trust.ts'].filter((f) => existsSync(f)),
];

// The HTML minifier does not know that svg`` fragments are SVG: without keepClosingSlash it
// drops the "/" of <circle .../>, so the browser nests the next shape inside it and the icon
// loses its strokes. It also removed the leading space of html` <strong>…`, gluing words
// together; conservativeCollapse keeps one space wherever the source had whitespace, so the
// built elements read exactly like the source ones the tests and Storybook use.
const minifyTemplates = () =>
  literalsHtmlCssMinifier({ include: ['src/**/*.ts'], options: { minifyOptions: { keepClosingSlash: true, conservativeCollapse: true } } });

/**
 * Scopes every stylesheet at build time (issue 15): each css`` is written as scope-css.ts's
 * `encodeCss` gives it, from which the browser only fills in the light-DOM or the shadow-root
 * form (src/core/light-css.ts), and light-css.ts's `encodeCss` becomes the identity
 * (src/core/prescoped.ts), so no page carries the scoper. Runs after the minifier, on the text
 * the page gets. Fails the build when a stylesheet has an interpolation, or when its shadow-root
 * form would not be its source exactly.
 */
const scoper = await (async () => {
  const contents = "export { encodeCss } from './src/core/scope-css.ts'; export { shadowCss } from './src/core/light-css.ts';";
  const out = await build({ stdin: { contents, resolveDir: '.', loader: 'js' }, bundle: true, write: false, format: 'esm', logLevel: 'silent' });
  return import(`data:text/javascript,${encodeURIComponent(out.outputFiles[0].text)}`);
})();
const escapeTemplate = (s) => s.replace(/[\\`]|\$\{|[\x00-\x1f]/g, (c) => (c.length > 1 ? '\\${' : c < ' ' ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\${c}`));
function prescopedStyles() {
  return {
    name: 'prescoped-styles',
    resolveId: {
      order: 'pre',
      handler: (source, importer) => (importer?.endsWith('/src/core/light-css.ts') && source === './scope-css.js' ? path.resolve('src/core/prescoped.ts') : null),
    },
    transform(code, id) {
      if (!id.includes('/src/') || !/\bcss`/.test(code)) return null;
      const s = new MagicString(code);
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
          const { quasis, expressions } = node.quasi;
          if (expressions.length) this.error(`${id}: a css\`\` with \${…} cannot be scoped at build time`);
          const text = quasis[0].value.cooked;
          if (/[\x01-\x07]/.test(text)) this.error(`${id}: a stylesheet holds a control character that marks the scoping (src/core/light-css.ts)`);
          const enc = scoper.encodeCss(text);
          if (scoper.shadowCss(enc) !== text) this.error(`${id}: the build's scoping cannot give this stylesheet back as written:\n${text}\n${scoper.shadowCss(enc)}`);
          s.overwrite(quasis[0].start, quasis[0].end, escapeTemplate(enc));
          return;
        }
        for (const v of Object.values(node)) for (const c of Array.isArray(v) ? v : [v]) if (c && typeof c === 'object') visit(c);
      };
      visit(this.parse(code));
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}

const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|react|react-dom)(\/|$)/.test(id);

// package.json's sideEffects names the dist files; the registering sources must be kept too.
const cdnTreeshake = { moduleSideEffects: (id) => !id.includes('/src/') || /\/src\/(index|klar-[^/]+)\.ts$/.test(id) };
const cdnPlugins = () => [
  resolveTs(),
  typescript(),
  minifyTemplates(),
  prescopedStyles(),
  nodeResolve({ browser: true }),
  terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/**
 * Writes dist/cdn/klar.css, the pre-upgrade and loading placeholders, from the same text the
 * loader adopts (src/core/placeholder.styles.ts), for pages to link before their first paint.
 */
function placeholderSheet() {
  return {
    name: 'placeholder-sheet',
    generateBundle() {
      const src = readFileSync('src/core/placeholder.styles.ts', 'utf8');
      const css = /export const placeholderCss = `([\s\S]*?)`;/.exec(src)?.[1];
      if (!css) this.error('src/core/placeholder.styles.ts: no placeholderCss template');
      this.emitFile({ type: 'asset', fileName: 'klar.css', source: `${css.trim()}\n` });
    },
  };
}

/**
 * How the CDN chunks are cut, so that a page makes few requests and fetches nothing it does not
 * use. Pages come in three kinds: "Min sag" (klar-case, -status, -timeline, and the list), the
 * feedback form and the badges. `lit` holds Lit and the core that all three kinds use (theme,
 * localize, the base class) or that the badge and "Min sag" use (the light-DOM base, headings);
 * what only the form and "Min sag" share (fetch, safe URLs, context) is `core-fm`, and what only
 * the badge and the form share `core-bf`: a badge page no longer fetches the fetch code (−3.4 KiB
 * brotli), "Min sag" pays +0.8 KiB for one more file. `principles` holds the principle registry
 * and texts (badge, list and form); `case` what the "Min sag" elements share among themselves
 * (case model, parseCase, schedule); everything else stays in its tag's chunk (Lit's directives
 * too), each adapter in its own, and the English texts in `lang-en` (a Danish page never
 * fetches it), the principles' English in `lang-en-principles` (only elements that show principles ask for it),
 * and their explanations in `explanations` and `lang-en-explanations` (fetched when a badge shows one).
 */
// The badge's panel (imported when a badge is opened) counts as the badge: what it imports stays where the badge's page finds it.
const KINDS = {
  m: ['klar-case', 'klar-case-list', 'klar-case-status', 'klar-expectation-timeline'],
  f: ['klar-feedback-form'],
  b: ['klar-principle-badge', 'principle-badge/principle-badge-panel'],
};
function cdnChunks(id, { getModuleInfo, getModuleIds }) {
  const lit = /\/node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(id);
  if (!lit && (!id.includes('/src/') || /\/src\/(klar-[^/]+|loader|index)\.ts$/.test(id) || id.includes('/src/adapters/'))) return undefined;
  // The hand-off event and the set name stay out: the feedback form imports the registry (and so this chunk) only when it shows the question.
  if (/\/src\/(core\/principles\/(?!feedback\.ts|types\.ts)|translations\/principles\.ts)/.test(id)) return 'principles';
  if (id.includes('/src/translations/principle-explanations.')) return 'explanations';
  if (id.includes('/src/translations/en/principle-explanations.')) return 'lang-en-explanations';
  if (id.includes('/src/translations/en/principles.')) return 'lang-en-principles';
  // The full and report modes' English texts, like their Danish ones, come when a form shows one of those modes.
  if (id.includes('/src/translations/en/feedback-form-modes.')) return 'lang-en-feedback-modes';
  // Likewise the English texts of what the form shows after the first input (feedback-more.ts).
  if (id.includes('/src/translations/en/feedback-form-more.')) return 'lang-en-feedback-more';
  // The form imports the fetch helpers only when it sends (feedback-sending.ts, a dynamic import that `reaches` does not
  // follow): they stay with what the form and "Min sag" share, so a send does not fetch the case chunk.
  if (id.endsWith('/src/core/http.ts')) return 'core-fm';
  if (id.includes('/src/translations/en/')) return 'lang-en';
  const users = (tags) => tags.filter((tag) => reaches(`/src/${tag}.ts`, id, getModuleInfo, getModuleIds)).length;
  const kinds = Object.keys(KINDS).filter((k) => users(KINDS[k]) > 0).sort().join('');
  if (kinds === 'bfm' || kinds === 'bm') return 'lit';
  if (kinds.length >= 2) return `core-${kinds}`;
  if (users(KINDS.m) >= 2) return 'case';
  return undefined;
}

const reachCache = new Map();
/** Whether the entry (a path ending) imports `id`, directly or through other static imports. */
function reaches(entryEnd, id, getModuleInfo, getModuleIds) {
  let set = reachCache.get(entryEnd);
  if (!set) {
    const entry = [...getModuleIds()].find((m) => m.endsWith(entryEnd));
    set = new Set();
    const stack = entry ? [entry] : [];
    while (stack.length) {
      const m = stack.pop();
      if (set.has(m)) continue;
      set.add(m);
      stack.push(...(getModuleInfo(m)?.importedIds ?? []));
    }
    reachCache.set(entryEnd, set);
  }
  return set.has(id);
}

/**
 * Fails the all-in-one build when a chunk beside klar-all.js imports anything: such a chunk would
 * import ../klar-all.js by its plain URL and so evaluate a second copy of the library on a page
 * that loaded klar-all.js?v=3. Lazily loaded modules that need the library stay inside it.
 */
function standaloneLazyChunks() {
  return {
    name: 'standalone-lazy-chunks',
    generateBundle(_, bundle) {
      for (const c of Object.values(bundle)) {
        if (c.type === 'chunk' && !c.isEntry && (c.imports.length || c.dynamicImports.length)) {
          this.error(`${c.fileName} imports ${[...c.imports, ...c.dynamicImports].join(', ')}: a chunk of klar-all.js must import nothing (see rollup.config.js).`);
        }
      }
    },
  };
}

/**
 * What klar-all.js imports on demand though it uses some of the rest of the library (issue 15:
 * rare paths on demand), as the loader and npm builds do: the Open311 and ZGW adapters (a
 * <klar-case format>), the .ics writer (a calendar link reached for), the step reader (a timeline
 * with <klar-step> children), the words for what a refresh changed (announce.ts), the principle
 * badge's panel (a badge reached for, a card) and what the feedback form shows and does after the
 * first input (its comment step, full and report modes, sending). Each group is a chunk of its own
 * (all-<group>-<hash>.js) that still imports nothing (see standaloneLazyChunks): what its modules
 * take from the rest (`core`: a module of src/ by its path, a package by its name) is listed here
 * and handed over by klar-all.js when the chunk arrives, so it works with this copy's parseCase
 * (a case an adapter makes passes toCase), Lit, texts and dates, and never imports klar-all.js.
 * The sources stay as they are:
 * - each module a group's importers load (`load`: module → the module that imports it) is a
 *   chunk entry (`\0on-demand:core/ics`): the module and `provide`, from a stand-in for what the
 *   group takes from the rest (`\0on-demand-core:ics`: `let` bindings that `provide` fills);
 * - the importer's `import('./ics.js')` becomes `onDemandChunk(import('\0on-demand:core/ics'))`,
 *   which calls `provide` with klar-all.js's own values before the module is used.
 * A binding is read when a function runs, not when the chunk is evaluated: a module whose top
 * level needs one (a css`` there) keeps that part in klar-all.js and takes the result (styles).
 * A module that imports anything else fails the build (standaloneLazyChunks, or "… is not exported by …").
 */
const ON_DEMAND = {
  open311: { load: { 'adapters/open311': 'adapters/index' }, core: { 'core/dates': ['normalizeDate', 'calendarDate'], 'core/parse-case': ['parseCase', 'CaseDataError'] } },
  zgw: {
    load: { 'adapters/zgw': 'adapters/index' },
    core: { 'core/dates': ['addDuration', 'calendarDate', 'normalizeDate', 'parseDuration', 'toInstant'], 'core/parse-case': ['parseCase', 'CaseDataError'] },
  },
  // ics.ts also re-exports calendar.ts's icsFileName.
  ics: { load: { 'core/ics': 'core/calendar' }, core: { 'core/dates': ['DEFAULT_TIME_ZONE', 'addDuration', 'calendarDate'], 'core/calendar': ['icsFileName'] } },
  'read-steps': { load: { 'expectation-timeline/read-steps': 'expectation-timeline/expectation-timeline' }, core: { 'core/parse-case': ['parseCase'], 'core/warn': ['warnOnce'] } },
  announce: { load: { 'expectation-timeline/announce': 'expectation-timeline/expectation-timeline' }, core: { lit: ['html'] } },
  'principle-badge-panel': {
    load: { 'principle-badge/principle-badge-panel': 'principle-badge/principle-badge' },
    core: {
      lit: ['html', 'nothing'],
      'lit/directives/if-defined.js': ['ifDefined'],
      'core/heading': ['heading', 'levelOf'],
      'core/principles/feedback': ['hasFeedbackReceiver', 'principleFeedbackEvent'],
      'core/principles/types': ['BUILT_IN_SET'],
      'principle-badge/principle-badge-panel.styles': ['panelStyles'],
    },
  },
  // The branches of a case few cases have (core/case-view.ts casePart), each with its Danish texts.
  decision: {
    load: { 'core/case-decision': 'core/case-view' },
    inside: ['translations/case-decision'],
    core: {
      lit: ['html', 'nothing'],
      'core/dates': ['deadlineDay'],
      'core/heading': ['heading'],
      'core/icons': ['icon'],
      'core/outcome': ['outcomeDetail', 'outcomeNextKey', 'outcomeTag'],
      'core/safe-url': ['safeUrl'],
      // A css`` at the chunk's top level needs Lit's css: klar-all.js keeps the decision's look and hands it over.
      'core/case-decision.styles': ['decisionStyles'],
    },
  },
  delay: {
    load: { 'core/case-delay': 'core/case-view' },
    inside: ['translations/case-delay'],
    core: {
      lit: ['html', 'nothing'],
      'core/dates': ['isOver'],
      'core/icons': ['icon'],
      'core/lead-text': ['leadSays'],
      'core/schedule': ['movedEarlier', 'noticeDelay'],
    },
  },
  waiting: {
    load: { 'core/case-waiting': 'core/case-view' },
    inside: ['translations/case-waiting'],
    core: { lit: ['html', 'nothing'], 'core/icons': ['icon'] },
  },
  handoff: {
    load: { 'core/case-handoff': 'core/case-view' },
    inside: ['translations/case-handoff'],
    core: { lit: ['html', 'nothing'], 'core/icons': ['icon'] },
  },
  // The case consumer of a feedback form inside a <klar-case> (a form alone carries no context code).
  'feedback-case': {
    load: { 'feedback-form/feedback-case': 'feedback-form/feedback-form' },
    core: { '@lit/context': ['ContextConsumer'], 'core/context': ['caseContext'] },
  },
  // What the feedback form shows and does after the first input, as one file: the comment step and the
  // notices (feedback-more.ts), the full and report modes' questions (which build on it) and sending.
  feedback: {
    load: {
      'feedback-form/feedback-more': 'feedback-form/feedback-more-lazy',
      'feedback-form/feedback-modes': 'feedback-form/feedback-modes-lazy',
      'feedback-form/feedback-sending': 'feedback-form/feedback-form',
    },
    inside: ['feedback-form/feedback-submitter', 'feedback-form/feedback-send', 'feedback-form/feedback-questions', 'feedback-form/answer-days', 'feedback-form/hint-beside'],
    core: {
      lit: ['html', 'nothing'],
      'core/draft-storage': ['DraftController'],
      'core/notice-icons': ['CLOCK', 'ERROR', 'INFO', 'REFRESH', 'WARNING', 'drawIcon'],
      'core/pii-lazy': ['mayHoldCpr', 'mayHoldCprDeep', 'piiNow', 'loadPii', 'withoutCpr'],
      'core/fire': ['fire'],
      // The form's own first paint names its draft with it: it stays in klar-all.js (inside the group,
      // klar-all.js imported the whole chunk at its top for these few lines).
      'feedback-form/uuid': ['uuid'],
      'core/warn': ['oneOf', 'warnOnce'],
      'core/number-in': ['numberIn'],
      'core/heading': ['levelOf'],
      'core/safe-url': ['isEmail', 'mailtoHref', 'phoneParts'],
      'core/case-lang': ['caseTextLang', 'markedMessage'],
      'core/principles/types': ['BUILT_IN_SET'],
      'core/http': ['fetchTextWithRetry', 'HttpError', 'RefusedResponse', 'sleep'],
      // Also in klar-all.js's own exports (buildPayload), with the CPR detector it uses.
      'core/pii': ['redactCpr', 'redactCprDeep'],
      'feedback-form/feedback-payload': ['buildPayload', 'contentFingerprint'],
      'core/phone': ['phoneOf'],
      'feedback-form/feedback-form.types': ['FIRST_FIELD', 'FREE_TEXT_FIELDS', 'MAX_TEXT', 'MAX_WHERE', 'PII_POLICIES', 'RATINGS', 'controlOf'],
      'feedback-form/feedback-more.styles': ['moreStyles'],
      // The quick question's first paint needs none of the state tokens; what comes after does.
      'core/state-tokens': ['stateTokens'],
      // The hand-off from a badge (requestFeedback) asks for the registry and the full questions.
      'feedback-form/feedback-principles': ['principleRegistry'],
      'feedback-form/feedback-modes-lazy': ['feedbackModes'],
    },
  },
};
/** A module of src/ ('core/dates'), or a package ('lit'). */
const SRC = fileURLToPath(new URL('./src/', import.meta.url));
const srcFile = (m) => (existsSync(`${SRC}${m}.ts`) ? `${SRC}${m}.ts` : undefined);
/** The group a module of src/ belongs to: one it loads, or one inside it. */
const groupOf = (mod) => Object.keys(ON_DEMAND).find((g) => mod in ON_DEMAND[g].load || ON_DEMAND[g].inside?.includes(mod));
function onDemandChunks() {
  const rel = (id) => id.startsWith(SRC) && id.endsWith('.ts') && id.slice(SRC.length, -3);
  const names = (g) => Object.values(ON_DEMAND[g].core).flat();
  return {
    name: 'on-demand-chunks',
    resolveId: {
      order: 'pre',
      handler(source, importer) {
        if (/^\0on-demand(-core)?(:|$)/.test(source)) return source;
        // A module of a group importing the rest: the stand-in that klar-all.js fills.
        const g = importer && rel(importer) && groupOf(rel(importer));
        if (!g) return null;
        const target = source.startsWith('.') ? rel(path.resolve(path.dirname(importer), source.replace(/\.js$/, '.ts'))) : source;
        return target in ON_DEMAND[g].core ? `\0on-demand-core:${g}` : null;
      },
    },
    load(id) {
      if (id === '\0on-demand') {
        const imports = {};
        for (const { core } of Object.values(ON_DEMAND)) for (const [m, n] of Object.entries(core)) imports[m] = [...new Set([...(imports[m] ?? []), ...n])];
        return [
          ...Object.entries(imports).map(([m, n]) => `import { ${n.join(', ')} } from ${JSON.stringify(srcFile(m) ?? m)};`),
          // Read when a chunk arrives, not when this module is evaluated (an importer may come first in the bundle's order).
          `export const onDemandChunk = (loading) => loading.then((m) => (m.provide({ ${Object.values(imports).flat().join(', ')} }), m));`,
        ].join('\n');
      }
      const [, core, key] = /^\0on-demand(-core)?:(.+)$/.exec(id) ?? [];
      if (!key) return null;
      const n = core && names(key).join(', ');
      // Two copies of klar-all.js on a page share the chunk: the first to load it keeps it (the second registers no element).
      if (core) return `export let ${n || '_'};\nlet given = false;\nexport function provide(core) {\n  if (given) return;\n  given = true;\n  ${n ? `({ ${n} } = core);` : ''}\n}\n`;
      return `export * from ${JSON.stringify(srcFile(key))};\nexport { provide } from '\\0on-demand-core:${groupOf(key)}';\n`;
    },
    transform: {
      order: 'post',
      handler(code, id) {
        const from = rel(id);
        const mods = Object.values(ON_DEMAND).flatMap((g) => Object.entries(g.load).filter(([, f]) => f === from).map(([m]) => m));
        if (!mods.length) return null;
        let out = code;
        for (const mod of mods) {
          const spec = `./${path.relative(path.dirname(from), mod)}.js`.replace(/^\.\/\.\.\//, '../');
          const re = new RegExp(`\\bimport\\((["'])${spec.replace(/[.]/g, '\\.')}\\1\\)`, 'g');
          if (!re.test(out)) this.error(`${from}.ts: no import('${spec}') to load on demand (rollup.config.js ON_DEMAND)`);
          out = out.replace(re, `onDemandChunk(import("\\0on-demand:${mod}"))`);
        }
        // At the end, so the lines above keep their place in the source map.
        return { code: `${out}\nimport { onDemandChunk } from "\\0on-demand";\n`, map: null };
      },
    },
  };
}

/** The chunk of klar-all.js a module goes to: its on-demand group, or klar-all.js itself. */
function allInOneChunk(id) {
  const v = /^\0on-demand(-core)?:(.+)$/.exec(id);
  const mod = id.startsWith(SRC) && id.slice(SRC.length, -3);
  const g = v ? (v[1] ? v[2] : groupOf(v[2])) : mod && groupOf(mod);
  if (g) return g;
  // Texts, the event stream and the takeover of a server render import nothing: each stays a chunk of its own, named by rollup.
  return /\/src\/(translations\/(en\/|feedback-form-(modes|more)\.|principle-explanations\.)|case\/case-events\.|core\/ssr-takeover\.)/.test(id) ? undefined : 'klar-all';
}

// The CDN folder is rebuilt from scratch: chunk names carry content hashes, and integrity.json
// and the CMS page list every file in it, so no chunk of an older build may stay behind.
rmSync('dist/cdn', { recursive: true, force: true });

export default [
  {
    input: entries,
    external: isLit,
    // The principle modules are kept for their names, as package.json's sideEffects says (the
    // icons are svg`` calls rollup cannot prove pure; builtin's registering of where the
    // explanations load from goes with the registry that imports it): without this rollup left a
    // bare `import './core/principles/icons.js'` beside the named one, which an app's bundler warned
    // of (integrator review, stop 54). Listing them in sideEffects instead kept the principles in an
    // app that imports parseCase alone (5 KiB became 14).
    treeshake: { moduleSideEffects: (id) => !/\/src\/core\/principles\/(icons|promise-icon|builtin)\.ts$/.test(id) },
    // Template literals (html``, css``) are minified in both outputs: every byte of CSS and
    // markup is paid by every page view.
    plugins: [resolveTs(), typescript(), minifyTemplates(), prescopedStyles()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  {
    // The loader (klar.js) and one chunk per tag it imports on demand: Lit and what several
    // elements share land in shared chunks, fetched once. The adapters stay separate chunks too.
    input: { klar: 'src/loader.ts' },
    treeshake: cdnTreeshake,
    plugins: [...cdnPlugins(), placeholderSheet()],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      // Per-tag chunks keep the tag's name (klar-case.js); shared ones carry a content hash.
      chunkFileNames: (c) => (c.isDynamicEntry && /^klar-/.test(c.name) ? '[name].js' : 'chunks/[name]-[hash].js'),
      manualChunks: cdnChunks,
    },
  },
  {
    input: { 'klar-all': 'src/index.ts' },
    treeshake: cdnTreeshake,
    plugins: [onDemandChunks(), ...cdnPlugins(), standaloneLazyChunks()],
    // One file for one request: every element inside. Only texts, the event stream and the
    // modules of onDemandChunks (adapters, .ics writer, step reader, news, badge panel) stay files of their own: the English ones
    // (dist/cdn/chunks/all-en-<hash>.js, fetched when a page reads English): a Danish page does
    // not pay for them (−2.8 KiB brotli); so do the feedback form's full and report texts (in
    // both languages, fetched when a form shows one of those modes), its texts for what it shows
    // after the first input (fetched then, or when a state needs them) and the principles'
    // explanations in Danish (all-principle-explanations-<hash>.js, fetched when a badge shows
    // one, like the English ones: −0.7 KiB for every page that opens no badge), and the event
    // stream of a <klar-case events-src> (all-case-events-<hash>.js, fetched when a case has one),
    // and each module of onDemandChunks (all-open311-<hash>.js, …, fetched when used). They import
    // nothing, so the file still works when a page loads it as klar-all.js?v=3 (a chunk importing
    // ../klar-all.js would evaluate a second copy of the library). Everything else is kept in
    // klar-all.js by manualChunks.
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/all-[name]-[hash].js',
      manualChunks: allInOneChunk,
    },
  },
];
