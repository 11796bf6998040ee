import { spawn, type ChildProcess } from 'node:child_process';
import { MAIN_JS } from '../../support/app-process.js';
import { freePort } from '../../../server/src/database/free-port.js';

/**
 * The built server (`node server/dist/server/src/main.js`) as a child process on a fixed port, so
 * it can be killed and started again at the same address (clients keep their cookies and URL).
 */
export class ServerChild {
  private child: ChildProcess | undefined;
  private out = '';

  private constructor(
    readonly url: string,
    private readonly env: Record<string, string>,
  ) {}

  static async start(databaseUrl: string): Promise<ServerChild> {
    const port = await freePort();
    const server = new ServerChild(`http://127.0.0.1:${port}`, {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    });
    await server.start();
    return server;
  }

  /** Everything the process printed (logs are JSON lines without patient data). */
  output(): string {
    return this.out;
  }

  /** Errors the server could not map to an answer (logged as 500s, by name, code and stack only). */
  unexpectedErrors(): string[] {
    return this.out.split('\n').filter((line) => line.includes('"msg":"unexpected error"'));
  }

  get alive(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [MAIN_JS], {
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const started = this.out.length;
    child.stdout?.on('data', (d: Buffer) => (this.out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.out += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${this.out}`)), 60_000);
      const check = () => {
        if (this.out.indexOf('running at http://', started) === -1) return;
        clearTimeout(timer);
        child.stdout?.off('data', check);
        child.off('exit', exited);
        resolve();
      };
      const exited = (code: number | null) => {
        clearTimeout(timer);
        reject(new Error(`server exited with ${code}:\n${this.out}`));
      };
      child.stdout?.on('data', check);
      child.once('exit', exited);
    });
  }

  /** No shutdown at all: the process dies mid-request, as on a power cut or the OOM killer. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || !this.alive) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.alive) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}
