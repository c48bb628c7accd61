// `npm run analyze` (cem analyze --config scripts/cem.config.mjs) reads this file.
// Lit gives a `state: true` property no attribute (ReactiveElement.createProperty sets
// `attribute: false`), so the elements do not say `attribute: false` beside it (bytes on every
// page). The analyzer's Lit support does not know that and listed each as an attribute, in the
// manifest and in everything generated from it (typings, wrappers, editor data, Storybook). Every
// such field is private or protected: an attribute for one of those is never public API.
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
  ],
};
