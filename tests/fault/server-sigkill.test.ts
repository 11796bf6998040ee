import { CreateBurst, tally } from './support/create-burst.js';
import { pause, report, startFaultStack, type FaultStack } from './support/fault-stack.js';
import { checkWrites, describeCheck } from './support/write-checks.js';

/**
 * The server killed with SIGKILL in the middle of a burst of creates (no shutdown, no flush, open
 * transactions cut off), then started again at the same address. The clients keep their sessions
 * and retry whatever went unanswered with the same Idempotency-Key.
 */
describe('the server killed with SIGKILL during a burst of writes', () => {
  let stack: FaultStack;
  beforeAll(async () => {
    stack = await startFaultStack();
  }, 180_000);
  afterAll(() => stack?.close(), 60_000);

  it('keeps every acknowledged write, whole, and retries with the same key create no duplicate', async () => {
    const clients = await Promise.all([1, 2, 3, 4].map(async () => (await stack.signInAs(['coordinator'])).client));
    const burst = new CreateBurst(clients, 'SIGKILL', () => stack.server.unexpectedErrors().join('\n'));
    burst.start();
    await pause(1_500);
    const killedAt = Date.now();
    await stack.server.kill();
    const beforeKill = tally(burst.writes);
    // The clients keep trying (connection refused) while the server is down.
    await pause(500);
    await stack.server.start();
    const restartMs = Date.now() - killedAt;
    await pause(1_500);
    await burst.stop();
    await burst.retryUnanswered();
    const seen = tally(burst.writes);
    const cutOff = burst.writes.filter((w) => w.outcomes.some((o) => typeof o === 'string'));
    const resent = await burst.resendAll();
    const check = await checkWrites(stack.sql, burst.writes, burst.mrnPrefix);
    const [stuck] = await stack.sql.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM pg_stat_activity
        WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
    );

    report('server killed with SIGKILL during a burst of writes', {
      did: [
        '4 clients creating patients, each followed by its case, every create with an Idempotency-Key',
        `SIGKILL after 1.5 s; the server started again on the same port ${restartMs} ms after the kill (migrations checked, sessions kept)`,
        'every create left unanswered was sent again with its key; then every create was sent once more with its key',
      ],
      saw: [
        `${beforeKill.acknowledged} creates acknowledged before the kill; ${cutOff.length} cut off (connection reset or refused)`,
        `of the cut-off creates: ${cutOff.filter((w) => w.replayed).length} had committed (the retry replayed the answer), ${cutOff.filter((w) => w.id && !w.replayed).length} had not (the retry created them)`,
        `answers 2xx ${seen.answers2xx}, 503 ${seen.answers503}, no answer ${seen.networkErrors}`,
        `sending all ${burst.writes.length} creates again: ${resent.replayedSameId} replayed with the same id, ${resent.differentId} with another id, ${resent.failed} not replayed`,
        `transactions left open by the killed process: ${stuck!.n}`,
      ],
      checked: [describeCheck(check), `errors the server answered with 500: ${stack.server.unexpectedErrors().length}`],
    });
    expect(stack.server.unexpectedErrors()).toEqual([]);
    expect(beforeKill.acknowledged).toBeGreaterThan(0);
    expect(seen.unanswered).toBe(0);
    expect(resent).toEqual({ replayedSameId: burst.writes.length, differentId: 0, failed: 0 });
    expect(check.lost).toBe(0);
    expect(check.found).toBe(check.acknowledged);
    expect(check.duplicates).toBe(0);
    expect(check.halfWritten).toBe(0);
    expect(check.unexplained).toBe(0);
    expect(stuck!.n).toBe('0');
  }, 180_000);
});
