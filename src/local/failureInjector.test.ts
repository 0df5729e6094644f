import { describe, expect, it } from 'vitest';
import { HostErrorCode } from '../port/hostErrors';
import { FailureInjector } from './failureInjector';

const draws = (f: FailureInjector, calls: [string, string?][]) => calls.map(([m, t]) => f.draw(m, t) ?? '-');

describe('FailureInjector', () => {
  it('failNext(n) fails the next n calls, whatever they are', () => {
    const f = new FailureInjector();
    f.failNext(2, 'after');
    expect(draws(f, [['addRecords', 'tbl1'], ['getUserId'], ['setRecords', 'tbl2']])).toEqual([
      'after',
      'after',
      '-',
    ]);
  });

  it('failNext with a method and a table counts only the calls that match both', () => {
    const f = new FailureInjector();
    f.failNext(2, 'before', { method: 'setRecords', tableId: 'tbl1' });
    const calls: [string, string?][] = [
      ['setRecords', 'tbl2'],
      ['addRecords', 'tbl1'],
      ['setRecords', 'tbl1'],
      ['getUserId'],
      ['setRecords', 'tbl1'],
      ['setRecords', 'tbl1'],
    ];
    expect(draws(f, calls)).toEqual(['-', '-', 'before', '-', 'before', '-']);
  });

  it('a table alone matches every method on it; clear stops the failures', () => {
    const f = new FailureInjector();
    f.failNext(10, 'after', { tableId: 'tbl1' });
    expect(
      draws(f, [
        ['addRecords', 'tbl1'],
        ['getRecordsByPage', 'tbl1'],
        ['addRecords', 'tbl2'],
      ]),
    ).toEqual(['after', 'after', '-']);
    f.clear();
    expect(draws(f, [['addRecords', 'tbl1']])).toEqual(['-']);
  });

  it('the error is the SDK unknown record error, naming the method, and is counted', () => {
    const f = new FailureInjector();
    expect(f.error('addRecords')).toMatchObject({
      code: HostErrorCode.RecordUnknown,
      message: 'addRecords failed: unknown error (injected)',
    });
    expect(f.injected).toBe(1);
  });
});
