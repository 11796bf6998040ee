import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startAppProcess, type AppProcess } from '../support/app-process.js';
import { launchBrowser } from '../support/browser.js';
import { DEMO, E2E_TIMEOUT_MS, passwordField, submitSignIn } from './support/sign-in.js';

describe('signing in and out', () => {
  let app: AppProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await startAppProcess({}, ['--demo']);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  }, E2E_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  }, E2E_TIMEOUT_MS);

  const userMenu = () => page.getByRole('banner').getByRole('button', { name: /Dr Jonas Weber/ });

  it(
    'sends a signed-out visitor to the sign-in page, then to the page they wanted',
    async () => {
      await page.goto(app.url + '/meetings');
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(page.url()).toBe(`${app.url}/login?next=%2Fmeetings`);
      expect(await page.title()).toBe('Sign in · Tumor Board');

      await submitSignIn(page, DEMO.chair.email, DEMO.chair.password);

      await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
      expect(page.url()).toBe(app.url + '/meetings');
      // The shell shows who is signed in, with their role.
      expect(await userMenu().textContent()).toContain('Dr Jonas Weber');
      expect(await userMenu().textContent()).toContain('Board chair');
      // Admin is only in the navigation of admins.
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Worklist' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'keeps the session across a reload',
    async () => {
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
      expect(await userMenu().textContent()).toContain('Dr Jonas Weber');
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'signs out from the user menu, clears the tab’s drafts and is back at the sign-in page',
    async () => {
      // A half-written referral in the tab may hold PHI: signing out removes it, and only it.
      await page.evaluate(() => {
        sessionStorage.setItem('tumor-board:intake-draft', '{"mrn":"X-1"}');
        sessionStorage.setItem('another-app', 'kept');
      });
      await userMenu().click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(page.url()).toBe(app.url + '/login');
      const keys = await page.evaluate(() => Object.keys(sessionStorage));
      expect(keys.filter((key) => key.startsWith('tumor-board:'))).toEqual([]);
      expect(keys).toContain('another-app');

      // The session is gone on the server too: the app asks to sign in again.
      await page.goto(app.url + '/worklist');
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(page.url()).toBe(`${app.url}/login?next=%2Fworklist`);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'shows the error for a wrong password, accessibly, and stays on the sign-in page',
    async () => {
      await page.goto(app.url + '/login');
      await submitSignIn(page, DEMO.chair.email, 'not-the-password');

      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('The email or password is incorrect');
      expect(page.url()).toBe(app.url + '/login');
      // The password is cleared and focused for the next try.
      expect(await passwordField(page).inputValue()).toBe('');
      expect(await passwordField(page).evaluate((el) => el === document.activeElement)).toBe(true);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'says so when the session has ended, and signs in again to the same page',
    async () => {
      await submitSignIn(page, DEMO.chair.email, DEMO.chair.password);
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
      await page.goto(app.url + '/quality');
      await page.getByRole('heading', { level: 1, name: 'Quality dashboard' }).waitFor();

      // What an idle timeout leaves behind: the server no longer knows the session cookie.
      await context.clearCookies({ name: 'tb_session' });
      await page.reload();

      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(page.url()).toBe(`${app.url}/login?next=%2Fquality`);
      expect(await page.getByRole('status').filter({ hasText: 'Your session has ended' }).count()).toBe(1);

      await submitSignIn(page, DEMO.chair.email, DEMO.chair.password);
      await page.getByRole('heading', { level: 1, name: 'Quality dashboard' }).waitFor();
    },
    E2E_TIMEOUT_MS,
  );
});
