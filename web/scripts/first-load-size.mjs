/* eslint-disable no-console -- a command-line report */
// Prints the JavaScript a browser downloads before a route first renders: the entry's static
// imports plus the route module's chunk and its imports, gzip-compressed (DESIGN §8: < 250 KB).
// Usage: node web/scripts/first-load-size.mjs [route-module-suffix]   (after `npm run build -w web`)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const route = process.argv[2] ?? 'src/app/routes/home-route.tsx';
const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, 'utf8'));

const keys = new Set();
const visit = (key) => {
  if (keys.has(key) || !manifest[key]) return;
  keys.add(key);
  for (const dep of manifest[key].imports ?? []) visit(dep);
};
visit('index.html');
const routeKey = Object.keys(manifest).find((key) => key.endsWith(route));
if (!routeKey) {
  console.error(`No chunk for ${route} in the manifest.`);
  process.exit(1);
}
visit(routeKey);

let total = 0;
const rows = [...keys].map((key) => {
  const file = manifest[key].file;
  const gzip = gzipSync(readFileSync(dist + file), { level: 9 }).length;
  total += gzip;
  return { file, gzipKB: +(gzip / 1024).toFixed(2) };
});
console.table(rows.sort((a, b) => b.gzipKB - a.gzipKB));
console.log(`First load of ${route}: ${(total / 1024).toFixed(1)} KB of JavaScript (gzip).`);
if (total > 250 * 1024) process.exitCode = 1;
