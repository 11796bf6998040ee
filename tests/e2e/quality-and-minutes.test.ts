import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MeetingDetail, QualityReport } from '@tumor-board/shared';
import { startAppProcess, type AppProcess } from '../support/app-process.js';
import { launchBrowser } from '../support/browser.js';
import { MEETING_USERS, addToAgenda, readyCases, signInContext } from './support/meeting-setup.js';
import { E2E_TIMEOUT_MS } from './support/sign-in.js';

/*
 * The demo has no meetings, so the test runs one (as the coordinator): two demo cases on an ad-hoc
 * meeting that started a few minutes ago, the first deferred from the live room with a reason picked
 * there, the second marked discussed, then the meeting ended. The dashboard and the minutes are then
 * read in the browser.
 */

/** An unsafe API call with the CSRF header, as the web client sends it. */
async function send<T>(context: BrowserContext, url: string, data: unknown): Promise<T> {
  const csrf = (await context.cookies(url)).find((c) => c.name === 'tb_csrf')?.value ?? '';
  const res = await context.request.post(url, { data, headers: { 'x-csrf-token': decodeURIComponent(csrf) } });
  if (!res.ok()) throw new Error(`POST ${url} failed: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

async function getMeeting(context: BrowserContext, baseUrl: string, id: string): Promise<MeetingDetail> {
  const res = await context.request.get(`${baseUrl}/api/meetings/${id}`);
  if (!res.ok()) throw new Error(`GET meeting: ${res.status()}`);
  return (await res.json()) as MeetingDetail;
}

describe('quality dashboard and meeting minutes', () => {
  let app: AppProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let meeting: MeetingDetail;
  let deferredName: string;
  let discussedName: string;

  beforeAll(async () => {
    app = await startAppProcess({}, ['--demo']);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'UTC' });
    await signInContext(context, app.url, MEETING_USERS.coordinator);
    page = await context.newPage();

    const startsAt = new Date(Date.now() - 5 * 60_000);
    startsAt.setSeconds(0, 0);
    meeting = await send<MeetingDetail>(context, `${app.url}/api/meetings`, {
      title: 'Quality test board',
      startsAt: startsAt.toISOString(),
      durationMinutes: 60,
    });
    const [first, second] = await readyCases(context, app.url);
    await addToAgenda(context, app.url, meeting.id, first!.id);
    const agenda = (await addToAgenda(context, app.url, meeting.id, second!.id)).agenda;
    const name = (p: { familyName: string; givenName: string }) => `${p.familyName}, ${p.givenName}`;
    // The agenda keeps urgent cases first: the live room opens on its first item.
    deferredName = name(agenda[0]!.case.patient);
    discussedName = name(agenda[1]!.case.patient);
    await send(context, `${app.url}/api/meetings/${meeting.id}/live/commands`, { command: 'start' });

    // Deferred from the live room, with the reason chosen beside the button.
    await page.goto(`${app.url}/live/${meeting.id}`);
    await page.getByTestId('current-patient').getByText(deferredName).waitFor();
    await page.getByRole('combobox', { name: 'Deferral reason' }).selectOption({ label: 'Further imaging needed' });
    await page.getByRole('button', { name: 'Mark deferred' }).click();
    await page.locator('li[aria-current="step"]').getByText('Deferred').waitFor();

    await send(context, `${app.url}/api/meetings/${meeting.id}/live/commands`, {
      command: 'mark_discussed',
      itemId: agenda[1]!.id,
    });
    await send(context, `${app.url}/api/meetings/${meeting.id}/live/commands`, { command: 'end' });
    const ended = await getMeeting(context, app.url, meeting.id);
    if (ended.status !== 'ended') throw new Error(`the meeting is ${ended.status}, not ended`);
  }, 2 * E2E_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it(
    'opens the dashboard for the last 90 days and shows the meeting that was run',
    async () => {
      await page.goto(`${app.url}/meetings`);
      await page.getByRole('link', { name: 'Quality dashboard' }).click();
      await page.getByRole('heading', { level: 1, name: 'Quality dashboard' }).waitFor();
      // The default period: the last 90 days (UTC), today included.
      const to = new Date().toISOString().slice(0, 10);
      const from = new Date(Date.now() - 89 * 86_400_000).toISOString().slice(0, 10);
      expect(await page.getByLabel('From').inputValue()).toBe(from);
      expect(await page.getByLabel('To (inclusive)').inputValue()).toBe(to);

      const report = page.getByTestId('quality-report');
      await report.waitFor();
      const stat = (id: string) => page.getByTestId(`stat-${id}`);
      /** A card reads label, value, hint (one line each). */
      const card = async (id: string) =>
        (await stat(id).innerText())
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
      expect((await card('discussed'))[1]).toBe('1');
      expect((await card('deferred'))[1]).toBe('1');
      // Nobody checked in: no quorum at the one meeting held.
      expect((await card('quorum')).slice(1)).toEqual(['0 %', '0 of 1 meetings held']);
      // Both cases were ready when scheduled.
      expect((await card('complete-when-scheduled'))[1]).toBe('100 %');

      // The deferral's reason, chosen in the live room, as a table beside the chart.
      const deferrals = page.getByTestId('quality-deferrals');
      await deferrals.getByRole('heading', { name: 'Deferrals (1)' }).waitFor();
      const row = deferrals.getByRole('row', { name: /Further imaging needed/ });
      expect(await row.getByRole('cell').innerText()).toBe('1');
      // The chart loads on its own after the figures.
      await deferrals.locator('.recharts-wrapper').waitFor();

      // The referred figure is the server's count of the demo's referrals in the period.
      const api = await context.request.get(`${app.url}/api/quality?from=${from}&to=${to}`);
      const figures = (await api.json()) as QualityReport;
      expect(figures.referrals.referred).toBeGreaterThan(0);
      expect((await card('referred'))[1]).toBe(String(figures.referrals.referred));

      // A narrower period with nothing in it shows zeros, not an error.
      await page.getByLabel('From').fill('2020-01-01');
      await page.getByLabel('To (inclusive)').fill('2020-01-31');
      await page.getByText('From 2020-01-01 to 2020-01-31').waitFor();
      expect((await card('discussed'))[1]).toBe('0');
      await page.getByText('No case was deferred in this period.').waitFor();
      expect(page.url()).toContain('from=2020-01-01&to=2020-01-31');

      // A period that ends before it starts is explained on the field; nothing is asked of the server.
      await page.getByLabel('To (inclusive)').fill('2019-12-01');
      await page.getByText('“To” must not be before from').waitFor();
      expect(await page.getByRole('link', { name: 'Download CSV' }).count()).toBe(0);

      // The CSV link carries the period.
      await page.goto(`${app.url}/quality`);
      const csvLink = page.getByRole('link', { name: 'Download CSV' });
      expect(await csvLink.getAttribute('href')).toBe(`/api/quality/export.csv?from=${from}&to=${to}`);
      const csv = await context.request.get(`${app.url}/api/quality/export.csv?from=${from}&to=${to}`);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect(await csv.text()).toContain('deferrals,by_reason,awaiting_imaging,1');
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'opens the minutes of the meeting: attendance, the case discussed, the case deferred',
    async () => {
      await page.goto(`${app.url}/meetings/${meeting.id}`);
      await page.getByRole('heading', { level: 1, name: 'Quality test board' }).waitFor();
      await page.getByRole('link', { name: 'Minutes' }).click();
      await page.waitForURL(`${app.url}/meetings/${meeting.id}/minutes`);
      await page.getByRole('heading', { level: 1, name: 'Quality test board' }).waitFor();
      await page.getByTestId('minutes-date').getByText(meeting.startsAt.slice(0, 10)).waitFor();
      await page
        .getByTestId('minutes-quorum')
        .getByText(/Quorum not met/)
        .waitFor();
      await page.getByRole('heading', { name: 'Cases discussed (1)' }).waitFor();
      await page.getByTestId('minutes-case').getByText(discussedName).waitFor();
      await page.getByRole('heading', { name: 'Deferred and rolled-over cases (1)' }).waitFor();
      await page
        .getByRole('listitem')
        .filter({ hasText: deferredName })
        .getByText(/Rolled over/)
        .waitFor();
      expect(await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href')).toBe(
        `/api/meetings/${meeting.id}/minutes.pdf`,
      );
    },
    E2E_TIMEOUT_MS,
  );
});
