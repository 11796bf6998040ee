import type { Browser, Page } from 'playwright-core';
import { startAppProcess, type AppProcess } from '../support/app-process.js';
import { launchBrowser } from '../support/browser.js';
import { E2E_TIMEOUT_MS, signInAt } from './support/sign-in.js';

const MEDONC = { email: 'medonc@demo.tumorboard.example', password: 'tb-demo-medical' };
const RADONC = { email: 'radonc@demo.tumorboard.example', password: 'tb-demo-radiation' };
/** Demo case 4 (Henrik Aaltonen, prostate, ready for the board). */
const BOARD = '/cases/20000000-0000-4000-8000-000000000004/board';

describe('safety warnings on the recommendation form', () => {
  let app: AppProcess;
  let browser: Browser;

  const signedIn = async (user: { email: string; password: string }): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await signInAt(page, app.url, BOARD, user);
    return page;
  };
  const choose = async (page: Page, label: string, option: string) => {
    await page.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  beforeAll(async () => {
    app = await startAppProcess({}, ['--demo']);
    browser = await launchBrowser();
  }, E2E_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  }, E2E_TIMEOUT_MS);

  it(
    'shows a contraindication live as the creatinine clearance is typed, and still saves the item',
    async () => {
      const page = await signedIn(MEDONC);
      const card = page.getByTestId('recommendation-medical_oncology');
      await card.getByRole('button', { name: 'Write recommendation' }).click();
      await choose(page, 'Kind', 'Bone-modifying agent');
      await choose(page, 'Agent', 'Zoledronic acid');
      const warnings = card.getByTestId('safety-warnings');
      await card.getByRole('textbox', { name: 'Creatinine clearance (mL/min)' }).fill('25');
      await warnings
        .getByText(/^Contraindication: Zoledronic acid is not recommended at creatinine clearance 25/)
        .waitFor();
      await card.getByRole('textbox', { name: 'Creatinine clearance (mL/min)' }).fill('65');
      await warnings.getByText(/^Contraindication:/).waitFor({ state: 'detached' });
      await card.getByRole('textbox', { name: 'Creatinine clearance (mL/min)' }).fill('25');

      // Never blocking: the item is added and saved with its warning.
      await card.getByRole('button', { name: 'Add item' }).click();
      await card.getByRole('button', { name: 'Save draft' }).click();
      await card.getByText('Draft', { exact: true }).waitFor();
      await card
        .getByTestId('stored-item')
        .getByText(/^Contraindication:/)
        .waitFor();
      expect(await card.getByTestId('stored-item').count()).toBe(1);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'marks a free-entry radiotherapy prescription outside the catalogue for checking',
    async () => {
      const page = await signedIn(RADONC);
      const card = page.getByTestId('recommendation-radiation_oncology');
      await card.getByRole('button', { name: 'Write recommendation' }).click();
      await choose(page, 'Technique', 'Conventional EBRT');
      await card.getByRole('textbox', { name: 'Total dose (Gy)' }).fill('25');
      await card.getByRole('textbox', { name: 'Fractions' }).fill('5');
      await card.getByRole('textbox', { name: 'Target' }).fill('L4');
      await card
        .getByTestId('safety-warnings')
        .getByText(/^Check:/)
        .waitFor();
      expect(await page.getByRole('combobox', { name: 'Regimen' }).inputValue()).toBe('Free entry');
      // Typing a catalogue prescription selects the regimen.
      await card.getByRole('textbox', { name: 'Total dose (Gy)' }).fill('20');
      await page
        .getByRole('combobox', { name: 'Regimen' })
        .and(page.locator('[value="Conventional EBRT 20 Gy in 5 fractions"]'))
        .waitFor();
      await card.getByRole('textbox', { name: 'Total dose (Gy)' }).fill('25');
      await card.getByTestId('safety-warnings').scrollIntoViewIfNeeded();
      await page.screenshot({ path: '/tmp/board-page.png' });
    },
    E2E_TIMEOUT_MS,
  );
});
