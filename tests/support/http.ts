/** A small HTTP client for API tests: real requests over loopback, JSON in and out. */
export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  /** A raw body sent as is (for malformed JSON tests). */
  rawBody?: string;
  headers?: Record<string, string>;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Keeps cookies like a browser would (one origin) and, once signed in, echoes the CSRF cookie in
 * `X-CSRF-Token` on unsafe methods, as the web client does.
 */
export class HttpClient {
  readonly cookies = new Map<string, string>();
  /** Set false to test the CSRF check. */
  sendCsrf = true;

  constructor(readonly baseUrl: string) {}

  async request<T = unknown>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    } else if (body !== undefined) {
      headers['content-type'] ??= 'application/json';
    }
    const method = options.method ?? 'GET';
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('tb_csrf');
    if (this.sendCsrf && csrf && UNSAFE.has(method)) headers['x-csrf-token'] ??= csrf;
    const res = await fetch(this.baseUrl + path, { method, headers, body });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = decodeURIComponent(pair!.slice(eq + 1));
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  }

  get = <T = unknown>(path: string, options?: RequestOptions) => this.request<T>(path, { ...options, method: 'GET' });
  post = <T = unknown>(path: string, body?: unknown, options?: RequestOptions) =>
    this.request<T>(path, { ...options, method: 'POST', body });
  patch = <T = unknown>(path: string, body?: unknown, options?: RequestOptions) =>
    this.request<T>(path, { ...options, method: 'PATCH', body });
  put = <T = unknown>(path: string, body?: unknown, options?: RequestOptions) =>
    this.request<T>(path, { ...options, method: 'PUT', body });
  delete = <T = unknown>(path: string, options?: RequestOptions) =>
    this.request<T>(path, { ...options, method: 'DELETE' });
}
