import { SlidingWindowCounter } from './sliding-window.js';

describe('SlidingWindowCounter', () => {
  it('allows up to the limit in the window, per key', () => {
    const counter = new SlidingWindowCounter(2, 1000);
    expect([counter.tryAcquire('a', 0), counter.tryAcquire('a', 10), counter.tryAcquire('a', 20)]).toEqual([
      true,
      true,
      false,
    ]);
    expect(counter.tryAcquire('b', 20)).toBe(true);
  });

  it('frees a slot once the oldest event leaves the window', () => {
    const counter = new SlidingWindowCounter(1, 1000);
    expect(counter.tryAcquire('a', 0)).toBe(true);
    expect(counter.tryAcquire('a', 999)).toBe(false);
    expect(counter.tryAcquire('a', 1000)).toBe(true);
  });
});
