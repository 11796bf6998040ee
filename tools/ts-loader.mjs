// Runs the project's TypeScript directly in Node (benchmarks and fault drills): registers
// module hooks that map ESM-style `./x.js` imports to `./x.ts` and transform TypeScript with swc,
// the same transform jest uses. Usage: node --conditions=source --import ./tools/ts-loader.mjs file.ts
import { register } from 'node:module';

register('./ts-loader-hooks.mjs', import.meta.url);
