import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Decision, MeetingDetail, Recommendation, SessionInfo } from '@tumor-board/shared';
import { startAppProcess, type AppProcess } from '../support/app-process.js';
import { launchBrowser } from '../support/browser.js';
import { formatViolations, isBlocking, runAxe, type AxeViolation } from './support/axe.js';
import { MEETING_USERS, addToAgenda, createMeeting, readyCases, signInContext } from './support/meeting-setup.js';
import { DEMO, E2E_TIMEOUT_MS, passwordField } from './support/sign-in.js';

/*
 * axe-core on every main page of the built app, each seen by the demo user who works there, with
 * enough data behind it (a meeting with an agenda, a live room, minutes, recommendations, a draft
 * and a signed decision) that the page shows what it is for. Serious and critical violations fail;
 * moderate and minor ones are printed at the end.
 */

/** Demo accounts (server/src/demo/demo-users.ts) not already in DEMO or MEETING_USERS. */
const USERS = {
  ...MEETING_USERS,
  admin: { email: DEMO.admin.email, password: DEMO.admin.password },
  clinician: { email: 'clinician@demo.tumorboard.example', password: 'tb-demo-clinician' },
  radonc: { email: 'radonc@demo.tumorboard.example', password: 'tb-demo-radiation' },
  referrer: { email: 'referrer@demo.tumorboard.example', password: 'tb-demo-referrer' },
} as const;
type UserKey = keyof typeof USERS;

/** Demo case 5 (Desmond Achterberg, T9 lesion): scheduled, referred by the demo referrer. */
const CASE_ID = '20000000-0000-4000-8000-000000000005';

describe('accessibility (axe-core): no serious or critical violations on any main page', () => {
  let app: AppProcess;
  let browser: Browser;
  const contexts = new Map<UserKey | 'visitor', BrowserContext>();
  const pages = new Map<UserKey | 'visitor', Page>();
  /** Moderate and minor findings, by page, printed after the run. */
  const reported: { page: string; violations: AxeViolation[] }[] = [];
  /** Serious and critical findings of the running test, one formatted block per page. */
  const blocking: string[] = [];
  let meeting: MeetingDetail;
  let decision: Decision;

  /**
   * A context per user, signed in through the API. `bypassCSP` lets axe's script in (the app's CSP
   * allows only its own scripts); reduced motion makes Mantine skip its transitions, so axe never
   * measures the contrast of something half faded in.
   */
  const contextOf = async (who: UserKey | 'visitor'): Promise<BrowserContext> => {
    let context = contexts.get(who);
    if (!context) {
      context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        bypassCSP: true,
        reducedMotion: 'reduce',
        timezoneId: 'UTC',
      });
      context.setDefaultTimeout(15_000);
      if (who !== 'visitor') await signInContext(context, app.url, USERS[who]);
      contexts.set(who, context);
    }
    return context;
  };
  const pageOf = async (who: UserKey | 'visitor'): Promise<Page> => {
    let page = pages.get(who);
    if (!page) {
      page = await (await contextOf(who)).newPage();
      pages.set(who, page);
    }
    return page;
  };

  /** An unsafe API call with the CSRF header, as the web client sends it. */
  const send = async <T>(who: UserKey, method: 'POST' | 'PATCH', path: string, data: unknown): Promise<T> => {
    const context = await contextOf(who);
    const url = app.url + path;
    const csrf = (await context.cookies(url)).find((c) => c.name === 'tb_csrf')?.value ?? '';
    const res = await context.request.fetch(url, {
      method,
      data,
      headers: { 'x-csrf-token': decodeURIComponent(csrf) },
    });
    if (!res.ok()) throw new Error(`${method} ${path} failed: ${res.status()} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const liveCommand = (command: string) =>
    send('coordinator', 'POST', `/api/meetings/${meeting.id}/live/commands`, { command });

  /** Waits until the page has its heading and nothing is loading any more. */
  const settle = async (page: Page) => {
    await page.locator('h1').first().waitFor();
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll('.mantine-Loader, [aria-busy="true"], .mantine-Skeleton')].some(
          (el) => (el as HTMLElement).offsetParent !== null,
        ),
    );
  };

  /** Runs axe on what `page` shows: serious/critical findings go to `blocking`, the rest to `reported`. */
  const audit = async (page: Page, name: string): Promise<void> => {
    await settle(page);
    const violations = await runAxe(page);
    const minor = violations.filter((v) => !isBlocking(v));
    if (minor.length > 0) reported.push({ page: name, violations: minor });
    const serious = violations.filter(isBlocking);
    if (serious.length > 0) blocking.push(`${name}\n${formatViolations(serious)}`);
  };

  /** Opens `path` as `who`, waits for `ready` (text on the page), and audits it. */
  const auditPath = async (who: UserKey | 'visitor', path: string, ready?: string): Promise<void> => {
    const page = await pageOf(who);
    await page.goto(app.url + path);
    if (ready) await page.getByText(ready, { exact: false }).first().waitFor();
    await audit(page, `${path} as ${who}`);
  };

  /** Opens each further tab of the page's tab list in turn (in the page, without reloading it) and audits it. */
  const auditTabs = async (page: Page, name: string): Promise<void> => {
    const tabs = page.getByRole('tab');
    const count = await tabs.count();
    for (let i = 1; i < count; i++) {
      const label = ((await tabs.nth(i).textContent()) ?? '').trim();
      await tabs.nth(i).click();
      await page.getByRole('tab', { name: label, selected: true }).waitFor();
      await audit(page, `${name}, ${label} tab`);
    }
  };

  /** Every page a test audited had no serious or critical violation (the message lists them all). */
  const expectNoBlockingViolations = () => {
    const found = blocking.splice(0);
    expect(found.join('\n\n')).toBe('');
  };

  beforeAll(async () => {
    app = await startAppProcess({}, ['--demo']);
    browser = await launchBrowser();

    // A meeting with two ready cases and one attendee checked in; the tests below run it.
    const created = await createMeeting(await contextOf('coordinator'), app.url, 'Accessibility board');
    const ready = await readyCases(await contextOf('coordinator'), app.url);
    if (ready.length < 2) throw new Error(`the demo should have two ready cases, has ${ready.length}`);
    await addToAgenda(await contextOf('coordinator'), app.url, created.id, ready[0]!.id);
    await addToAgenda(await contextOf('coordinator'), app.url, created.id, ready[1]!.id);
    meeting = await send<MeetingDetail>('coordinator', 'POST', `/api/meetings/${created.id}/attendance`, {
      mode: 'in_person',
    });

    // A proposed radiotherapy recommendation on case 5, and the chair's draft decision taking it up.
    const rec = await send<Recommendation>('radonc', 'POST', `/api/cases/${CASE_ID}/recommendations`, {
      discipline: 'radiation_oncology',
      summary: 'Single fraction for pain.',
      items: [
        {
          kind: 'radiotherapy',
          target: 'T9',
          technique: 'conventional_ebrt',
          totalDoseGy: 8,
          fractions: 1,
          rationale: 'Painful T9 metastasis without cord compression.',
        },
      ],
    });
    await send('radonc', 'PATCH', `/api/cases/${CASE_ID}/recommendations/${rec.id}`, {
      version: rec.version,
      status: 'proposed',
    });
    const source = rec.items[0]!;
    const chair = (await (
      await contextOf('chair')
    ).request
      .get(`${app.url}/api/auth/me`)
      .then((r) => r.json())) as SessionInfo;
    decision = await send<Decision>('chair', 'POST', `/api/cases/${CASE_ID}/decisions`, {
      items: [{ item: source.item, sourceRecommendationId: rec.id, sourceItemId: source.id }],
      rationale: 'Single-fraction radiotherapy for the painful T9 lesion.',
      attendeeIds: [chair.user.id],
    });
  }, E2E_TIMEOUT_MS);

  beforeEach(() => {
    blocking.length = 0;
  });
  afterAll(async () => {
    if (reported.length > 0) {
      const lines = reported.map((r) => `${r.page}\n${formatViolations(r.violations)}`);
      process.stdout.write(`\naxe: moderate and minor findings (not failing)\n${lines.join('\n\n')}\n\n`);
    }
    for (const context of contexts.values()) await context.close();
    await browser?.close();
    await app?.stop();
  }, E2E_TIMEOUT_MS);

  it(
    'sign-in page, empty and after a failed attempt',
    async () => {
      await auditPath('visitor', '/login');
      const page = await pageOf('visitor');
      await page.getByRole('textbox', { name: 'Email' }).fill(USERS.chair.email);
      await passwordField(page).fill('not the password');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('alert').waitFor();
      await audit(page, '/login after a failed sign-in');
      expectNoBlockingViolations();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'first-admin setup and set-password pages (opened without their link)',
    async () => {
      await auditPath('visitor', '/setup');
      await auditPath('visitor', '/set-password');
      expectNoBlockingViolations();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'score calculators, every tool, signed out',
    async () => {
      await auditPath('visitor', '/scores');
      await auditTabs(await pageOf('visitor'), '/scores');
      expectNoBlockingViolations();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'overview (with the server health panel)',
    async () => {
      await auditPath('coordinator', '/', 'Database: up');
      expectNoBlockingViolations();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'worklist',
    async () => {
      await auditPath('coordinator', '/worklist', 'Achterberg');
      expectNoBlockingViolations();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'new referral (intake)',
    async () => {
      await auditPath('clinician', '/intake');
      expectNoBlockingViolations();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'a case: summary, lesions, assessments, imaging and history tabs',
    async () => {
      await auditPath('clinician', `/cases/${CASE_ID}`);
      await auditTabs(await pageOf('clinician'), 'case page');
      expectNoBlockingViolations();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'the lesion editor',
    async () => {
      const page = await pageOf('clinician');
      await page.goto(`${app.url}/cases/${CASE_ID}?tab=lesions`);
      await page.getByRole('button', { name: 'Add lesion' }).click();
      await page.getByRole('dialog').waitFor();
      await audit(page, 'lesion editor (add lesion)');
      expectNoBlockingViolations();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'recommendations and decision: a discipline writing its recommendation',
    async () => {
      const page = await pageOf('radonc');
      await page.goto(`${app.url}/cases/${CASE_ID}/board`);
      const card = page.getByTestId('recommendation-radiation_oncology');
      await card.getByRole('button', { name: 'Edit recommendation' }).click();
      await card.getByRole('button', { name: 'Add item' }).click();
      await card.getByRole('textbox', { name: 'Rationale', exact: true }).waitFor();
      await audit(page, 'board page, radiation oncologist adding an item');
      expectNoBlockingViolations();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'recommendations and decision: the chair’s draft decision, then the signed one',
    async () => {
      const page = await pageOf('chair');
      await page.goto(`${app.url}/cases/${CASE_ID}/board`);
      await page.getByTestId('decision-editor').waitFor();
      await audit(page, 'board page, chair with the draft decision');

      await send('chair', 'POST', `/api/cases/${CASE_ID}/decisions/${decision.id}/sign`, {
        version: decision.version,
      });
      await page.reload();
      await page.getByTestId('decision-signature').waitFor();
      await audit(page, 'board page, signed decision');
      expectNoBlockingViolations();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'referrer inbox, and one decision opened with its follow-up forms',
    async () => {
      await auditPath('referrer', '/my-recommendations', 'Desmond Achterberg');
      const page = await pageOf('referrer');
      await page.goto(`${app.url}/my-recommendations?decision=${decision.id}`);
      await page.getByTestId('decision-follow-up').waitFor();
      await audit(page, '/my-recommendations with a decision opened');
      expectNoBlockingViolations();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'meetings list',
    async () => {
      await auditPath('coordinator', '/meetings', 'Accessibility board');
      expectNoBlockingViolations();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'a meeting’s agenda and attendance',
    async () => {
      await auditPath('coordinator', `/meetings/${meeting.id}`, 'Accessibility board');
      expectNoBlockingViolations();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'live meeting rooms list and a started live room (chair and radiologist)',
    async () => {
      await liveCommand('start');
      await auditPath('coordinator', '/live', 'Accessibility board');
      for (const who of ['chair', 'radiologist'] as const) {
        const page = await pageOf(who);
        await page.goto(`${app.url}/live/${meeting.id}`);
        await page.getByTestId('connection-status').getByText('Live', { exact: true }).waitFor();
        await audit(page, `live room as ${who}`);
      }
      expectNoBlockingViolations();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'minutes of the meeting once it has ended',
    async () => {
      await liveCommand('mark_discussed');
      await liveCommand('end');
      const page = await pageOf('coordinator');
      await page.goto(`${app.url}/meetings/${meeting.id}/minutes`);
      await page.getByTestId('minutes-case').first().waitFor();
      await audit(page, 'minutes');
      expectNoBlockingViolations();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'admin: users and audit trail',
    async () => {
      await auditPath('admin', '/admin', USERS.referrer.email);
      await auditTabs(await pageOf('admin'), '/admin');
      expectNoBlockingViolations();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'quality dashboard',
    async () => {
      await auditPath('coordinator', '/quality');
      expectNoBlockingViolations();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'page not found',
    async () => {
      await auditPath('coordinator', '/no-such-page');
      expectNoBlockingViolations();
    },
    E2E_TIMEOUT_MS,
  );
});
