import { rollup } from 'rollup';
import configs from '../rollup.config.js';
const c = configs[1];
const plugins = c.plugins.filter((p) => p.name !== 'terser').map((p) => p.name === 'resolve-ts' ? { ...p, async resolveId(s, i, o) { const r = await p.resolveId.call(this, s, i, o); return r ? { ...r, moduleSideEffects: null } : r; } } : p);
const bundle = await rollup({ ...c, plugins });
const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
console.log((output[0].code.match(/define\(\s*['"]klar-[a-z-]+/g) || []));
