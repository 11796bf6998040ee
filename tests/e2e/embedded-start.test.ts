import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAIN_JS } from '../support/app-process.js';

/** Starts the built app with NO DATABASE_URL, as a newcomer's first `npm start` does. */
function startEmbedded(dataDir: string): { child: ChildProcess; url: Promise<string>; output: () => string } {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [MAIN_JS], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  return { child, url, output: () => out };
}

const postmasterPid = async (dataDir: string) =>
  Number((await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const exitOf = (child: ChildProcess) => new Promise<number | null>((r) => child.once('exit', (code) => r(code)));

describe('starting without DATABASE_URL (embedded PostgreSQL)', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'tb-embedded-'));
    // mkdtemp makes it 0700; under root, PostgreSQL runs as the `postgres` user and must get in.
    await chmod(dataDir, 0o755);
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('starts, is ready, and stops its PostgreSQL on SIGTERM', async () => {
    const app = startEmbedded(dataDir);
    const url = await app.url;
    const ready = await fetch(`${url}/api/health/ready`);
    expect(ready.status).toBe(200);
    const pid = await postmasterPid(dataDir);
    expect(isAlive(pid)).toBe(true);
    const exited = exitOf(app.child);
    app.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(isAlive(pid)).toBe(false);
  });

  it('reuses the same data directory on the next start', async () => {
    const app = startEmbedded(dataDir);
    const url = await app.url;
    expect(app.output()).not.toContain('initialising');
    const ready = (await (await fetch(`${url}/api/health/ready`)).json()) as { migrations: { applied: number } };
    expect(ready.migrations.applied).toBeGreaterThan(0);
    const exited = exitOf(app.child);
    app.child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  it('recovers the cluster orphaned by a run killed with SIGKILL', async () => {
    const first = startEmbedded(dataDir);
    await first.url;
    const orphan = await postmasterPid(dataDir);
    const killed = exitOf(first.child);
    first.child.kill('SIGKILL');
    await killed;
    expect(isAlive(orphan)).toBe(true);

    const second = startEmbedded(dataDir);
    const url = await second.url;
    expect((await fetch(`${url}/api/health/ready`)).status).toBe(200);
    expect(isAlive(orphan)).toBe(false);
    const exited = exitOf(second.child);
    second.child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
