import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import { STAGE_SKILL_SETTING } from '../../core/training/stageSkills';
import type { LocalHost } from '../../local/localHost';
import { toMember } from '../../schema/entities';
import { openSession } from '../../services/session';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { AssignWizard } from './AssignWizard';

afterEach(cleanup);

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };

/** A saved template whose 剪辑 stage asks for 视频剪辑, which 何平 (设计部) has from a course. */
async function baseWithTemplate(rule?: string): Promise<LocalHost> {
  const local = await demoBase({ userId: personId('王建国') });
  const session = (await openSession(local.host, RETRY)) as ReadySession;
  const { store } = session;
  await store.addKeyed('templates', 'key', [
    { name: '短视频', description: '', extraDuty: true, stages: '剪辑 | 设计部 | 3 | 视频剪辑', key: 't1' },
  ]);
  const he = (await store.readAll('members')).map(toMember).find((m) => m.name === '何平')!;
  await store.update('members', [{ id: he.id, values: { trainedSkills: '视频剪辑' } }]);
  if (rule) await store.addKeyed('settings', 'key', [{ key: STAGE_SKILL_SETTING, value: rule }]);
  return local;
}

async function toStages(local: LocalHost) {
  const session = (await openSession(local.host, RETRY)) as ReadySession;
  render(
    <SessionProvider session={session} now={() => TEST_NOW}>
      <AssignWizard onSent={() => undefined} />
    </SessionProvider>,
  );
  await choose('wizard-template', '短视频');
  fireEvent.click(screen.getByTestId('wizard-next'));
  await choose('wizard-primary', '设计部');
  fireEvent.click(screen.getByTestId('wizard-next'));
  await screen.findByTestId('wizard-step-stages');
}

async function choose(testId: string, label: string) {
  fireEvent.click(screen.getByTestId(testId));
  await waitFor(() => expect(options(label).length).toBeGreaterThan(0));
  fireEvent.click(options(label).at(-1)!);
}
const options = (label: string) =>
  screen
    .getAllByRole('option')
    .filter((o) => o.textContent === label || o.textContent?.startsWith(`${label} ·`));

describe('a saved template stage asking for a skill, in the wizard', () => {
  it('[TR19] the owner lacking it is warned of; the member who has it is marked qualified', async () => {
    await toStages(await baseWithTemplate());
    // The department's head owns the stage by default and lacks the skill.
    expect(screen.getByTestId('stage-skill-warning').textContent).toContain('视频剪辑');
    fireEvent.click(screen.getByTestId('stage-owner'));
    await waitFor(() => expect(options('何平').length).toBeGreaterThan(0));
    expect(options('何平').at(-1)!.textContent).toContain('技能符合');
    fireEvent.click(options('何平').at(-1)!);
    await waitFor(() => expect(screen.queryByTestId('stage-skill-warning')).toBeNull());
    fireEvent.click(screen.getByTestId('wizard-next'));
    expect(await screen.findByTestId('wizard-step-review')).toBeTruthy();
  });

  it('[TR25] with 设置 stageSkillRule = block, Next stays on the stages step with the refusal', async () => {
    await toStages(await baseWithTemplate('block'));
    fireEvent.click(screen.getByTestId('wizard-next'));
    const refusal = await screen.findByTestId('issue-stage-error');
    expect(refusal.textContent).toContain('设置要求阶段负责人具备所需技能');
    expect(screen.queryByTestId('stage-skill-warning')).toBeNull();
    expect(screen.getByTestId('wizard-step-stages')).toBeTruthy();
  });
});
