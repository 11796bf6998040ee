/**
 * Sign-in attempts per source address in a sliding window, held in memory (per process). The
 * per-account limit is the lockout kept in the database (AuthService), which holds across
 * processes; this one stops one address from spraying many accounts.
 */
export class LoginRateLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Records an attempt; false when the address is over its limit. */
  tryAttempt(address: string, now: number): boolean {
    const recent = (this.attempts.get(address) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.attempts.set(address, recent);
      return false;
    }
    recent.push(now);
    this.attempts.set(address, recent);
    if (this.attempts.size > 10_000) this.prune(now);
    return true;
  }

  private prune(now: number): void {
    for (const [address, times] of this.attempts) {
      if (times.every((t) => now - t >= this.windowMs)) this.attempts.delete(address);
    }
  }
}
