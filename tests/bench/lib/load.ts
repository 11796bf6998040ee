import autocannon, { type Client } from 'autocannon';
import { summarize, type Summary } from './stats.js';

/** What one connection sends: a fresh request each time, and what it learns from each answer. */
export interface LoadClient {
  next(): { method: 'GET' | 'POST' | 'PATCH'; path: string; headers?: Record<string, string>; body?: string };
  onResponse?(status: number, body: string): void;
}

export interface LoadResult {
  /** Requests answered in the measured window. */
  n: number;
  seconds: number;
  rps: number;
  latency: Summary;
  /** Non-2xx answers, connection errors and timeouts. */
  errors: number;
  statuses: Record<string, number>;
  /** Mean response size in bytes (headers and body). */
  meanBytes: number;
  /** The first answer that was not 2xx, for the log. */
  firstError?: string;
}

/**
 * Closed-loop load over loopback with autocannon: one keep-alive connection per client, each sending
 * its next request as soon as the previous answer arrives. Latency is every response's, in ms.
 */
export function runLoad(url: string, clients: LoadClient[], seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let bytes = 0;
  let started = performance.now();
  let k = 0;
  let firstError: string | undefined;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: clients.length,
        duration: seconds,
        timeout: 30,
        setupClient(client: Client) {
          const c = clients[k++ % clients.length]!;
          client.setRequests([
            {
              setupRequest: (request) => {
                const next = c.next();
                return { ...request, ...next, headers: { ...request.headers, ...next.headers } };
              },
              onResponse: (status, body) => {
                if (status >= 300) firstError ??= `${status} ${body.slice(0, 300)}`;
                c.onResponse?.(status, body);
              },
            },
          ]);
        },
      },
      (error, result) => {
        if (error) return reject(error);
        const elapsed = (performance.now() - started) / 1000;
        const non2xx = Object.entries(statuses)
          .filter(([code]) => !code.startsWith('2'))
          .reduce((sum, [, n]) => sum + n, 0);
        resolve({
          n: latencies.length,
          seconds: elapsed,
          rps: latencies.length / elapsed,
          latency: summarize(latencies),
          errors: non2xx + result.errors + result.timeouts,
          statuses,
          meanBytes: latencies.length ? bytes / latencies.length : 0,
          firstError,
        });
      },
    );
    instance.on('start', () => (started = performance.now()));
    instance.on('response', (_client, status, size, ms) => {
      latencies.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
      bytes += size;
    });
  });
}
