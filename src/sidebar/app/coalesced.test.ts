import { describe, expect, it } from 'vitest';
import { coalesced } from './coalesced';

const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

function gate() {
  let open = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('coalesced', () => {
  it('[SP3] a burst of calls in one turn is one run', async () => {
    let runs = 0;
    const c = coalesced(async () => void (runs += 1));
    c.schedule();
    c.schedule();
    c.schedule();
    expect(runs).toBe(0);
    await turn();
    expect(runs).toBe(1);
  });

  it('[SP3] calls while a run is under way make exactly one more run after it', async () => {
    let runs = 0;
    const first = gate();
    const c = coalesced(async () => {
      runs += 1;
      if (runs === 1) await first.promise;
    });
    c.schedule();
    await turn();
    c.schedule();
    c.schedule();
    c.schedule();
    expect(runs).toBe(1);
    first.open();
    await turn();
    await turn();
    expect(runs).toBe(2);
  });

  it('a failed run does not stop the next burst', async () => {
    let runs = 0;
    const c = coalesced(async () => {
      runs += 1;
      throw new Error('read failed');
    });
    c.schedule();
    await turn();
    c.schedule();
    await turn();
    expect(runs).toBe(2);
  });

  it('nothing runs after cancel', async () => {
    let runs = 0;
    const c = coalesced(async () => void (runs += 1));
    c.schedule();
    c.cancel();
    await turn();
    c.schedule();
    await turn();
    expect(runs).toBe(0);
  });
});
