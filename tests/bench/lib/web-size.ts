import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const SCRIPT = path.join(repoRoot, 'web', 'scripts', 'first-load-size.mjs');
const MANIFEST = path.join(repoRoot, 'web', 'dist', '.vite', 'manifest.json');

export interface FirstLoad {
  route: string;
  module: string;
  kb: number;
}

/**
 * JavaScript (gzip) a browser downloads before a route first renders, from the built client's
 * manifest by web/scripts/first-load-size.mjs (the entry's static imports plus the route's chunk).
 */
export async function firstLoadSizes(routes: { route: string; module: string }[]): Promise<FirstLoad[] | null> {
  if (!existsSync(MANIFEST)) return null;
  const results: FirstLoad[] = [];
  for (const { route, module } of routes) {
    // The script exits 1 above the budget; its output is still the figure.
    const stdout = await promisify(execFile)(process.execPath, [SCRIPT, module], { cwd: repoRoot }).then(
      (r) => r.stdout,
      (error: { stdout?: string }) => error.stdout ?? '',
    );
    const match = /First load of .*: ([\d.]+) KB/.exec(stdout);
    if (!match) throw new Error(`first-load-size.mjs printed no figure for ${module}:\n${stdout}`);
    results.push({ route, module, kb: Number(match[1]) });
  }
  return results;
}
