import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface AppProcess {
  url: string;
  database: TestDatabase;
  output(): string;
  stop(): Promise<void>;
}

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const MAIN_JS = path.join(repoRoot, 'server', 'dist', 'server', 'src', 'main.js');

/**
 * The built app as a user starts it (`node server/dist/.../main.js`), on a database of its own,
 * listening on a free port. Needs `npm run build` first (test:e2e does it).
 */
export async function startAppProcess(env: Record<string, string> = {}, args: string[] = []): Promise<AppProcess> {
  const database = await createTestDatabase();
  const child: ChildProcess = spawn(process.execPath, [MAIN_JS, ...args], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start in 30 s:\n${out}`)), 30_000);
    const check = () => {
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`app exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    database,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await database.drop();
    },
  };
}
