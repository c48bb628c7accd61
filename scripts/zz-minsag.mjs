import { build } from 'esbuild';
import { PAGE_BUILD, lazyImportsStayOut, ROOT } from './page-sizes.js';
import { writeFileSync } from 'node:fs';
const r = await build({ ...PAGE_BUILD, metafile: true, plugins: [lazyImportsStayOut], stdin: { contents: "import './dist/klar-case.js';import './dist/klar-case-status.js';import './dist/klar-expectation-timeline.js';", resolveDir: ROOT, loader: 'js', sourcefile: 'page.js' } });
writeFileSync(process.argv[2], r.outputFiles[0].text);
const ins = r.metafile.outputs[Object.keys(r.metafile.outputs)[0]].inputs;
writeFileSync(process.argv[2] + '.json', JSON.stringify(Object.fromEntries(Object.entries(ins).map(([k, v]) => [k, v.bytesInOutput])), null, 1));
