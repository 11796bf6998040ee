import { randomBytes } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import { startAppProcess, type AppProcess } from '../support/app-process.js';
import { launchBrowser } from '../support/browser.js';
import { E2E_TIMEOUT_MS, signInAt } from './support/sign-in.js';

/** The demo clinician (server/src/demo/demo-users.ts). */
const CLINICIAN = { email: 'clinician@demo.tumorboard.example', password: 'tb-demo-clinician' };

const CASE_URL = /\/cases\/[0-9a-f-]{36}$/;

describe('a clinician refers a new patient and scores a spinal lesion', () => {
  let app: AppProcess;
  let browser: Browser;
  let page: Page;
  const mrn = `E2E-${randomBytes(4).toString('hex')}`;

  /** One item of the readiness checklist, found by its label. */
  const readinessItem = (label: string): Locator =>
    page.getByRole('list', { name: 'Readiness checklist' }).getByRole('listitem').filter({ hasText: label });
  /** "Met: …" or "Not met: …", as a screen reader reads the item. */
  const readinessState = async (label: string): Promise<string> =>
    ((await readinessItem(label).textContent()) ?? '').trim();

  beforeAll(async () => {
    app = await startAppProcess({}, ['--demo']);
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    await signInAt(page, app.url, '/intake', CLINICIAN);
  }, E2E_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  }, E2E_TIMEOUT_MS);

  it(
    'registers the patient and saves a draft case through the intake form',
    async () => {
      await page.getByRole('heading', { level: 1, name: 'New referral' }).waitFor();
      await page.getByRole('textbox', { name: /^MRN/ }).fill(mrn);
      await page.getByRole('button', { name: 'Find patient' }).click();
      await page.getByText(`No patient with MRN ${mrn} is registered`).waitFor();

      // shared's patientCreateSchema runs before anything is sent.
      const register = page.getByRole('form', { name: 'Register a new patient' });
      await register.getByRole('button', { name: 'Register patient' }).click();
      await register.getByText('Given name is required').waitFor();
      await register.getByRole('textbox', { name: /^Given name/ }).fill('Ingrid');
      await register.getByRole('textbox', { name: /^Family name/ }).fill('Testperson');
      await register.getByLabel(/^Birth date/).fill('1958-03-14');
      await register.getByRole('combobox', { name: /^Sex/ }).selectOption('female');
      await register.getByRole('button', { name: 'Register patient' }).click();

      const referral = page.getByRole('form', { name: '2. Referral' });
      await referral.waitFor();
      await page.getByText(`MRN ${mrn}`).waitFor();

      // The draft lives in sessionStorage until it is saved: a reload loses nothing.
      const question = 'Painful T12 lesion: radiotherapy alone, or stabilisation first?';
      await referral.getByRole('textbox', { name: 'Clinical question for the board' }).fill(question);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'New referral' }).waitFor();
      expect(await referral.getByRole('textbox', { name: 'Clinical question for the board' }).inputValue()).toBe(
        question,
      );

      // Urgency has no default: the form refuses to guess it.
      await referral.getByRole('button', { name: 'Save draft' }).click();
      await referral.getByText('Urgency is required').waitFor();
      await referral.getByRole('radio', { name: 'Urgent', exact: true }).check();
      await referral.getByRole('combobox', { name: 'Primary cancer' }).selectOption('breast');
      await referral.getByRole('radio', { name: /^None: bone-only disease/ }).check();
      await referral.getByRole('button', { name: 'Save draft' }).click();

      await page.waitForURL(CASE_URL);
      await page.getByRole('heading', { level: 1, name: 'Ingrid Testperson' }).waitFor();
      expect(await page.getByText(`MRN ${mrn}`).count()).toBe(1);
      expect(await readinessState('Primary cancer recorded')).toMatch(/^Met:/);
      expect(await readinessState('Clinical question for the board recorded')).toMatch(/^Met:/);
      // No lesions yet: nothing to score, so the SINS item holds.
      expect(await readinessState('SINS complete for every spinal lesion')).toMatch(/^Met:/);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'adds a T12 lytic lesion with mechanical pain: SINS stays incomplete, and the checklist says so',
    async () => {
      await page.getByRole('tab', { name: 'Lesions' }).click();
      await page.getByText('No lesions recorded yet.').waitFor();
      await page.getByRole('button', { name: 'Add lesion' }).click();

      const editor = page.getByRole('dialog', { name: 'Add a lesion' });
      await editor.getByRole('combobox', { name: /^Bone/ }).selectOption('spine');
      await editor.getByRole('combobox', { name: /^Vertebral level/ }).selectOption('T12');
      expect(await editor.getByRole('combobox', { name: /^Side/ }).inputValue()).toBe('midline');
      await editor
        .getByRole('radiogroup', { name: 'Lesion type' })
        .getByRole('radio', { name: 'Lytic', exact: true })
        .check();
      await editor
        .getByRole('radiogroup', { name: 'SINS: pain' })
        .getByRole('radio', { name: /^Mechanical pain/ })
        .check();

      // Scores update as the inputs are chosen, before anything is saved.
      const live = editor.getByTestId('live-sins');
      await live.getByText('Incomplete: missing alignment, collapse, posterolateral involvement').waitFor();
      await editor.getByRole('button', { name: 'Save lesion' }).click();
      await editor.waitFor({ state: 'detached' });

      const row = page.getByRole('table', { name: 'Lesions' }).getByRole('row', { name: /T12 vertebra/ });
      await row.getByText('missing alignment, collapse, posterolateral involvement').waitFor();
      await row.getByText('Not graded').waitFor();
      await page
        .getByRole('img', { name: 'T12 vertebra: SINS incomplete (missing alignment, collapse, posterolateral)' })
        .waitFor();
      await readinessItem('SINS complete for every spinal lesion')
        .getByText(/T12 vertebra: missing alignment/)
        .waitFor();
      expect(await readinessState('SINS complete for every spinal lesion')).toMatch(/^Not met:/);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'completes the SINS inputs in the editor: 13, unstable, on the table, the skeleton and the checklist',
    async () => {
      await page.getByRole('button', { name: 'Edit T12 vertebra' }).click();
      const editor = page.getByRole('dialog', { name: 'Edit lesion: T12 vertebra' });
      const live = editor.getByTestId('live-sins');

      await editor
        .getByRole('radiogroup', { name: 'SINS: spinal alignment' })
        .getByRole('radio', { name: /^De novo deformity/ })
        .check();
      await editor
        .getByRole('radiogroup', { name: 'SINS: vertebral body collapse' })
        .getByRole('radio', { name: /^Less than 50 % collapse/ })
        .check();
      await live.getByText('Incomplete: missing posterolateral involvement').waitFor();
      await editor
        .getByRole('radiogroup', { name: 'SINS: posterolateral involvement' })
        .getByRole('radio', { name: /^Unilateral/ })
        .check();
      // Fisher 2010: junctional 3 + mechanical 3 + lytic 2 + de novo deformity 2 + collapse < 50 % 2
      // + unilateral 1 = 13, the lowest "unstable" total.
      await live.getByText('13', { exact: true }).waitFor();
      await live.getByText('Unstable', { exact: true }).waitFor();
      await editor.getByRole('combobox', { name: 'Bilsky ESCC grade' }).selectOption('1b');
      await editor.getByRole('button', { name: 'Save lesion' }).click();
      await editor.waitFor({ state: 'detached' });

      const row = page.getByRole('table', { name: 'Lesions' }).getByRole('row', { name: /T12 vertebra/ });
      await row.getByText('13 · Unstable').waitFor();
      await row.getByText('1b · Low grade').waitFor();

      const marker = page.getByRole('img', { name: 'T12 vertebra: SINS 13, unstable' });
      await marker.waitFor();
      expect(await marker.getAttribute('data-band')).toBe('high');
      await marker.focus();
      expect(await page.getByTestId('skeleton-focused').textContent()).toBe('T12 vertebra: SINS 13, unstable');

      await readinessItem('SINS complete for every spinal lesion').getByText('1 spinal lesion scored').waitFor();
      expect(await readinessState('SINS complete for every spinal lesion')).toMatch(/^Met:/);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'submits the case, and shows the unmet readiness items when it is marked ready too early',
    async () => {
      await page.getByRole('button', { name: 'Submit to the board' }).click();
      await page.getByRole('button', { name: 'Mark ready for the board' }).click();
      const refusal = page.getByRole('alert').filter({ hasText: 'Could not move the case' });
      await refusal.getByText('The case is not complete enough for the board yet.').waitFor();
      await refusal
        .getByRole('listitem')
        .filter({ hasText: /^Pain score in the most recent assessment/ })
        .waitFor();
      await refusal
        .getByRole('listitem')
        .filter({ hasText: /^At least one imaging summary within 60 days/ })
        .waitFor();

      // Refused: the case stays submitted, so the same move is still offered.
      expect(await page.getByRole('button', { name: 'Mark ready for the board' }).count()).toBe(1);

      await page.getByRole('tab', { name: 'History' }).click();
      await page.getByText('Draft → Submitted').waitFor();
      expect(await page.getByText('Submitted → Ready for the board').count()).toBe(0);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'keeps an edit that collided with someone else’s: reload their version and reapply it',
    async () => {
      await page.getByRole('tab', { name: 'Summary' }).click();
      await page.getByRole('button', { name: 'Edit summary' }).click();
      const form = page.getByRole('form', { name: 'Edit the case summary' });
      await form.getByRole('textbox', { name: 'Histology' }).fill('Invasive lobular carcinoma, ER+/HER2−');

      // Meanwhile a colleague saves the same case (same session here; the server only sees versions).
      const caseId = new URL(page.url()).pathname.split('/').pop()!;
      const status = await page.evaluate(async (id) => {
        const csrf = decodeURIComponent(/(?:^|; )tb_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '');
        const current = (await (await fetch(`/api/cases/${id}`)).json()) as { case: { version: number } };
        const res = await fetch(`/api/cases/${id}`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
          body: JSON.stringify({ version: current.case.version, currentSystemicTherapy: 'Letrozole since 2024' }),
        });
        return res.status;
      }, caseId);
      expect(status).toBe(200);

      await form.getByRole('button', { name: 'Save summary' }).click();
      const conflict = form.getByRole('alert').filter({ hasText: 'Someone else changed this case' });
      await conflict.getByText('They changed: Current systemic therapy.', { exact: false }).waitFor();
      await conflict.getByRole('button', { name: 'Reload and reapply my changes' }).click();
      expect(await form.getByRole('textbox', { name: 'Current systemic therapy' }).inputValue()).toBe(
        'Letrozole since 2024',
      );
      expect(await form.getByRole('textbox', { name: 'Histology' }).inputValue()).toBe(
        'Invasive lobular carcinoma, ER+/HER2−',
      );
      await form.getByRole('button', { name: 'Save summary' }).click();
      await form.waitFor({ state: 'detached' });
      await page.getByText('Invasive lobular carcinoma, ER+/HER2−').waitFor();
      await page.getByText('Letrozole since 2024').waitFor();
    },
    E2E_TIMEOUT_MS,
  );
});
