import type { Browser, Page } from 'playwright-core';
import { startAppProcess, type AppProcess } from '../support/app-process.js';
import { launchBrowser } from '../support/browser.js';
import { DEMO, E2E_TIMEOUT_MS, signInAt, submitSignIn } from './support/sign-in.js';

describe('admin and score calculators', () => {
  let app: AppProcess;
  let browser: Browser;
  const newPage = async (): Promise<Page> =>
    (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();

  beforeAll(async () => {
    app = await startAppProcess({}, ['--demo']);
    browser = await launchBrowser();
  }, E2E_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  }, E2E_TIMEOUT_MS);

  describe('users', () => {
    let admin: Page;
    let invitation: string;
    const newUser = { name: 'Dr Ines Duarte', email: 'ines.duarte@hospital.example' };

    beforeAll(async () => {
      admin = await newPage();
      await signInAt(admin, app.url, '/admin', DEMO.admin);
    }, E2E_TIMEOUT_MS);

    it(
      'creates a user through the form and sees it in the table',
      async () => {
        const users = admin.getByRole('table', { name: 'Users' });
        await users.waitFor();
        expect(await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).count()).toBe(
          1,
        );

        await admin.getByRole('button', { name: 'Create user' }).click();
        const form = admin.getByRole('dialog', { name: 'New user' });
        // zod validation from shared, before anything is sent.
        await form.getByRole('button', { name: 'Create user' }).click();
        await form.getByText('Name is required').waitFor();
        await form.getByText('The user needs at least one role').waitFor();

        await form.getByRole('textbox', { name: 'Name' }).fill(newUser.name);
        await form.getByRole('textbox', { name: 'Email' }).fill(newUser.email);
        await form.getByRole('combobox', { name: 'Discipline' }).selectOption('radiology');
        await form.getByRole('checkbox', { name: 'Radiologist', exact: true }).check();
        await form.getByRole('button', { name: 'Create user' }).click();

        // No password given: the invitation link is shown once, to copy.
        const created = admin.getByRole('dialog', { name: 'User created' });
        const link = created.getByRole('textbox', { name: 'Invitation link' });
        await link.waitFor();
        invitation = await link.inputValue();
        expect(invitation).toMatch(new RegExp(`^${app.url}/set-password\\?token=[\\w-]+$`));
        await created.getByRole('button', { name: 'Copy link' }).waitFor();
        await created.getByRole('button', { name: 'Done' }).click();

        const row = users.getByRole('row', { name: new RegExp(newUser.name) });
        await row.waitFor();
        const text = await row.textContent();
        expect(text).toContain(newUser.email);
        expect(text).toContain('Radiology');
        expect(text).toContain('Radiologist');
        expect(text).toContain('No password yet');
      },
      E2E_TIMEOUT_MS,
    );

    it(
      'lets the new user choose a password with the invitation link and sign in',
      async () => {
        const user = await newPage();
        await user.goto(invitation);
        await user.getByRole('heading', { level: 1, name: 'Set your password' }).waitFor();
        await user.getByRole('textbox', { name: 'New password', exact: true }).fill('short');
        await user.getByRole('textbox', { name: 'Repeat the new password' }).fill('short');
        await user.getByRole('button', { name: 'Set password' }).click();
        await user.getByText('The password must be at least 12 characters').waitFor();

        const password = 'violet kestrel harbour 42';
        await user.getByRole('textbox', { name: 'New password', exact: true }).fill(password);
        await user.getByRole('textbox', { name: 'Repeat the new password' }).fill(password);
        await user.getByRole('button', { name: 'Set password' }).click();
        await user.getByText('Your password is set').waitFor();

        await user.getByRole('link', { name: 'Sign in' }).click();
        await submitSignIn(user, newUser.email, password);
        const menu = user.getByRole('banner').getByRole('button', { name: new RegExp(newUser.name) });
        await menu.waitFor();
        expect(await menu.textContent()).toContain('Radiologist');
      },
      E2E_TIMEOUT_MS,
    );

    it(
      'records both in the audit trail',
      async () => {
        await admin.getByRole('tab', { name: 'Audit trail' }).click();
        const events = admin.getByRole('table', { name: 'Audit events' });
        await events.waitFor();
        await events.getByRole('row').filter({ hasText: 'user.create' }).first().waitFor();
        await events.getByRole('row').filter({ hasText: 'user.set_password' }).first().waitFor();
        expect(await admin.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe(
          '/api/admin/audit/export',
        );
      },
      E2E_TIMEOUT_MS,
    );
  });

  describe('calculators', () => {
    let page: Page;
    beforeAll(async () => {
      page = await newPage();
    }, E2E_TIMEOUT_MS);

    const group = (name: RegExp | string) => page.getByRole('radiogroup', { name });

    it(
      'opens without signing in',
      async () => {
        await page.goto(app.url + '/scores');
        await page.getByRole('heading', { level: 1, name: 'Score calculators' }).waitFor();
        expect(page.url()).toBe(app.url + '/scores');
        await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
        expect(await page.getByRole('tab').allTextContents()).toEqual([
          'SINS',
          'Mirels',
          'Bilsky',
          'Tokuhashi',
          'Tomita',
          'NOMS',
        ]);
      },
      E2E_TIMEOUT_MS,
    );

    it(
      'computes a SINS for a lytic T12 lesion with mechanical pain as the answers come in',
      async () => {
        const result = page.getByTestId('score-result');
        await page.getByRole('combobox', { name: 'Vertebral level' }).selectOption('T12');
        expect(await page.getByTestId('sins-derived-location').textContent()).toBe('T12 is junctional: 3 points.');
        await group('Pain')
          .getByRole('radio', { name: /^Mechanical pain/ })
          .check();
        await group('Bone lesion')
          .getByRole('radio', { name: /^Lytic/ })
          .check();

        // Incomplete: the missing components are listed instead of a total.
        expect(await page.getByTestId('score-missing').getByRole('listitem').allTextContents()).toEqual([
          'Spinal alignment',
          'Vertebral body collapse',
          'Posterolateral involvement',
        ]);
        expect(await result.getByTestId('score-total').count()).toBe(0);

        await group('Radiographic spinal alignment')
          .getByRole('radio', { name: /^Normal alignment/ })
          .check();
        await group('Vertebral body collapse')
          .getByRole('radio', { name: /^Less than 50 %/ })
          .check();
        await group('Posterolateral involvement of spinal elements')
          .getByRole('radio', { name: /^Unilateral/ })
          .check();

        // 3 (junctional) + 3 (mechanical) + 2 (lytic) + 0 + 2 (< 50 % collapse) + 1 (unilateral) = 11
        expect(await result.getByTestId('score-total').textContent()).toBe('11');
        expect(await result.getByTestId('score-category').textContent()).toBe('Potentially unstable');
        expect(await result.textContent()).toContain('Location derived from T12: Junctional');
        expect(await result.textContent()).toContain('Fisher CG');

        await group('Radiographic spinal alignment')
          .getByRole('radio', { name: /^Subluxation/ })
          .check();
        expect(await result.getByTestId('score-total').textContent()).toBe('15');
        expect(await result.getByTestId('score-category').textContent()).toBe('Unstable');
      },
      E2E_TIMEOUT_MS,
    );

    it(
      'shows the humerus caveat for an upper-limb Mirels score',
      async () => {
        await page.getByRole('tab', { name: 'Mirels' }).click();
        await group('Site')
          .getByRole('radio', { name: /^Upper limb/ })
          .check();
        await group('Pain')
          .getByRole('radio', { name: /^Functional/ })
          .check();
        await group('Lesion')
          .getByRole('radio', { name: /^Lytic/ })
          .check();
        await group('Size')
          .getByRole('radio', { name: /^More than two thirds/ })
          .check();
        const result = page.getByTestId('score-result');
        expect(await result.getByTestId('score-total').textContent()).toBe('10');
        expect(await result.getByTestId('score-category').textContent()).toBe('High fracture risk');
        expect(await result.textContent()).toContain('Humerus: the published cut-off may not transfer');
        expect(page.url()).toBe(app.url + '/scores?tool=mirels');
      },
      E2E_TIMEOUT_MS,
    );
  });
});
