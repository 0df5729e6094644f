import { describe, expect, it } from 'vitest';
import { aTask } from '../../core/testBuilders';
import {
  attemptTime,
  commandReducer,
  feedbackOf,
  idleCommands,
  overlay,
  phaseOf,
  saving,
  type CommandEvent,
  type CommandState,
} from './commandState';

const run = (...events: CommandEvent[]): CommandState => events.reduce(commandReducer, idleCommands);

describe('commandReducer', () => {
  it('goes idle → busy → done, with the text as success feedback', () => {
    const busy = run({ type: 'start', key: 'a' });
    expect(phaseOf(idleCommands, 'a')).toBe('idle');
    expect(phaseOf(busy, 'a')).toBe('busy');
    expect(phaseOf(busy, 'b')).toBe('idle');
    const done = commandReducer(busy, { type: 'done', key: 'a', text: 'ok' });
    expect(phaseOf(done, 'a')).toBe('done');
    expect(done.busy).toBeUndefined();
    expect(feedbackOf(done, 'a')).toEqual({ type: 'success', text: 'ok' });
  });

  it('is saving from the start of an attempt until it ends, however it ends', () => {
    expect(saving(idleCommands)).toBe(false);
    expect(saving(run({ type: 'start', key: 'a' }))).toBe(true);
    expect(saving(run({ type: 'start', key: 'a' }, { type: 'done', key: 'a', text: 'ok' }))).toBe(false);
    expect(saving(run({ type: 'start', key: 'a' }, { type: 'failed', key: 'a', text: 'x', at: 1 }))).toBe(
      false,
    );
  });

  it('a refusal warns, a failure is danger', () => {
    expect(
      feedbackOf(run({ type: 'start', key: 'a' }, { type: 'refused', key: 'a', text: 'no' }), 'a'),
    ).toEqual({
      type: 'warning',
      text: 'no',
    });
    const failed = run({ type: 'start', key: 'a' }, { type: 'failed', key: 'a', text: 'lost', at: 5 });
    expect(phaseOf(failed, 'a')).toBe('failed');
    expect(feedbackOf(failed, 'a')?.type).toBe('danger');
  });

  it('a failure keeps its time for the retry; an answer from the service forgets it', () => {
    const failed = run({ type: 'start', key: 'a' }, { type: 'failed', key: 'a', text: 'lost', at: 5 });
    expect(attemptTime(failed, 'a', 99)).toBe(5);
    expect(attemptTime(failed, 'b', 99)).toBe(99);
    const retrying = commandReducer(failed, { type: 'start', key: 'a' });
    expect(attemptTime(retrying, 'a', 99)).toBe(5);
    expect(phaseOf(retrying, 'a')).toBe('busy');
    expect(attemptTime(commandReducer(retrying, { type: 'done', key: 'a', text: '' }), 'a', 99)).toBe(99);
    expect(attemptTime(commandReducer(retrying, { type: 'refused', key: 'a', text: '' }), 'a', 99)).toBe(99);
  });

  it('shows what it wrote until fresh data arrives', () => {
    const task = aTask({ title: 'before' });
    const written = { ...task, title: 'after' };
    const state = run({ type: 'start', key: 'a' }, { type: 'done', key: 'a', text: '', written });
    expect(overlay(state, [task])[0]!.title).toBe('after');
    expect(overlay(commandReducer(state, { type: 'fresh' }), [task])[0]!.title).toBe('before');
  });

  it('remembers which attempt started last, and forgets a dismissed line', () => {
    const state = run(
      { type: 'start', key: 'a' },
      { type: 'done', key: 'a', text: 'A' },
      { type: 'start', key: 'b' },
      { type: 'failed', key: 'b', text: 'B', at: 1 },
    );
    expect(state.last).toBe('b');
    expect(feedbackOf(commandReducer(state, { type: 'dismiss', key: 'a' }), 'a')).toBeUndefined();
    expect(feedbackOf(state, 'a')?.text).toBe('A');
  });
});
