import { startTestApp, type TestApp } from '../support/test-app.js';
import { hostileRunner, type HostileRun } from './hostile/engine.js';
import { MEETING_SPECS } from './hostile/specs-meetings.js';
import { CANARY } from './hostile/values.js';
import { World } from './hostile/world.js';

/*
 * Hostile input (issue #8), part 4: meeting series and their calendar feed, meetings, agendas,
 * attendance and the live room's commands. See tests/api/hostile/engine.ts for what is sent and
 * checked.
 */
describe('hostile input: meetings and the live room', () => {
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

  it.each(Object.keys(MEETING_SPECS))(
    '%s',
    (key) => expect(hostile.check(key, MEETING_SPECS[key]!)).resolves.toBeUndefined(),
    90_000,
  );

  it('never logged a hostile value it was sent', () => {
    expect(t.logs.text).not.toContain(CANARY);
  });
});
