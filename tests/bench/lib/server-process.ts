import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const MAIN_JS = path.join(repoRoot, 'server', 'dist', 'server', 'src', 'main.js');
const TS_LOADER = path.join(repoRoot, 'tools', 'ts-loader.mjs');

export interface ServerProcess {
  url: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /**
   * TypeScript modules loaded (with the project's TS loader) before main.js, e.g. the benchmark's
   * preload that adds an empty route. The built server itself is unchanged.
   */
  preload?: string[];
}

/** The built server in its own process, as in production (the benchmark must not share its event loop). */
export async function startServer(
  databaseUrl: string,
  env: Record<string, string> = {},
  options: ServerOptions = {},
): Promise<ServerProcess> {
  const preload = (options.preload ?? []).flatMap((file) => ['--import', file]);
  const args = preload.length ? ['--import', TS_LOADER, ...preload, MAIN_JS] : [MAIN_JS];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    child.stdout?.on('data', () => {
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}:\n${out}`)));
  });
  return {
    url,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
