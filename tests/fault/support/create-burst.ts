import { randomUUID } from 'node:crypto';
import type { PatientCreate } from '@tumor-board/shared';
import type { HttpClient } from '../../support/http.js';
import { pause } from './fault-stack.js';

/** One create a client wants done, and what happened to it. */
export interface Write {
  /** Who sends it, every time: a key belongs to the user who sent it. */
  client: HttpClient;
  kind: 'patient' | 'case';
  key: string;
  path: string;
  body: Record<string, unknown>;
  /** Answers and network errors, in order (e.g. `[503, 503, 201]` or `['ECONNRESET', 201]`). */
  outcomes: (number | string)[];
  /** The created row's id, once a 2xx answer came. */
  id?: string;
  /** The 2xx answer was a replay: an earlier attempt had committed, its answer was lost. */
  replayed?: boolean;
}

const acknowledged = (w: Write) => w.id !== undefined;

/**
 * Clients creating patients, each followed by a case for it, every create with an
 * `Idempotency-Key`. Like a careful real client, a create whose answer did not come (503, a
 * dropped connection, a refused one) is sent again with the same key and body until it is
 * answered or the burst ends; what is still unanswered then is retried by `retryUnanswered`.
 */
export class CreateBurst {
  readonly writes: Write[] = [];
  private stopping = false;
  private running: Promise<void>[] = [];
  private serial = 0;

  constructor(
    private readonly clients: HttpClient[],
    /** Distinguishes this burst's patients (MRN prefix, ≤ 12 characters). */
    readonly mrnPrefix: string,
    /** What the server logged, to explain an unexpected answer. */
    private readonly diagnose: () => string = () => '',
  ) {}

  start(): void {
    this.running = this.clients.map((client) => this.worker(client));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.running);
  }

  /** Sends every unanswered create again with its key until answered (and the case of a patient answered now). */
  async retryUnanswered(deadlineMs = 30_000): Promise<void> {
    const deadline = Date.now() + deadlineMs;
    for (const write of this.writes.filter((w) => !acknowledged(w))) {
      while (!acknowledged(write) && Date.now() < deadline) {
        if (!(await this.send(write))) await pause(200);
      }
    }
    for (const patient of this.writes.filter((w) => w.kind === 'patient' && acknowledged(w))) {
      if (this.writes.some((w) => w.kind === 'case' && w.body.patientId === patient.id)) continue;
      const write = this.caseWrite(patient.client, patient.id!);
      while (!acknowledged(write) && Date.now() < deadline) await this.send(write);
    }
  }

  /** Sends every create once more with its key (all answered by now): each must replay its first answer. */
  async resendAll(): Promise<{ replayedSameId: number; differentId: number; failed: number }> {
    const counts = { replayedSameId: 0, differentId: 0, failed: 0 };
    for (const write of this.writes) {
      const res = await write.client.post<{ id?: string }>(write.path, write.body, {
        headers: { 'Idempotency-Key': write.key },
      });
      if (res.status !== 201 || res.headers.get('idempotent-replayed') !== 'true') counts.failed++;
      else if (res.body.id === write.id) counts.replayedSameId++;
      else counts.differentId++;
    }
    return counts;
  }

  private async worker(client: HttpClient): Promise<void> {
    while (!this.stopping) {
      const patient = this.patientWrite(client);
      if (!(await this.untilAnswered(patient))) return;
      const boardCase = this.caseWrite(client, patient.id!);
      if (!(await this.untilAnswered(boardCase))) return;
    }
  }

  /** False when the burst ended first (the write stays unanswered). */
  private async untilAnswered(write: Write): Promise<boolean> {
    while (!this.stopping) {
      if (await this.send(write)) return true;
      await pause(100);
    }
    return false;
  }

  /** True once the create is answered with its row; false after a failure worth retrying. */
  private async send(write: Write): Promise<boolean> {
    try {
      const res = await write.client.post<{ id?: string }>(write.path, write.body, {
        headers: { 'Idempotency-Key': write.key },
      });
      write.outcomes.push(res.status);
      if (res.status === 201 && res.body.id) {
        write.id = res.body.id;
        write.replayed = res.headers.get('idempotent-replayed') === 'true';
        return true;
      }
      if (res.status === 503 || res.status === 409) return false;
      await pause(500); // the server's log line may still be on its way
      throw new Error(`${write.kind} create answered ${res.status}: ${res.text}\n${this.diagnose()}`);
    } catch (error) {
      if (error instanceof Error && error.message.includes('create answered')) throw error;
      const cause = (error as { cause?: { code?: string } }).cause;
      write.outcomes.push(cause?.code ?? 'network error');
      return false;
    }
  }

  private patientWrite(client: HttpClient): Write {
    const n = ++this.serial;
    const body: PatientCreate = {
      mrn: `${this.mrnPrefix}-${n}-${randomUUID().slice(0, 8)}`,
      givenName: 'Fault',
      familyName: `Drill${n}`,
      birthDate: '1958-03-14',
      sex: n % 2 ? 'female' : 'male',
    };
    return this.track({
      client,
      kind: 'patient',
      key: randomUUID(),
      path: '/api/patients',
      body: { ...body },
      outcomes: [],
    });
  }

  private caseWrite(client: HttpClient, patientId: string): Write {
    return this.track({
      client,
      kind: 'case',
      key: randomUUID(),
      path: '/api/cases',
      body: { patientId, urgency: 'routine', clinicalQuestion: 'Fault drill: is radiotherapy enough?' },
      outcomes: [],
    });
  }

  private track(write: Write): Write {
    this.writes.push(write);
    return write;
  }
}

/** How the writes fared, from the clients' side. */
export function tally(writes: readonly Write[]) {
  const outcomes = writes.flatMap((w) => w.outcomes);
  const count = (test: (o: number | string) => boolean) => outcomes.filter(test).length;
  return {
    writes: writes.length,
    acknowledged: writes.filter(acknowledged).length,
    unanswered: writes.filter((w) => !acknowledged(w)).length,
    answers2xx: count((o) => typeof o === 'number' && o >= 200 && o < 300),
    answers503: count((o) => o === 503),
    answers409: count((o) => o === 409),
    networkErrors: count((o) => typeof o === 'string'),
    retried: writes.filter((w) => w.outcomes.length > 1).length,
    replayed: writes.filter((w) => w.replayed).length,
  };
}
