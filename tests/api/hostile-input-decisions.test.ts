import { startTestApp, type TestApp } from '../support/test-app.js';
import { hostileRunner, type HostileRun } from './hostile/engine.js';
import { DECISION_SPECS } from './hostile/specs-decisions.js';
import { CANARY } from './hostile/values.js';
import { World } from './hostile/world.js';

/*
 * Hostile input (issue #8), part 3: recommendations, board decisions (draft, sign, amend) and the
 * referrer's follow-up. See tests/api/hostile/engine.ts for what is sent and checked.
 */
describe('hostile input: recommendations, decisions and follow-up', () => {
  let t: TestApp;
  let world: World;
  let hostile: HostileRun;
  beforeAll(async () => {
    t = await startTestApp();
    world = new World(t);
    hostile = await hostileRunner(world);
  }, 60_000);
  afterAll(async () => {
    await hostile?.close();
    await t?.close();
  });

  it.each(Object.keys(DECISION_SPECS))(
    '%s',
    (key) => expect(hostile.check(key, DECISION_SPECS[key]!)).resolves.toBeUndefined(),
    90_000,
  );

  it('never logged a hostile value it was sent', () => {
    expect(t.logs.text).not.toContain(CANARY);
  });
});
