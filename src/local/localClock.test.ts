import { describe, expect, it } from 'vitest';
import { LocalClock } from './localClock';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LocalClock', () => {
  it('a virtual clock runs timers only when advanced, in time order, at their own time', () => {
    const clock = new LocalClock('virtual', 1000);
    const ran: [string, number][] = [];
    clock.at(50, () => ran.push(['late', clock.now()]));
    clock.at(10, () => ran.push(['early', clock.now()]));
    clock.at(10, () => ran.push(['early too', clock.now()]));
    clock.advance(20);
    expect(ran).toEqual([
      ['early', 1010],
      ['early too', 1010],
    ]);
    expect([clock.now(), clock.pending]).toEqual([1020, 1]);
  });

  it('flush runs every timer, including those set while flushing, and ends at the last one', () => {
    const clock = new LocalClock('virtual', 0);
    const ran: number[] = [];
    clock.at(100, () => {
      ran.push(clock.now());
      clock.at(100, () => ran.push(clock.now()));
    });
    clock.flush();
    expect([ran, clock.now(), clock.pending]).toEqual([[100, 200], 200, 0]);
  });

  it('a real clock fires its timers by itself, and flush runs them early, once', async () => {
    const clock = new LocalClock('real');
    const ran: string[] = [];
    clock.at(20, () => ran.push('soon'));
    clock.at(10_000, () => ran.push('much later'));
    await pause(60);
    expect(ran).toEqual(['soon']);
    clock.flush();
    await pause(10);
    expect(ran).toEqual(['soon', 'much later']);
  });
});
