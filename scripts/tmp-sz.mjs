import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ stdin: { contents: "export { evaluate } from './dist/index.js';", resolveDir: process.cwd(), sourcefile: 'e.mjs' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, external: ['zod','dinero.js'] });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k,v])=>[k,v.bytesInOutput]).sort((a,b)=>b[1]-a[1]);
for (const [k,v] of rows.slice(0,40)) console.log(String(v).padStart(7), k);
console.log('total min', r.outputFiles[0].contents.length, 'gz', gzipSync(r.outputFiles[0].contents,{level:9}).length);
