// Module resolve hook (node:module register): '@open-wc/testing' → ./open-wc-testing.js.
const shim = new URL('./open-wc-testing.js', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === '@open-wc/testing') return { url: shim, shortCircuit: true };
  return next(specifier, context);
}
