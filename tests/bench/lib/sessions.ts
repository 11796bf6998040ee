/** A signed-in HTTP session for benchmarks: cookies kept, CSRF header sent on unsafe methods. */
export class BenchSession {
  private cookies = new Map<string, string>();

  private constructor(readonly baseUrl: string) {}

  static async signIn(baseUrl: string, email: string, password: string): Promise<BenchSession> {
    const session = new BenchSession(baseUrl);
    const res = await session.request('POST', '/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`sign-in failed for ${email}: ${res.status}`);
    return session;
  }

  /** The double-submit token unsafe methods send back as X-CSRF-Token. */
  get csrfToken(): string {
    return this.cookies.get('tb_csrf') ?? '';
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: {
        'content-type': 'application/json',
        cookie: this.cookieHeader,
        ...(method !== 'GET' && this.cookies.has('tb_csrf') ? { 'x-csrf-token': this.cookies.get('tb_csrf')! } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq), decodeURIComponent(pair!.slice(eq + 1)));
    }
    return res;
  }
}
