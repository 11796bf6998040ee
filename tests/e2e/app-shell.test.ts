import type { Browser, Page } from 'playwright-core';
import { startAppProcess, type AppProcess } from '../support/app-process.js';
import { launchBrowser } from '../support/browser.js';
import { DEMO, E2E_TIMEOUT_MS, submitSignIn } from './support/sign-in.js';

describe('the app shell', () => {
  let app: AppProcess;
  let browser: Browser;
  let page: Page;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    // Demo users, because every page but sign-in and the calculators needs a session.
    app = await startAppProcess({}, ['--demo']);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text());
    });
  }, E2E_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  }, E2E_TIMEOUT_MS);

  it(
    'loads from the server and asks a signed-out visitor to sign in',
    async () => {
      await page.goto(app.url + '/');
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(page.url()).toBe(app.url + '/login');
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'shows the signed-in user that the server and database are healthy',
    async () => {
      await submitSignIn(page, DEMO.chair.email, DEMO.chair.password);
      const health = page.getByTestId('server-health');
      await health.getByText('Database: up').waitFor();
      expect(await health.textContent()).toMatch(/0 pending/);
      expect(await page.title()).toBe('Overview · Tumor Board');
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'navigates between features without a reload and without CSP violations',
    async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Worklist' }).click();
      await page.getByRole('heading', { level: 1, name: 'Worklist' }).waitFor();
      expect(page.url()).toBe(app.url + '/worklist');
      expect(cspViolations).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'serves deep links through the SPA fallback',
    async () => {
      const res = await page.goto(app.url + '/meetings');
      expect(res?.status()).toBe(200);
      await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    },
    E2E_TIMEOUT_MS,
  );
});
