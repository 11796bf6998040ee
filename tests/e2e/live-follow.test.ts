import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MeetingDetail } from '@tumor-board/shared';
import { startAppProcess, type AppProcess } from '../support/app-process.js';
import { launchBrowser } from '../support/browser.js';
import { MEETING_USERS, addToAgenda, createMeeting, readyCases, signInContext } from './support/meeting-setup.js';

const patient = (item: MeetingDetail['agenda'][number]) =>
  `${item.case.patient.familyName}, ${item.case.patient.givenName}`;

describe('following a meeting live', () => {
  let app: AppProcess;
  let browser: Browser;
  let coordinator: BrowserContext;
  let chairContext: BrowserContext;
  let radiologistContext: BrowserContext;
  let chair: Page;
  let radiologist: Page;
  let meeting: MeetingDetail;

  beforeAll(async () => {
    app = await startAppProcess({}, ['--demo']);
    browser = await launchBrowser();
    const viewport = { width: 1280, height: 800 };
    [coordinator, chairContext, radiologistContext] = await Promise.all([
      browser.newContext({ viewport }),
      browser.newContext({ viewport }),
      browser.newContext({ viewport }),
    ]);
    await signInContext(coordinator, app.url, MEETING_USERS.coordinator);
    await signInContext(chairContext, app.url, MEETING_USERS.chair);
    await signInContext(radiologistContext, app.url, MEETING_USERS.radiologist);

    // Set up through the API as the coordinator: an ad-hoc meeting with two ready demo cases.
    const created = await createMeeting(coordinator, app.url, 'Live follow board');
    const ready = await readyCases(coordinator, app.url);
    if (ready.length < 2) throw new Error(`the demo should have two ready cases, has ${ready.length}`);
    await addToAgenda(coordinator, app.url, created.id, ready[0]!.id);
    meeting = await addToAgenda(coordinator, app.url, created.id, ready[1]!.id);

    chair = await chairContext.newPage();
    radiologist = await radiologistContext.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the chair advancing the meeting on the radiologist’s screen without a reload', async () => {
    expect(meeting.agenda).toHaveLength(2);
    const [first, second] = meeting.agenda;
    // The radiologist opens the room first and waits.
    await radiologist.goto(`${app.url}/live/${meeting.id}`);
    await radiologist.getByTestId('connection-status').getByText('Live', { exact: true }).waitFor();
    await radiologist.getByText('The meeting has not started yet.').waitFor();
    let reloads = 0;
    radiologist.on('framenavigated', (frame) => {
      if (frame === radiologist.mainFrame()) reloads += 1;
    });

    await chair.goto(`${app.url}/live/${meeting.id}`);
    await chair.getByTestId('connection-status').getByText('Live', { exact: true }).waitFor();
    await chair.getByRole('button', { name: 'Start meeting' }).click();
    await chair.getByTestId('current-patient').getByText(patient(first!)).waitFor();

    // The radiologist follows: the first case, then (after the chair presses →) the second.
    const followed = radiologist.getByTestId('current-patient');
    await followed.getByText(patient(first!)).waitFor({ timeout: 10_000 });
    expect(await radiologist.getByTestId('meeting-status').textContent()).toBe('In progress');

    await chair.getByRole('button', { name: 'Next →' }).click();
    await chair.getByTestId('current-patient').getByText(patient(second!)).waitFor();
    await followed.getByText(patient(second!)).waitFor({ timeout: 10_000 });

    // The keyboard works for the chair too: ← goes back, D marks the case discussed.
    // Keys are ignored while the chair's previous command is in flight (no double advances), so
    // each key waits until the chair's own controls are ready again.
    await chair.getByRole('button', { name: '← Previous', disabled: false }).waitFor({ timeout: 10_000 });
    await chair.keyboard.press('ArrowLeft');
    await followed.getByText(patient(first!)).waitFor({ timeout: 10_000 });
    await chair.getByTestId('current-patient').getByText(patient(first!)).waitFor();
    await chair.getByRole('button', { name: 'Next →', disabled: false }).waitFor({ timeout: 10_000 });
    await chair.keyboard.press('d');
    await radiologist
      .getByTestId('live-agenda')
      .locator('li[aria-current="step"]')
      .getByText('Discussed')
      .waitFor({ timeout: 10_000 });

    // The radiologist has no controls and never reloaded.
    expect(await radiologist.getByRole('button', { name: 'Next →' }).count()).toBe(0);
    expect(reloads).toBe(0);
    await chair.screenshot({ path: '/tmp/live-room-chair.png' });
    await radiologist.screenshot({ path: '/tmp/live-room-radiologist.png', fullPage: true });
  }, 60_000);
});
