import { rollup } from 'rollup';
import configs from '../rollup.config.js';
const c = configs[1];
const seen = [];
const orig = c.treeshake.moduleSideEffects;
const bundle = await rollup({ ...c, plugins: c.plugins.filter((p) => p.name !== 'terser'), treeshake: { moduleSideEffects: (id, ext) => { const r = orig(id, ext); if (id.includes('klar-')) seen.push([id, r]); return r; } } });
const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
console.log(seen);
console.log((output[0].code.match(/define\(\s*['"]klar-[a-z-]+/g) || []).slice(0, 10));
