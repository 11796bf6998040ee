import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startAppProcess, type AppProcess } from '../support/app-process.js';
import { launchBrowser } from '../support/browser.js';
import { DEMO, E2E_TIMEOUT_MS, signInAt } from './support/sign-in.js';

/** Demo people of this flow (server/src/demo/demo-users.ts). */
const USERS = {
  radonc: { email: 'radonc@demo.tumorboard.example', password: 'tb-demo-radiation', name: 'Dr Helen Zhou' },
  surgeon: { email: 'surgeon@demo.tumorboard.example', password: 'tb-demo-surgeon', name: 'Dr Marco Rossi' },
  chair: DEMO.chair,
  referrer: { email: 'referrer@demo.tumorboard.example', password: 'tb-demo-referrer', name: 'Dr Lena Fischer' },
} as const;

/** Demo case 5 (Desmond Achterberg, T9 lesion): already on a meeting's agenda (scheduled). */
const CASE_ID = '20000000-0000-4000-8000-000000000005';
const BOARD = `/cases/${CASE_ID}/board`;

describe('a board decision from recommendation to the referrer’s inbox', () => {
  let app: AppProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  /** Each user in a browser context of their own (own cookies), signed in through the login page. */
  const signedIn = async (user: { email: string; password: string }, path: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    const page = await context.newPage();
    await signInAt(page, app.url, path, user);
    return page;
  };

  /** Picks an option of the Mantine select (or multi-select) labelled `label`. */
  const choose = async (page: Page, label: string, option: string) => {
    await page.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  beforeAll(async () => {
    app = await startAppProcess({}, ['--demo']);
    browser = await launchBrowser();
  }, E2E_TIMEOUT_MS);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.stop();
  }, E2E_TIMEOUT_MS);

  it(
    'a radiation oncologist proposes 8 Gy in 1 fraction to the T9 lesion',
    async () => {
      const page = await signedIn(USERS.radonc, BOARD);
      await page.getByRole('heading', { level: 1, name: /^Board: / }).waitFor();
      const card = page.getByTestId('recommendation-radiation_oncology');
      await card.getByRole('button', { name: 'Write recommendation' }).click();
      await choose(page, 'Regimen', 'Conventional EBRT 8 Gy in 1 fraction');
      await card.getByRole('textbox', { name: 'Target' }).fill('T9');
      await card.getByTestId('item-preview').getByText('Conventional EBRT 8 Gy in 1 fraction to T9').waitFor();
      await card.getByRole('button', { name: 'Add item' }).click();
      await card.getByRole('button', { name: 'Propose' }).click();
      await card.getByText('Proposed', { exact: true }).waitFor();
      expect(await card.getByText('Conventional EBRT 8 Gy in 1 fraction to T9').count()).toBe(1);
      expect(await card.getByText(`By ${USERS.radonc.name}`, { exact: false }).count()).toBe(1);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'a surgeon proposes stabilisation with an intramedullary nail',
    async () => {
      const page = await signedIn(USERS.surgeon, BOARD);
      const card = page.getByTestId('recommendation-surgical_oncology');
      await card.getByRole('button', { name: 'Write recommendation' }).click();
      await choose(page, 'Procedure', 'Stabilisation');
      await choose(page, 'Fixation', 'Intramedullary nail');
      await card.getByRole('button', { name: 'Add item' }).click();
      await card.getByRole('button', { name: 'Propose' }).click();
      await card.getByText('Proposed', { exact: true }).waitFor();
      expect(await card.getByText('Stabilisation with intramedullary nail').count()).toBe(1);
      // The radiation oncologist's proposal is visible to the surgeon, read-only.
      const radonc = page.getByTestId('recommendation-radiation_oncology');
      expect(await radonc.getByText('Conventional EBRT 8 Gy in 1 fraction to T9').count()).toBe(1);
      expect(await radonc.getByRole('button', { name: /recommendation/ }).count()).toBe(0);
    },
    E2E_TIMEOUT_MS,
  );

  let chair: Page;

  it(
    'the chair signs a decision with both items, which then becomes read-only',
    async () => {
      const page = (chair = await signedIn(USERS.chair, BOARD));
      await page.getByRole('button', { name: 'Open draft decision' }).click();
      const editor = page.getByTestId('decision-editor');
      await editor.waitFor();
      await page
        .getByRole('button', { name: 'Add “Conventional EBRT 8 Gy in 1 fraction to T9” to the decision' })
        .click();
      await page.getByRole('button', { name: 'Add “Stabilisation with intramedullary nail” to the decision' }).click();
      await editor.getByText('From Radiation oncology').waitFor();
      await editor.getByText('From Surgical / orthopaedic oncology').waitFor();
      await choose(page, 'Present', USERS.radonc.name);
      await choose(page, 'Present', USERS.surgeon.name);
      await editor
        .getByRole('textbox', { name: 'Rationale', exact: true })
        .fill('Painful T9 lesion at risk: fix first, then single-fraction radiotherapy.');
      await editor.getByRole('button', { name: 'Record dissent' }).click();
      await choose(page, 'Dissenting member 1', USERS.surgeon.name);
      await editor.getByRole('textbox', { name: 'Dissent 1' }).fill('Prefers radiotherapy alone.');
      await editor.getByRole('button', { name: 'Save draft' }).click();
      await editor.getByText('Unsaved changes').waitFor({ state: 'detached' });

      await editor.getByRole('button', { name: 'Sign', exact: true }).click();
      await page
        .getByRole('dialog', { name: 'Sign the decision?' })
        .getByRole('button', { name: 'Sign decision' })
        .click();

      const signed = page.getByTestId('decision-view');
      await signed.getByTestId('decision-signature').waitFor();
      expect(await signed.getByTestId('decision-signature').textContent()).toContain(`by ${USERS.chair.name}`);
      expect(await signed.getByText('Conventional EBRT 8 Gy in 1 fraction to T9').count()).toBe(1);
      expect(await signed.getByText('Stabilisation with intramedullary nail').count()).toBe(1);
      expect(await signed.getByText('Prefers radiotherapy alone.', { exact: false }).count()).toBe(1);
      expect(await page.getByTestId('decision-editor').count()).toBe(0);
      expect(await signed.getByRole('button', { name: 'Amend' }).count()).toBe(1);
      expect(await signed.getByRole('link', { name: 'Download letter' }).count()).toBe(1);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'the referring oncologist finds it unread in the inbox, acknowledges it and downloads the letter',
    async () => {
      const page = await signedIn(USERS.referrer, '/my-recommendations');
      const row = page.getByTestId('inbox-table').getByRole('row', { name: /Desmond Achterberg/ });
      await row.waitFor();
      expect(await row.getByText('Unread').count()).toBe(1);
      await row.getByRole('link', { name: 'Desmond Achterberg' }).click();

      const detail = page.getByTestId('decision-follow-up');
      await detail.getByText('Stabilisation with intramedullary nail').waitFor();
      expect(await detail.getByText('Conventional EBRT 8 Gy in 1 fraction to T9').count()).toBe(1);
      expect(await detail.getByText(`by ${USERS.chair.name}`, { exact: false }).count()).toBeGreaterThan(0);

      await detail.getByRole('button', { name: 'Acknowledge' }).click();
      await detail.getByTestId('acknowledged').waitFor();
      await row.getByText('Unread').waitFor({ state: 'detached' });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        detail.getByRole('link', { name: 'Download letter' }).click(),
      ]);
      const file = await download.path();
      const bytes = await readFile(file);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      const href = await detail.getByRole('link', { name: 'Download letter' }).getAttribute('href');
      const response = await page.context().request.get(app.url + href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^application\/pdf/);

      // Follow-up: one item was not done (with why), and the 30-day outcome.
      await detail.getByRole('button', { name: 'Record outcome: Stabilisation with intramedullary nail' }).click();
      const form = detail.getByRole('form', { name: 'Outcome of Stabilisation with intramedullary nail' });
      await form.getByRole('radio', { name: 'Not done' }).check();
      await form.getByRole('textbox', { name: 'Reason' }).fill('Patient declined surgery.');
      await form.getByRole('button', { name: 'Save outcome' }).click();
      await detail.getByText('— Patient declined surgery.', { exact: false }).waitFor();

      const outcome = detail.getByRole('form', { name: 'Record an outcome' });
      await choose(page, 'Pain response', 'Partial response');
      await outcome.getByRole('checkbox', { name: 'Radiotherapy to bone' }).check();
      await outcome.getByRole('button', { name: 'Save 30-day outcome' }).click();
      await detail.getByRole('cell', { name: '30 days' }).waitFor();
      await page.screenshot({ path: '/tmp/referrer-inbox-detail.png' });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: '/tmp/referrer-inbox.png' });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'an amendment edited by two people at once shows the conflict, and signing it supersedes the original',
    async () => {
      await chair.getByRole('button', { name: 'Amend' }).click();
      const dialog = chair.getByRole('dialog', { name: 'Amend the signed decision' });
      await dialog.getByRole('textbox', { name: 'Reason for the amendment' }).fill('Add a follow-up MRI.');
      await dialog.getByRole('button', { name: 'Open amendment' }).click();
      const chairEditor = chair.getByTestId('decision-editor');
      await chairEditor.getByText('Reason for amendment: Add a follow-up MRI.').waitFor();

      // The radiation oncologist opens the same draft and saves a change first.
      const radonc = await signedIn(USERS.radonc, BOARD);
      const radoncEditor = radonc.getByTestId('decision-editor');
      await radoncEditor
        .getByRole('textbox', { name: 'Rationale', exact: true })
        .fill('Radiotherapy within two weeks of fixation.');
      await radoncEditor.getByRole('button', { name: 'Save draft' }).click();
      await radoncEditor.getByText('Unsaved changes').waitFor({ state: 'detached' });

      // The chair's edit was based on the older version: 409, both versions shown.
      await chairEditor
        .getByRole('textbox', { name: 'Rationale', exact: true })
        .fill('Fixation first; follow-up MRI at 6 weeks.');
      await chairEditor.getByRole('button', { name: 'Save draft' }).click();
      const conflict = chair.getByTestId('decision-conflict');
      await conflict.getByText('Rationale: Radiotherapy within two weeks of fixation.').waitFor();
      expect(await conflict.getByText('Rationale: Fixation first; follow-up MRI at 6 weeks.').count()).toBe(1);
      await conflict.getByRole('button', { name: 'Reapply my edit' }).click();
      await chairEditor.getByRole('button', { name: 'Save draft' }).click();
      await chairEditor.getByText('Unsaved changes').waitFor({ state: 'detached' });

      await chairEditor.getByRole('button', { name: 'Sign', exact: true }).click();
      await chair
        .getByRole('dialog', { name: 'Sign the decision?' })
        .getByRole('button', { name: 'Sign decision' })
        .click();
      await chair.getByTestId('decision-editor').waitFor({ state: 'detached' });
      const views = chair.getByTestId('decision-view');
      expect(await views.count()).toBe(2);
      await views.nth(0).getByText('Fixation first; follow-up MRI at 6 weeks.').waitFor();
      expect(await views.nth(1).getByText('Superseded', { exact: true }).count()).toBe(1);
      await chair.screenshot({ path: '/tmp/decision-board.png', fullPage: false });
    },
    E2E_TIMEOUT_MS,
  );
});
