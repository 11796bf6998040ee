import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MeetingDetail } from '@tumor-board/shared';
import { startAppProcess, type AppProcess } from '../support/app-process.js';
import { launchBrowser } from '../support/browser.js';
import { MEETING_USERS, createMeeting, readyCases, signInContext } from './support/meeting-setup.js';

/** The demo surgeon: on the board, but on no agenda and in no meeting until recorded here. */
const DEMO_SURGEON = 'Dr Marco Rossi';

/** A patient name as a literal inside a RegExp. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('building a meeting agenda', () => {
  let app: AppProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let meeting: MeetingDetail;

  beforeAll(async () => {
    app = await startAppProcess({}, ['--demo']);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await signInContext(context, app.url, MEETING_USERS.coordinator);
    meeting = await createMeeting(context, app.url, 'Agenda test board');
    page = await context.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lets the coordinator add a ready case and shows planned minutes and quorum', async () => {
    const [ready] = await readyCases(context, app.url);
    const name = `${ready!.patient.familyName}, ${ready!.patient.givenName}`;

    await page.goto(`${app.url}/meetings/${meeting.id}`);
    await page.getByRole('heading', { level: 1, name: 'Agenda test board' }).waitFor();
    await page.getByTestId('time-summary').getByText('Planned 0 of 60 min').waitFor();
    await page.getByText('No cases on the agenda yet.').waitFor();

    await page.getByRole('combobox', { name: 'Ready case' }).click();
    await page.getByRole('option', { name: new RegExp(`^${escape(name)}`) }).click();
    await page.getByRole('button', { name: 'Add to agenda' }).click();

    const agenda = page.getByTestId('agenda-list');
    await agenda.getByText(name).waitFor();
    expect(await page.getByTestId('agenda-item').count()).toBe(1);
    await page.getByTestId('time-summary').getByText(`Planned ${meeting.defaultMinutesPerCase} of 60 min`).waitFor();
    await page.getByTestId('time-summary').getByText('1 of 10 cases').waitFor();
    // Nobody has checked in, so the quorum lists every required discipline as missing.
    const quorum = page.getByTestId('quorum');
    await quorum.getByText('No quorum yet').waitFor();
    await quorum.getByText('Radiology', { exact: true }).waitFor();
    await page.getByRole('button', { name: `Move ${name} up` }).waitFor();
    await page.getByRole('link', { name: 'Open live room' }).waitFor();

    // A second case, then the keyboard way to reorder: "Move … up" sends the new order.
    const [, other] = await readyCases(context, app.url);
    const otherName = `${other!.patient.familyName}, ${other!.patient.givenName}`;
    await page.getByRole('combobox', { name: 'Ready case' }).click();
    await page.getByRole('option', { name: new RegExp(`^${escape(otherName)}`) }).click();
    await page.getByRole('button', { name: 'Add to agenda' }).click();
    await page.getByTestId('agenda-item').nth(1).getByText(otherName).waitFor();
    await page.getByRole('button', { name: `Move ${otherName} up` }).click();
    await page.getByTestId('agenda-item').nth(0).getByText(otherName).waitFor();
    await page
      .getByTestId('time-summary')
      .getByText(`Planned ${2 * meeting.defaultMinutesPerCase} of 60 min`)
      .waitFor();

    // The attendance picker offers the board's directory, not only people already on the page.
    const surgeon = page.getByRole('combobox', { name: 'Record attendance for' });
    await surgeon.selectOption({ label: DEMO_SURGEON });
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    await page.getByRole('button', { name: `Remove ${DEMO_SURGEON}'s check-in` }).waitFor();
    await page.screenshot({ path: '/tmp/meeting-page.png', fullPage: false });
  }, 60_000);
  it('lets the coordinator create a weekly series, shown in words with its feed address', async () => {
    await page.goto(`${app.url}/meetings`);
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await page.getByRole('button', { name: 'New series' }).click();
    const dialog = page.getByRole('dialog', { name: 'New meeting series' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Thursday bone board');
    await dialog.getByRole('combobox', { name: 'Weekday' }).click();
    await page.getByRole('option', { name: 'Thursday' }).click();
    await dialog.getByLabel('Start time').fill('07:30');
    await dialog.getByRole('combobox', { name: 'Time zone' }).fill('Europe/London');
    await page.getByRole('option', { name: 'Europe/London' }).click();
    await dialog.getByTestId('series-description').getByText('Every Thursday at 07:30 (Europe/London)').waitFor();
    await dialog.getByRole('button', { name: 'Create series' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = page.getByTestId('series-row').filter({ hasText: 'Thursday bone board' });
    await row.getByText('Every Thursday at 07:30 (Europe/London)').waitFor();
    await row.getByRole('button', { name: 'Show calendar feed URL' }).click();
    const feed = await row.getByRole('textbox', { name: /Calendar feed/ }).inputValue();
    expect(feed).toMatch(/\/api\/meeting-series\/[0-9a-f-]+\/feed\.ics\?token=/);
    // The generated meetings appear on the calendar (this month or the next holds at least one).
    await page
      .getByTestId('meeting-calendar')
      .getByRole('link', { name: /Thursday bone board/ })
      .first()
      .waitFor();
    await page.screenshot({ path: '/tmp/meetings-page.png' });
  }, 60_000);
});
