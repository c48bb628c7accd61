// `npm run analyze` (cem analyze --config scripts/cem.config.mjs) reads this file.
// Lit gives a `state: true` property no attribute (ReactiveElement.createProperty sets
// `attribute: false`), so the elements do not say `attribute: false` beside it (bytes on every
// page). The analyzer's Lit support does not know that and listed each as an attribute, in the
// manifest and in everything generated from it (typings, wrappers, editor data, Storybook). Every
// such field is private or protected: an attribute for one of those is never public API.
/** Module-level constants' initializers by name (null: two modules differ), read while the analyzer walks the sources. */
const constants = new Map();

/** An arithmetic expression of numbers (`1024 * 1024`, `15_000`) as its value; anything else undefined. */
function numberOf(/** @type {string} */ text) {
  const t = text.replace(/_/g, '').trim();
  if (!/^[\d\s.*+\-/()]+$/.test(t)) return undefined;
  const n = Function(`"use strict"; return (${t});`)();
  return Number.isFinite(n) ? n : undefined;
}

/** The unit a description gives its number in, as the tables write it. */
const UNITS = [
  [/\bmilliseconds\b/i, 'ms'],
  [/\bseconds\b/i, 's'],
  [/\bworking days\b/i, 'working days'],
  [/\bbytes\b/i, 'bytes'],
];

/** `DEFAULT_HEARTBEAT` → `45 s`, `15_000` → `15000 ms`; other text (strings, booleans) unchanged. */
function readableDefault(/** @type {string} */ text, /** @type {string | undefined} */ description) {
  const constant = constants.get(text.trim());
  // Only a constant that is a number or a quoted string stands in for its name (not an object or a call).
  const source = constant && (numberOf(constant) !== undefined || /^(['"])[^'"]*\1$/.test(constant)) ? constant : text;
  const n = numberOf(source);
  if (n === undefined) return source;
  const unit = UNITS.find(([re]) => re.test(description ?? ''))?.[1];
  return unit ? `${n} ${unit}` : String(n);
}

export default {
  plugins: [
    {
      name: 'klar-state-has-no-attribute',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (!d.attributes) continue;
            const hidden = new Set((d.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
            d.attributes = d.attributes.filter((a) => !hidden.has(a.fieldName));
          }
        }
      },
    },
    {
      // Defaults as an integrator reads them in the API tables, editors and Storybook: the
      // analyzer writes a field's initializer as source text, so the tables said
      // `DEFAULT_HEARTBEAT`, `DEFAULT_MAX_BYTES` and `15_000`. A name of a constant of the
      // package becomes that constant's value (`1024 * 1024` worked out), digit separators go,
      // and a number whose description says its unit (milliseconds, seconds, working days,
      // bytes) carries it: `45 s`, `15000 ms`, `1048576 bytes`.
      name: 'klar-defaults-as-values',
      analyzePhase({ ts, node }) {
        // Module-level constants only; a name two modules give different values is left as it is.
        if (!ts.isVariableStatement(node) || !ts.isSourceFile(node.parent)) return;
        for (const d of node.declarationList.declarations) {
          if (!ts.isIdentifier(d.name) || !d.initializer) continue;
          const value = d.initializer.getText();
          const seen = constants.get(d.name.text);
          constants.set(d.name.text, seen === undefined || seen === value ? value : null);
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (!d.tagName) continue;
            for (const x of [...(d.attributes ?? []), ...(d.members ?? [])]) {
              if (typeof x.default === 'string') x.default = readableDefault(x.default, x.description);
            }
          }
        }
      },
    },
  ],
};
