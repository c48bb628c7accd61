// Generates, from custom-elements.json (the manifest `npm run analyze` writes) and the TypeScript
// types of the element classes, straight into dist/ (nothing generated is committed or kept in src/):
//   dist/react/index.js, index.d.ts           typed React wrappers (@lit/react) with onKlarXxx event props
//   dist/react/node.js                        what Node loads for klar-elements/react (install hint)
//   dist/types/jsx.d.ts                       React 19 JSX intrinsic elements (for using the tags directly)
//   dist/types/vue.d.ts                       Vue GlobalComponents
//   dist/types/svelte.d.ts                    Svelte svelteHTML.IntrinsicElements (Svelte 4 and 5)
//   dist/editor/vscode.html-custom-data.json  VS Code html custom data
//   dist/editor/web-types.json                JetBrains web-types
// Run: node scripts/generate-integrations.js  (npm run build runs it after rollup and tsc).
// `--check` fails when a file in dist/ differs from what the manifest gives (a stale build; used in tests).
// `--manifest <file>` reads another manifest (default ./custom-elements.json).
//
// Why the TypeScript checker as well as the manifest: the analyzer writes attribute types as the
// source spells them (`FeedbackMode`, `StepState`), and event types only where a JSDoc tag names
// them. The checker resolves those aliases to their string literals (for editor completion), and
// every event's type is taken from GlobalEventHandlersEventMap, which each src/klar-*.ts declares.
// The generated declarations then point at the classes (`KlarFeedbackForm['mode']`,
// `GlobalEventHandlersEventMap['klar-feedback-sent']`), so they cannot drift from the source.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const argv = process.argv.slice(2);
const check = argv.includes('--check');
const manifestPath = argv.includes('--manifest') ? argv[argv.indexOf('--manifest') + 1] : 'custom-elements.json';
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

// ---------------------------------------------------------------------------------------------
// Elements from the manifest.
const elements = [];
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (d.kind !== 'class' || !d.customElement || !d.tagName || !d.tagName.startsWith('klar-')) continue;
    elements.push({ ...d, modulePath: mod.path });
  }
}
elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
if (!elements.length) problems.push(`${manifestPath} names no klar-* element (does each class have a @tagname JSDoc tag?)`);

const isPublic = (m) => !m.privacy || m.privacy === 'public';
const attributesOf = (el) => (el.attributes ?? []).filter((a) => a.name && !a.name.startsWith('_'));
/** Public, writable instance fields: what a framework may set as a property. */
const propertiesOf = (el) =>
  (el.members ?? []).filter((m) => m.kind === 'field' && isPublic(m) && !m.static && !m.readonly && !m.name.startsWith('_'));
const eventsOf = (el) => {
  const seen = new Set();
  return (el.events ?? []).filter((e) => e.name && !seen.has(e.name) && seen.add(e.name));
};

// ---------------------------------------------------------------------------------------------
// Types from the TypeScript checker.
const registeringFile = (tag) => path.resolve('src', `${tag}.ts`);
for (const el of elements) {
  if (!existsSync(registeringFile(el.tagName))) problems.push(`<${el.tagName}> has no registering module src/${el.tagName}.ts`);
}
const tsconfig = ts.getParsedCommandLineOfConfigFile('tsconfig.json', { types: [] }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const indexFile = path.resolve('src/index.ts');
const roots = [indexFile, ...elements.map((el) => registeringFile(el.tagName)).filter(existsSync)];
const program = ts.createProgram(roots, { ...(tsconfig?.options ?? {}), types: [], noEmit: true });
const checker = program.getTypeChecker();

const moduleExports = (file) => {
  const sf = program.getSourceFile(file);
  const sym = sf && checker.getSymbolAtLocation(sf);
  return sym ? checker.getExportsOfModule(sym) : [];
};
const indexExports = new Set(moduleExports(indexFile).map((s) => s.name));

/** The instance type of an element class, from its registering module. */
const instanceType = (el) => {
  const sym = moduleExports(registeringFile(el.tagName)).find((s) => s.name === el.name);
  if (!sym) {
    problems.push(`src/${el.tagName}.ts does not export ${el.name}`);
    return undefined;
  }
  const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
  return checker.getDeclaredTypeOfSymbol(target);
};

/** 'boolean' | 'number' | 'string' | { enum: string[] } | 'other', ignoring undefined and null. */
function kindOf(type) {
  const parts = (type.isUnion() ? type.types : [type]).filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
  if (!parts.length) return 'other';
  if (parts.every((t) => t.flags & ts.TypeFlags.BooleanLike)) return 'boolean';
  if (parts.every((t) => t.flags & ts.TypeFlags.NumberLike)) return 'number';
  // Sorted: the checker orders a union by when it met each literal, which other code can change.
  if (parts.every((t) => t.isStringLiteral())) return { enum: parts.map((t) => t.value).sort() };
  if (parts.every((t) => t.flags & ts.TypeFlags.StringLike)) return 'string';
  return 'other';
}

let eventMap;
{
  const sf = program.getSourceFile(indexFile);
  const sym = sf && checker.getSymbolsInScope(sf, ts.SymbolFlags.Interface).find((s) => s.name === 'GlobalEventHandlersEventMap');
  eventMap = sym && checker.getDeclaredTypeOfSymbol(sym);
}
/** The detail type of a declared event, as text for documentation. */
function eventDetail(name) {
  const prop = eventMap?.getProperty(name);
  if (!prop) return undefined;
  const type = checker.getTypeOfSymbol(prop);
  const detail = type.getProperty('detail');
  return detail ? checker.typeToString(checker.getTypeOfSymbol(detail), undefined, ts.TypeFormatFlags.NoTruncation) : 'null';
}

for (const el of elements) {
  const type = instanceType(el);
  const kind = (name) => {
    const p = name && type?.getProperty(name);
    return p ? kindOf(checker.getTypeOfSymbol(p)) : 'other';
  };
  el.attrs = attributesOf(el).map((a) => ({ ...a, kind: kind(a.fieldName) }));
  el.props = propertiesOf(el).filter((m) => type?.getProperty(m.name));
  el.evts = eventsOf(el).map((e) => {
    const detail = eventDetail(e.name);
    if (detail === undefined) problems.push(`<${el.tagName}> fires ${e.name}, which no module declares in GlobalEventHandlersEventMap (declare it in src/${el.tagName}.ts)`);
    return { ...e, detail };
  });
  // Types come from the package root when it exports the class, else from the element's own entry.
  if (indexExports.has(el.name)) el.from = pkg.name;
  else {
    const entry = Object.entries(pkg.exports ?? {}).find(([, v]) => (typeof v === 'string' ? v : v?.default) === `./dist/${el.tagName}.js`);
    if (entry) el.from = `${pkg.name}/${entry[0].replace(/^\.\//, '')}`;
    else problems.push(`${el.name} is neither exported from src/index.ts nor has an entry in package.json exports`);
  }
}

if (problems.length) {
  console.error(`generate-integrations: cannot generate:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Helpers for the outputs.
const pascal = (s) => s.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const eventProp = (name) => `on${pascal(name)}`;
const doc = (s) => (s ? s.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim() : '');
const summary = (el) => doc(el.summary ?? el.description) || `<${el.tagName}>`;
const jsdoc = (indent, text) => (text ? `${indent}/** ${text} */\n` : '');
const q = (s) => `'${s}'`;
const header = `// Generated by scripts/generate-integrations.js from custom-elements.json. Do not edit.\n`;
const evType = (name) => `GlobalEventHandlersEventMap['${name}']`;

/** The type of an attribute written as markup: a string, a number, a flag or one of a few words. */
const attrValueType = (a) => {
  if (a.kind === 'boolean') return 'boolean';
  if (a.kind === 'number') return 'number | `${number}`';
  if (typeof a.kind === 'object') return a.kind.enum.map(q).join(' | ');
  return 'string';
};

/** Members of an element's own props: properties by their names and types, attributes by theirs. */
function ownMembers(el, indent, { attributes = true } = {}) {
  const lines = [];
  const names = new Set();
  for (const p of el.props) {
    names.add(p.name);
    lines.push(jsdoc(indent, doc(p.description)) + `${indent}${p.name}?: ${el.name}['${p.name}'];`);
  }
  if (attributes) {
    for (const a of el.attrs) {
      if (names.has(a.name)) continue;
      names.add(a.name);
      lines.push(jsdoc(indent, doc(a.description)) + `${indent}'${a.name}'?: ${attrValueType(a)};`);
    }
  }
  return { text: lines.join('\n'), names };
}

const typeImports = (name = (el) => el.name) => {
  const byFrom = new Map();
  for (const el of elements) byFrom.set(el.from, [...(byFrom.get(el.from) ?? []), name(el)]);
  return [...byFrom].map(([from, names]) => `import type { ${names.join(', ')} } from '${from}';`);
};

const out = new Map();

// ---------------------------------------------------------------------------------------------
// React wrappers: JavaScript for dist/react/index.js (its imports are relative, to the element
// modules beside it in dist/) and its declarations (types from the package by name, like the
// typings below, so they resolve wherever the package is installed).
{
  const js = [header, `import * as React from 'react';`, `import { createComponent } from '@lit/react';`];
  for (const el of elements) js.push(`import { ${el.name} as ${el.name}Element } from '../${el.tagName}.js';`);
  js.push('');
  const dts = [header, `import type { EventName, ReactWebComponent } from '@lit/react';`, ...typeImports((el) => `${el.name} as ${el.name}Element`), ''];
  for (const el of elements) {
    const events = el.evts.map((e) => `${e.description ? `${doc(e.description)} ` : ''}\`${eventProp(e.name)}\` ← \`${e.name}\`.`);
    dts.push(`/**`, ` * ${summary(el)}`, ...(events.length ? [' *', ...events.map((e) => ` * ${e}`)] : []), ` */`);
    const eventTypes = el.evts.map((e) => `  ${eventProp(e.name)}: EventName<${evType(e.name)}>;`);
    dts.push(`export declare const ${el.name}: ReactWebComponent<${el.name}Element, {${eventTypes.length ? `\n${eventTypes.join('\n')}\n` : ''}}>;`, '');
    js.push(`export const ${el.name} = createComponent({`);
    js.push(`  tagName: '${el.tagName}',`);
    js.push(`  elementClass: ${el.name}Element,`);
    js.push(`  react: React,`);
    js.push(`  displayName: '${el.name}',`);
    js.push(`  events: {${el.evts.map((e) => `\n    ${eventProp(e.name)}: '${e.name}',`).join('')}${el.evts.length ? '\n  ' : ''}},`);
    js.push(`});`, '');
  }
  out.set('dist/react/index.js', js.join('\n'));
  out.set('dist/react/index.d.ts', dts.join('\n'));

  // What Node loads for klar-elements/react (package.json "exports", condition "node"): the
  // wrappers above, once @lit/react and react are known to be installed (both optional peers);
  // without them, one line says what to install. Bundlers take the wrappers directly and name a
  // missing package in their own resolve error.
  const names = elements.map((el) => el.name).join(', ');
  out.set(
    'dist/react/node.js',
    [
      header + `import { importPeer } from '../core/peer.js';`,
      `export const { ${names} } = await importPeer('klar-elements/react', ['@lit/react', 'react'], () => import('./index.js'));`,
      '',
    ].join('\n'),
  );
}

// React 19 JSX: the tags themselves. React 19 sets a prop as a property when the element has it
// (`case={…}`), else as an attribute (`heading-level="2"`), and `on<event-name>` adds a listener.
{
  const lines = [header, `import type { DetailedHTMLProps, HTMLAttributes } from 'react';`, ...typeImports(), ''];
  for (const el of elements) {
    const own = ownMembers(el, '  ');
    const evts = el.evts.map((e) => `  'on${e.name}'?: (event: ${evType(e.name)}) => void;`);
    lines.push(`interface ${el.name}JsxProps {`, own.text, ...evts, '}', '');
  }
  lines.push(`declare module 'react' {`, `  namespace JSX {`, `    interface IntrinsicElements {`);
  for (const el of elements) {
    lines.push(jsdoc('      ', summary(el)) + `      '${el.tagName}': Omit<DetailedHTMLProps<HTMLAttributes<${el.name}>, ${el.name}>, keyof ${el.name}JsxProps> & ${el.name}JsxProps;`);
  }
  lines.push('    }', '  }', '}', '');
  out.set('dist/types/jsx.d.ts', lines.join('\n'));
}

// Vue: templates write attributes in kebab-case and Vue matches them to camelCase props, and
// `@klar-case-change` to an `onKlarCaseChange` prop; Vue sets properties on custom elements
// that have them. Tell Vue the tags are custom elements (compilerOptions.isCustomElement).
{
  const lines = [header, ...typeImports(), ''];
  for (const el of elements) {
    const own = ownMembers(el, '  ', { attributes: false });
    const extra = el.attrs
      .filter((a) => !own.names.has(a.fieldName) && !own.names.has(a.name))
      .map((a) => jsdoc('  ', doc(a.description)) + `  '${a.name}'?: ${attrValueType(a)};`);
    const evts = el.evts.map((e) => `  ${eventProp(e.name)}?: (event: ${evType(e.name)}) => void;`);
    lines.push(`interface ${el.name}VueProps {`, ...[own.text, ...extra].filter(Boolean), ...evts, '}', '');
  }
  lines.push(`declare module 'vue' {`, `  interface GlobalComponents {`);
  for (const el of elements) lines.push(jsdoc('    ', summary(el)) + `    '${el.tagName}': import('vue').DefineComponent<${el.name}VueProps>;`);
  lines.push('  }', '}', '', 'export {};', '');
  out.set('dist/types/vue.d.ts', lines.join('\n'));
}

// Svelte: like JSX (properties when the element has them, else attributes); events as
// `on:klar-x` (Svelte 4) and `onklar-x` (Svelte 5).
{
  const lines = [header, `import type { HTMLAttributes } from 'svelte/elements';`, ...typeImports(), ''];
  for (const el of elements) {
    const own = ownMembers(el, '  ');
    const evts = el.evts.flatMap((e) => [
      `  'on:${e.name}'?: (event: ${evType(e.name)}) => void;`,
      `  'on${e.name}'?: (event: ${evType(e.name)}) => void;`,
    ]);
    lines.push(`interface ${el.name}SvelteProps {`, own.text, ...evts, '}', '');
  }
  lines.push(`declare global {`, `  namespace svelteHTML {`, `    interface IntrinsicElements {`);
  for (const el of elements) {
    lines.push(jsdoc('      ', summary(el)) + `      '${el.tagName}': Omit<HTMLAttributes<${el.name}>, keyof ${el.name}SvelteProps> & ${el.name}SvelteProps;`);
  }
  lines.push('    }', '  }', '}', '', 'export {};', '');
  out.set('dist/types/svelte.d.ts', lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------
// Editor data.
const markdownDoc = (el) =>
  [
    doc(el.summary) || doc(el.description),
    ...(el.evts.length ? ['', '**Events**', ...el.evts.map((e) => `- \`${e.name}\` (detail \`${e.detail}\`): ${doc(e.description)}`)] : []),
    ...(el.slots?.length ? ['', '**Slots**', ...el.slots.map((s) => `- ${s.name ? `\`${s.name}\`` : '(default)'}: ${doc(s.description)}`)] : []),
    ...(el.cssParts?.length ? ['', '**CSS parts**', ...el.cssParts.map((p) => `- \`${p.name}\`: ${doc(p.description)}`)] : []),
    ...(el.cssProperties?.length ? ['', '**CSS custom properties**', ...el.cssProperties.map((p) => `- \`${p.name}\`: ${doc(p.description)}`)] : []),
  ].join('\n');

{
  const data = {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tagName,
      description: { kind: 'markdown', value: markdownDoc(el) },
      attributes: el.attrs.map((a) => ({
        name: a.name,
        description: doc(a.description),
        ...(a.kind === 'boolean' ? { valueSet: 'v' } : {}),
        ...(typeof a.kind === 'object' ? { values: a.kind.enum.map((name) => ({ name })) } : {}),
      })),
    })),
  };
  out.set('dist/editor/vscode.html-custom-data.json', JSON.stringify(data, null, 2) + '\n');

  // Defaults as a person would type them: 'klar' → klar, 15_000 → 15000; '' and undefined say nothing.
  const shownDefault = (d) => (d === undefined ? '' : /^[\d_.]+$/.test(d) ? d.replace(/_/g, '') : d.replace(/^'(.*)'$/, '$1'));
  const webType = (a) => (typeof a.kind === 'object' ? a.kind.enum.map(q).join(' | ') : a.kind === 'other' ? 'string' : a.kind);
  const webTypes = {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    framework: 'lit',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tagName,
          description: markdownDoc(el),
          attributes: el.attrs.map((a) => ({
            name: a.name,
            description: doc(a.description),
            ...(shownDefault(a.default) ? { default: shownDefault(a.default) } : {}),
            // With js-types-syntax typescript, a union of string literals completes as its words.
            value: a.kind === 'boolean' ? { kind: 'no-value', type: 'boolean' } : { kind: 'plain', type: webType(a) },
          })),
          slots: (el.slots ?? []).map((s) => ({ name: s.name, description: doc(s.description) })),
          js: {
            properties: el.props.map((p) => ({ name: p.name, description: doc(p.description), ...(p.type?.text ? { type: p.type.text } : {}) })),
            events: el.evts.map((e) => ({ name: e.name, description: `${doc(e.description)} Detail: \`${e.detail}\`.`.trim() })),
          },
          css: {
            parts: (el.cssParts ?? []).map((p) => ({ name: p.name, description: doc(p.description) })),
            properties: (el.cssProperties ?? []).map((p) => ({ name: p.name, description: doc(p.description) })),
          },
        })),
      },
    },
  };
  out.set('dist/editor/web-types.json', JSON.stringify(webTypes, null, 2) + '\n');
}

// ---------------------------------------------------------------------------------------------
const stale = [];
for (const [file, content] of out) {
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== content) stale.push(file);
    continue;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}
if (check && stale.length) {
  console.error(`Generated integrations are out of date (run node scripts/generate-integrations.js): ${stale.join(', ')}`);
  process.exit(1);
}
console.log(`${check ? 'checked' : 'generated'} integrations for ${elements.length} elements: ${elements.map((e) => e.tagName).join(', ')}`);
