import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const isRepoRoot = (dir: string) => {
  const pkg = path.join(dir, 'package.json');
  return existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'tumor-board';
};

/** The repository root, found by walking up from this file (works from src/ and from dist/). */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!isRepoRoot(dir)) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export const defaultWebDist = (): string => path.join(repoRoot(), 'web', 'dist');
