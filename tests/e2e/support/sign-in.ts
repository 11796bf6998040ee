import type { Page } from 'playwright-core';

/**
 * Per hook and test. jest only reads `testTimeout` from the top level of its config, not from a
 * project's, so the e2e project's 60 s would otherwise be jest's default 5 s (too short to start the app).
 */
export const E2E_TIMEOUT_MS = 60_000;

/** Demo accounts seeded by `--demo` (server/src/demo/demo-users.ts). */
export const DEMO = {
  admin: { email: 'admin@demo.tumorboard.example', password: 'tb-demo-admin', name: 'Alex Morgan' },
  chair: { email: 'chair@demo.tumorboard.example', password: 'tb-demo-chair', name: 'Dr Jonas Weber' },
} as const;

/** The password field; `getByLabel('Password')` would also match the "Toggle password visibility" button. */
export const passwordField = (page: Page) => page.getByRole('textbox', { name: 'Password', exact: true });

/** Fills in and sends the sign-in form the page is showing. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await passwordField(page).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Opens `path` (which sends a signed-out browser to the sign-in page), signs in, and waits to be back. */
export async function signInAt(page: Page, baseUrl: string, path: string, user: { email: string; password: string }) {
  await page.goto(baseUrl + path);
  await submitSignIn(page, user.email, user.password);
  await page.waitForURL(baseUrl + path);
}
