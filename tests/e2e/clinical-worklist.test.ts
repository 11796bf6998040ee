import type { Browser, Locator, Page } from 'playwright-core';
import { startAppProcess, type AppProcess } from '../support/app-process.js';
import { launchBrowser } from '../support/browser.js';
import { E2E_TIMEOUT_MS, signInAt } from './support/sign-in.js';

/** The demo coordinator (server/src/demo/demo-users.ts); `--demo` seeds 13 cases. */
const COORDINATOR = { email: 'coordinator@demo.tumorboard.example', password: 'tb-demo-coordinator' };
const DEMO_CASES = 13;

describe('the worklist', () => {
  let app: AppProcess;
  let browser: Browser;
  let page: Page;

  const table = (): Locator => page.getByRole('table', { name: 'Cases' });
  /** The body rows (the header row has no cells). */
  const rows = (): Locator => table().locator('tbody tr');
  const cellTexts = (column: number): Promise<string[]> =>
    rows().evaluateAll((trs, i) => trs.map((tr) => tr.children[i]?.textContent ?? ''), column);
  const searchParams = () => new URL(page.url()).searchParams;
  /** Waits until every body row holds `text` in column `column` (the new answer has replaced the old rows). */
  const rowsShowOnly = (column: number, text: string) =>
    page.waitForFunction(
      ([i, expected]) => {
        const cells = [...document.querySelectorAll('table[aria-label="Cases"] tbody tr')].map(
          (tr) => tr.children[i]?.textContent,
        );
        return cells.length > 0 && cells.every((cell) => cell === expected);
      },
      [column, text] as const,
    );
  /** The rows shown are the answer to the current filters (not the previous list, kept while loading). */
  const settled = () => page.getByTestId('worklist-results').and(page.locator('[aria-busy="false"]')).waitFor();

  beforeAll(async () => {
    app = await startAppProcess({}, ['--demo']);
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    await signInAt(page, app.url, '/worklist', COORDINATOR);
  }, E2E_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  }, E2E_TIMEOUT_MS);

  it(
    'lists every referred case, a page at a time with "Load more"',
    async () => {
      await page.goto(`${app.url}/worklist?limit=5`);
      await page.getByText('Showing 5 cases; more to load').waitFor();
      await page.getByRole('button', { name: 'Load more' }).click();
      await page.getByText('Showing 10 cases; more to load').waitFor();
      await page.getByRole('button', { name: 'Load more' }).click();
      await page.getByText(`Showing ${DEMO_CASES} cases`, { exact: true }).waitFor();
      expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
      expect(await rows().count()).toBe(DEMO_CASES);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'keeps its filters in the address: a link or a reload opens the same list',
    async () => {
      await page.goto(`${app.url}/worklist?urgency=emergency`);
      await table().waitFor();
      expect(await cellTexts(3)).toEqual(['Emergency']);

      await page.getByRole('combobox', { name: 'Sort' }).selectOption('urgency');
      await page.waitForURL(/sort=urgency/);
      expect(searchParams().get('urgency')).toBe('emergency');

      await page.reload();
      await table().waitFor();
      expect(await cellTexts(3)).toEqual(['Emergency']);
      expect(await page.getByRole('combobox', { name: 'Sort' }).inputValue()).toBe('urgency');
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'filters by status with the multi-select and searches by name',
    async () => {
      await page.goto(`${app.url}/worklist`);
      await page.getByText(`Showing ${DEMO_CASES} cases`, { exact: true }).waitFor();

      await page.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'Draft', exact: true }).click();
      await page.keyboard.press('Escape');
      await page.waitForURL(/status=draft/);
      await rowsShowOnly(4, 'Draft');
      await settled();
      const statuses = await cellTexts(4);
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.length).toBeLessThan(DEMO_CASES);
      expect(new Set(statuses)).toEqual(new Set(['Draft']));

      await page.getByRole('button', { name: 'Clear filters' }).first().click();
      await page.getByText(`Showing ${DEMO_CASES} cases`, { exact: true }).waitFor();

      await page.getByRole('searchbox', { name: 'Search by MRN or name' }).fill('Marsh');
      await page.waitForURL(/q=Marsh/);
      await rowsShowOnly(0, 'Marsh, Helena');
      await settled();
      expect(await rows().count()).toBe(1);

      await page.getByRole('searchbox', { name: 'Search by MRN or name' }).fill('Nobody-Like-This');
      await page.getByText('No cases match these filters.').waitFor();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'opens a case from its row',
    async () => {
      await page.goto(`${app.url}/worklist?q=Marsh`);
      await table().getByRole('link', { name: 'Marsh, Helena' }).click();
      await page.getByRole('heading', { level: 1, name: 'Helena Marsh' }).waitFor();
      expect(page.url()).toMatch(/\/cases\/[0-9a-f-]{36}$/);
      await page.getByRole('region', { name: 'Readiness for the board' }).waitFor();
    },
    E2E_TIMEOUT_MS,
  );
});
