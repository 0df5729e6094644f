import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, TEST_NOW } from '../../../test/support/baseFixture';
import { openSession } from '../../services/session';
import type { Command, CommandEnv } from './command';
import { SessionProvider, type ReadySession } from './session';
import { useCommands } from './useCommands';

afterEach(cleanup);

/** A command as a new feature would add one: its service here is a spy that fails when told to. */
function fakeCommand() {
  const calls: Pick<CommandEnv, 'at' | 'retrying'>[] = [];
  let failNext = false;
  const command: Command<{ id: string; allowed: boolean }, string, 'notAllowed'> = {
    key: (input) => input.id,
    check: (input) => (input.allowed ? { ok: true } : { ok: false, code: 'notAllowed' }),
    async run(input, { at, retrying }) {
      calls.push({ at, retrying });
      if (failNext) {
        failNext = false;
        throw new Error('connection lost');
      }
      return { ok: true, value: input.id };
    },
    rereads: 'done',
    messages: {
      done: (_input, value) => `done ${value}`,
      refusal: (code) => `refused ${code}`,
      failed: (reason) => `failed ${reason}`,
    },
  };
  return { command, calls, failOnce: () => (failNext = true) };
}

function Probe({ command }: { command: ReturnType<typeof fakeCommand>['command'] }) {
  const runner = useCommands({ probe: command });
  return (
    <>
      <button onClick={() => void runner.run('probe', { id: 'a', allowed: true })}>go</button>
      <button onClick={() => void runner.run('probe', { id: 'a', allowed: false })}>forbidden</button>
      <output data-testid="feedback">{runner.feedback('probe', 'a')?.text ?? ''}</output>
    </>
  );
}

async function mount() {
  const session = (await openSession((await demoBase()).host)) as ReadySession;
  const fake = fakeCommand();
  let clock = TEST_NOW;
  let refreshed = 0;
  render(
    <SessionProvider session={session} now={() => clock} refresh={() => (refreshed += 1)}>
      <Probe command={fake.command} />
    </SessionProvider>,
  );
  const click = async (name: string) => {
    await act(async () => screen.getByText(name).click());
  };
  return { ...fake, click, tick: () => (clock += 60_000), refreshed: () => refreshed };
}

const feedback = () => screen.getByTestId('feedback').textContent;

describe('useCommands', () => {
  it('a retry after a failure runs at the failed attempt’s time; the next attempt at its own', async () => {
    const probe = await mount();
    probe.failOnce();
    await probe.click('go');
    expect(feedback()).toMatch(/^failed /);
    probe.tick();
    await probe.click('go');
    expect(feedback()).toBe('done a');
    probe.tick();
    await probe.click('go');
    expect(probe.calls).toEqual([
      { at: TEST_NOW, retrying: false },
      { at: TEST_NOW, retrying: true },
      { at: TEST_NOW + 120_000, retrying: false },
    ]);
    expect(probe.refreshed()).toBe(2);
  });

  it('a refusal by the check never reaches the service', async () => {
    const probe = await mount();
    await probe.click('forbidden');
    expect(feedback()).toBe('refused notAllowed');
    expect(probe.calls).toEqual([]);
    expect(probe.refreshed()).toBe(0);
  });
});
