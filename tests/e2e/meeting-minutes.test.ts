import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MeetingDetail } from '@tumor-board/shared';
import { startAppProcess, type AppProcess } from '../support/app-process.js';
import { launchBrowser } from '../support/browser.js';
import { MEETING_USERS, addToAgenda, createMeeting, readyCases, signInContext } from './support/meeting-setup.js';

/** An unsafe API call with the CSRF header, as the web client sends it. */
async function send<T>(context: BrowserContext, url: string, data: unknown): Promise<T> {
  const csrf = (await context.cookies(url)).find((c) => c.name === 'tb_csrf')?.value ?? '';
  const res = await context.request.post(url, { data, headers: { 'x-csrf-token': decodeURIComponent(csrf) } });
  if (!res.ok()) throw new Error(`POST ${url} failed: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Someone else's change to a meeting, behind the page's back. */
async function patchMeeting(context: BrowserContext, baseUrl: string, id: string, data: unknown): Promise<void> {
  const url = `${baseUrl}/api/meetings/${id}`;
  const csrf = (await context.cookies(url)).find((c) => c.name === 'tb_csrf')?.value ?? '';
  const res = await context.request.patch(url, { data, headers: { 'x-csrf-token': decodeURIComponent(csrf) } });
  if (!res.ok()) throw new Error(`PATCH ${url} failed: ${res.status()} ${await res.text()}`);
}

async function getMeeting(context: BrowserContext, baseUrl: string, id: string): Promise<MeetingDetail> {
  const res = await context.request.get(`${baseUrl}/api/meetings/${id}`);
  if (!res.ok()) throw new Error(`GET meeting: ${res.status()}`);
  return (await res.json()) as MeetingDetail;
}

describe('meeting minutes, moving and cancelling', () => {
  let app: AppProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await startAppProcess({}, ['--demo']);
    browser = await launchBrowser();
    // UTC in the browser, so the dialog's wall-clock times are the ISO instants the test expects.
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'UTC' });
    await signInContext(context, app.url, MEETING_USERS.coordinator);
    page = await context.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the printable minutes of a meeting that was run', async () => {
    const meeting = await createMeeting(context, app.url, 'Minutes test board');
    const [ready] = await readyCases(context, app.url);
    const name = `${ready!.patient.familyName}, ${ready!.patient.givenName}`;
    await addToAgenda(context, app.url, meeting.id, ready!.id);
    const checkedIn = await send<MeetingDetail>(context, `${app.url}/api/meetings/${meeting.id}/attendance`, {
      mode: 'in_person',
    });
    const attendee = checkedIn.attendees[0]!.user.name;
    const live = `${app.url}/api/meetings/${meeting.id}/live/commands`;
    await send(context, live, { command: 'start' });
    await send(context, live, { command: 'mark_discussed' });
    await send(context, live, { command: 'end' });

    await page.goto(`${app.url}/meetings/${meeting.id}`);
    await page.getByRole('heading', { level: 1, name: 'Minutes test board' }).waitFor();
    // Only scheduled meetings can be moved or cancelled.
    expect(await page.getByRole('button', { name: 'Move…' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Minutes' }).click();

    await page.waitForURL(`${app.url}/meetings/${meeting.id}/minutes`);
    await page.getByRole('heading', { level: 1, name: 'Minutes test board' }).waitFor();
    await page.getByTestId('minutes-date').getByText(meeting.startsAt.slice(0, 10)).waitFor();
    await page.getByTestId('minutes-attendees').getByText(attendee).waitFor();
    await page.getByTestId('minutes-case').getByText(name).waitFor();
    await page.getByRole('heading', { name: 'Cases discussed (1)' }).waitFor();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    const pdf = page.getByRole('link', { name: 'Download PDF' });
    expect(await pdf.getAttribute('href')).toBe(`/api/meetings/${meeting.id}/minutes.pdf`);
    const pdfRes = await context.request.get(`${app.url}/api/meetings/${meeting.id}/minutes.pdf`);
    expect(pdfRes.status()).toBe(200);
    expect(pdfRes.headers()['content-type']).toContain('application/pdf');

    // On paper the navigation and the buttons are gone.
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: '/tmp/meeting-minutes-print.png', fullPage: true });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await page.locator('.mantine-AppShell-navbar').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  }, 60_000);

  it('moves a scheduled meeting through the dialog', async () => {
    const meeting = await createMeeting(context, app.url, 'Move test board');
    const next = new Date(new Date(meeting.startsAt).getTime() + 24 * 60 * 60 * 1000);
    const date = next.toISOString().slice(0, 10);

    await page.goto(`${app.url}/meetings/${meeting.id}`);
    await page.getByRole('heading', { level: 1, name: 'Move test board' }).waitFor();
    const dialog = page.getByRole('dialog', { name: 'Move meeting' });

    // Someone else moves it while the dialog is open: the stale version is refused (409).
    await page.getByRole('button', { name: 'Move…' }).click();
    await patchMeeting(context, app.url, meeting.id, {
      version: meeting.version,
      startsAt: meeting.startsAt,
      location: 'Room 1',
    });
    await dialog.getByRole('button', { name: 'Move meeting' }).click();
    await dialog.getByRole('alert').getByText('Someone else changed this meeting').waitFor();
    await page
      .getByText(/Room 1/)
      .first()
      .waitFor(); // the page reloaded the meeting
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Move…' }).click();
    await dialog.getByLabel('Date').fill(date);
    await dialog.getByLabel('Time').fill('09:30');
    await dialog.getByRole('textbox', { name: 'Length (minutes)' }).fill('45');
    await dialog.getByRole('textbox', { name: 'Location' }).fill('Room 4');
    await dialog.getByRole('button', { name: 'Move meeting' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/Room 4/).waitFor();

    const moved = await getMeeting(context, app.url, meeting.id);
    expect(new Date(moved.startsAt).toISOString()).toBe(`${date}T09:30:00.000Z`);
    expect(new Date(moved.endsAt).toISOString()).toBe(`${date}T10:15:00.000Z`);
    expect(moved.location).toBe('Room 4');
    expect(moved.version).toBe(meeting.version + 2);
  }, 60_000);

  it('refuses to cancel while cases are on the agenda, listing them', async () => {
    const meeting = await createMeeting(context, app.url, 'Busy board');
    const [ready] = await readyCases(context, app.url);
    const name = `${ready!.patient.familyName}, ${ready!.patient.givenName}`;
    await addToAgenda(context, app.url, meeting.id, ready!.id);

    await page.goto(`${app.url}/meetings/${meeting.id}`);
    await page.getByRole('heading', { level: 1, name: 'Busy board' }).waitFor();
    await page.getByRole('button', { name: 'Cancel…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel meeting' });
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Chair unavailable');
    await dialog.getByRole('button', { name: 'Cancel meeting' }).click();
    const alert = dialog.getByRole('alert').filter({ hasText: 'Cases are still on the agenda' });
    await alert.waitFor();
    await alert.getByTestId('blocking-cases').getByText(name, { exact: false }).waitFor();
    expect((await getMeeting(context, app.url, meeting.id)).status).toBe('scheduled');
  }, 60_000);

  it('cancels an empty ad-hoc meeting through the dialog', async () => {
    const meeting = await createMeeting(context, app.url, 'Cancel test board');
    await page.goto(`${app.url}/meetings/${meeting.id}`);
    await page.getByRole('heading', { level: 1, name: 'Cancel test board' }).waitFor();
    await page.getByRole('button', { name: 'Cancel…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel meeting' });
    // A reason is required before anything is sent.
    await dialog.getByRole('button', { name: 'Cancel meeting' }).click();
    await dialog.getByText('Reason is required').waitFor();
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('No urgent cases this week');
    await dialog.getByRole('button', { name: 'Cancel meeting' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByText('No urgent cases this week').waitFor();
    await page.getByText('Cancelled', { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Cancel…' }).count()).toBe(0);
    expect((await getMeeting(context, app.url, meeting.id)).status).toBe('cancelled');
  }, 60_000);
});
