import { describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW, TEST_TODAY } from '../../../test/support/baseFixture';
import { draft } from '../../../test/support/writePaths';
import { DAY } from '../../core/time';
import { STAGE_SKILL_SETTING } from '../../core/training/stageSkills';
import type { LocalHost } from '../../local/localHost';
import { sendAssignment } from '../assign';
import { openSession, type Session } from '../session';

type ReadySession = Extract<Session, { kind: 'ready' }>;

const BOSS = personId('王建国');
const CLOCK = { now: TEST_NOW, todayStart: TEST_TODAY };

const open = async (local: LocalHost) =>
  (await openSession(local.host, { retry: { attempts: 3, backoffMs: 0 } })) as ReadySession;

/** A poster stage asking for 直播策划, owned by 设计部's head, who has not passed the course. */
function posterDraft(session: ReadySession, key: string) {
  const d = draft(session.data, 'assign', key);
  const design = session.data.departments.find((x) => x.name === '设计部')!.id;
  const head = session.data.members.find((m) => m.name === '郭晓')!.id;
  const stage = { key: 's1', title: '海报', departmentId: design, ownerMemberId: head, predecessorKeys: [] };
  return { ...d, stages: [{ ...stage, due: TEST_TODAY + 3 * DAY, skills: ['直播策划'] }] };
}

describe('the stage skill setting, enforced by the send', () => {
  it('[TR25] "block" in 设置 refuses the send and writes nothing; without it the same draft is sent', async () => {
    const local = await demoBase();
    const first = await open(local);
    await first.store.addKeyed('settings', 'key', [{ key: STAGE_SKILL_SETTING, value: 'block' }]);
    const blocked = await open(local);
    const before = (await blocked.store.readAll('tasks')).length;
    const refused = await sendAssignment(
      blocked.store,
      blocked.data,
      posterDraft(blocked, 'd1'),
      BOSS,
      CLOCK,
    );
    expect(refused).toMatchObject({ ok: false, code: 'invalid' });
    expect(!refused.ok && refused.issues.map((i) => [i.code, i.params?.name])).toEqual([
      ['stage.ownerLacksSkill', '郭晓'],
    ]);
    expect(await blocked.store.readAll('tasks')).toHaveLength(before);
    const warned = await open(await demoBase());
    expect(
      await sendAssignment(warned.store, warned.data, posterDraft(warned, 'd2'), BOSS, CLOCK),
    ).toMatchObject({
      ok: true,
    });
  });
});
