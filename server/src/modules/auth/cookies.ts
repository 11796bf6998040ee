import type { CookieOptions, Request, Response } from 'express';
import { CSRF_COOKIE, SESSION_COOKIE } from '@tumor-board/shared';

/** Secure whenever the request reached us over TLS (directly or via a trusted proxy). */
const base = (req: Request): CookieOptions => ({ sameSite: 'strict', secure: req.secure, path: '/' });

/**
 * The session token is httpOnly; the CSRF token is readable by the page, which echoes it in
 * `X-CSRF-Token` (double submit). Both are session cookies: closing the browser drops them.
 */
export function setSessionCookies(req: Request, res: Response, token: string, csrf: string): void {
  res.cookie(SESSION_COOKIE, token, { ...base(req), httpOnly: true });
  res.cookie(CSRF_COOKIE, csrf, { ...base(req), httpOnly: false });
}

export function clearSessionCookies(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { ...base(req), httpOnly: true });
  res.clearCookie(CSRF_COOKIE, { ...base(req), httpOnly: false });
}
