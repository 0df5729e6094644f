import { describe, expect, it } from 'vitest';
import { DerivationBacklog } from './backgroundBacklog';

describe('DerivationBacklog', () => {
  it('[C6] starts with everything, then hands over the changes of every read since the last take', () => {
    const backlog = new DerivationBacklog();
    expect(backlog.take()).toBeUndefined();
    expect(backlog.take()).toEqual([]);
    backlog.add(['a', 'b']);
    backlog.add(['b', 'c']);
    expect(backlog.take()).toEqual(['a', 'b', 'c']);
    expect(backlog.take()).toEqual([]);
  });

  it('[C6] a full read in between means deriving everything', () => {
    const backlog = new DerivationBacklog();
    backlog.take();
    backlog.add(['a']);
    backlog.add(undefined);
    backlog.add(['b']);
    expect(backlog.take()).toBeUndefined();
  });
});
