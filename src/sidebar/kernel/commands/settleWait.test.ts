/**
 * [X11] The commands whose actions others may take at the same moment (first boss registration too) pass the
 * sidebar's settle wait to their service: without it a sidebar ranks before rival writes reach its copy, and
 * two people are told they won.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { personId } from '../../../../test/support/baseFixture';
import { AT, base, CLOCK, draft, HE, open, sent } from '../../../../test/support/writePaths';
import { work } from '../../../services/process';
import { noWait, SETTLE_MS, setSidebarWait } from '../../../services/settle';
import type { AnyCommand } from '../command';
import { LocalHost } from '../../../local/localHost';
import { emptyState } from '../../../local/localState';
import { install } from '../../../services/installer';
import { sendAssignmentCommand } from './createCommands';
import { claimCommand, respondCommand } from './taskCommands';
import { registerBossCommand } from './viewerCommands';
import { stageWorkCommand } from './workCommands';

afterEach(() => setSidebarWait(noWait));

/** The sidebar's wait, spied on: each wait is counted and moves the Base's clock as a timer would. */
function spyWait(local: LocalHost) {
  const waits: number[] = [];
  setSidebarWait(async (ms) => {
    waits.push(ms);
    await local.advance(ms);
  });
  return waits;
}

async function runAs(local: LocalHost, userId: string, command: AnyCommand, input: unknown) {
  local.setSession({ userId });
  const session = await open(local, 3);
  const env = { session, at: AT, retrying: false, tasks: session.data.tasks };
  return command.run(input, env);
}

const taskIn = async (local: LocalHost, id: string) =>
  (await open(local, 3)).data.tasks.find((t) => t.id === id)!;

describe('[X11] the sidebar settle wait reaches the services', () => {
  it('respond: an acknowledgement waits before ranking its intent', async () => {
    const local = await base();
    const id = await sent(local, 'assign');
    const task = await taskIn(local, id);
    const waits = spyWait(local);
    const target = { id, title: task.title, seenResponsibleUserIds: task.responsibleUserIds };
    expect((await runAs(local, HE, respondCommand, { target, kind: 'acknowledge' })).ok).toBe(true);
    expect(waits).toContain(SETTLE_MS);
  });

  it('claim: a claim waits before ranking the bids', async () => {
    const local = await base();
    const id = await sent(local, 'pool');
    const waits = spyWait(local);
    expect((await runAs(local, HE, claimCommand, { id, title: '年会海报' })).ok).toBe(true);
    expect(waits).toContain(SETTLE_MS);
  });

  it('work: an accept waits before ranking its intent', async () => {
    const local = await base();
    const before = await open(local, 3);
    const id = before.data.tasks.find((t) => t.title === '海报设计')!.id;
    const submit = { kind: 'submit' } as const;
    expect((await work(before.store, before.data, id, submit, personId('郭晓'), CLOCK)).ok).toBe(true);
    const stage = await taskIn(local, id);
    const waits = spyWait(local);
    expect((await runAs(local, personId('张伟'), stageWorkCommand, { stage, kind: 'accept' })).ok).toBe(true);
    expect(waits).toContain(SETTLE_MS);
  });

  it('send: a send waits before looking for another sender’s drafts', async () => {
    const local = await base();
    const { data } = await open(local, 3);
    const waits = spyWait(local);
    const input = { draft: draft(data, 'assign', 'settle-send'), resume: false };
    expect((await runAs(local, personId('王建国'), sendAssignmentCommand, input)).ok).toBe(true);
    expect(waits).toContain(SETTLE_MS);
  });

  it('first boss: a registration waits before ranking the registrations', async () => {
    const owner = { id: 'ou_owner', name: 'Owner' };
    const local = new LocalHost({
      state: emptyState([owner], owner.id),
      latency: { clock: 'virtual', roundTripMs: 0 },
    });
    expect((await install(local.host, 'zh')).status).toBe('installed');
    const waits = spyWait(local);
    expect((await runAs(local, owner.id, registerBossCommand, { name: 'Ada' })).ok).toBe(true);
    expect(waits).toContain(SETTLE_MS);
  });
});
