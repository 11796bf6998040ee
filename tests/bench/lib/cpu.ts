import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';

/** Linux USER_HZ: /proc reports CPU time in these ticks. */
const TICKS_PER_SECOND = 100;

interface ProcessTicks {
  ppid: number;
  comm: string;
  ticks: number;
}

async function processes(): Promise<Map<number, ProcessTicks>> {
  const result = new Map<number, ProcessTicks>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      result.set(Number(entry), {
        comm: stat.slice(stat.indexOf('(') + 1, close),
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // the process ended meanwhile
    }
  }
  return result;
}

async function machineTicks(): Promise<{ busy: number; total: number }> {
  const values = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = values[3]! + (values[4] ?? 0);
  const total = values.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** Cores used, on average, over a measured window. */
export interface CpuShare {
  /** The whole machine (all processes). */
  machine: number;
  /** The server process. */
  server: number;
  /** PostgreSQL processes started by this benchmark (the embedded cluster); null with DATABASE_URL. */
  postgres: number | null;
  /** This process: the load generator (and the SQL replays). */
  bench: number;
  /** Everything else on the machine (other people's work shows up here). */
  other: number;
}

/** Where the CPU went during a window: server, PostgreSQL, load generator, anything else. */
export class CpuMeter {
  private constructor(
    private readonly serverPid: number | undefined,
    private readonly startedAt: number,
    private readonly machine: { busy: number; total: number },
    private readonly procs: Map<number, ProcessTicks>,
    private readonly self: NodeJS.CpuUsage,
  ) {}

  static async start(serverPid?: number): Promise<CpuMeter | null> {
    try {
      return new CpuMeter(serverPid, performance.now(), await machineTicks(), await processes(), process.cpuUsage());
    } catch {
      return null; // not Linux
    }
  }

  async stop(): Promise<CpuShare> {
    const seconds = (performance.now() - this.startedAt) / 1000;
    const machine = await machineTicks();
    const procs = await processes();
    const self = process.cpuUsage(this.self);
    const delta = (pid: number) => (procs.get(pid)?.ticks ?? 0) - (this.procs.get(pid)?.ticks ?? 0);
    // PostgreSQL processes descending from this process (the embedded postmaster and its backends).
    const descends = (pid: number) => {
      for (let p = procs.get(pid)?.ppid, hops = 0; p && hops < 10; p = procs.get(p)?.ppid, hops++) {
        if (p === process.pid) return true;
      }
      return false;
    };
    const pg = [...procs].filter(([pid, p]) => p.comm === 'postgres' && descends(pid));
    const cores = (ticks: number) => ticks / TICKS_PER_SECOND / seconds;
    const machineCores = ((machine.busy - this.machine.busy) / (machine.total - this.machine.total)) * os.cpus().length;
    const server = this.serverPid ? cores(delta(this.serverPid)) : 0;
    const postgres = pg.length ? cores(pg.reduce((sum, [pid]) => sum + delta(pid), 0)) : null;
    const bench = (self.user + self.system) / 1e6 / seconds;
    return {
      machine: machineCores,
      server,
      postgres,
      bench,
      other: Math.max(0, machineCores - server - (postgres ?? 0) - bench),
    };
  }
}
