/**
 * Counts events per key in a sliding window, in memory (per process). Used for public endpoints
 * and sign-in; limits that must hold across processes live in the database instead.
 */
export class SlidingWindowCounter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records an event; false when the key is already at its limit (the event is not counted). */
  tryAcquire(key: string, now: number): boolean {
    const recent = (this.events.get(key) ?? []).filter((t) => now - t < this.windowMs);
    const allowed = recent.length < this.limit;
    if (allowed) recent.push(now);
    this.events.set(key, recent);
    if (this.events.size > 10_000) this.prune(now);
    return allowed;
  }

  private prune(now: number): void {
    for (const [key, times] of this.events) {
      if (times.every((t) => now - t >= this.windowMs)) this.events.delete(key);
    }
  }
}
