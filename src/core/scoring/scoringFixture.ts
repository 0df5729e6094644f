/** A small company and one special task with three stages, for the scoring tests. */
import type { Member, Task } from '../model';
import { aMember, aStage, aTask, TODAY_START } from '../testBuilders';
import { DAY } from '../time';

export function scoringOrg(): {
  members: Member[];
  user: (name: string) => string;
  id: (name: string) => string;
} {
  const names = ['lead', 'plan', 'poster', 'invite', 'helper'];
  const members = names.map((name) => aMember({ name, userIds: [`ou_${name}`] }));
  const byName = (name: string) => members.find((m) => m.name === name)!;
  return { members, user: (name) => byName(name).userIds[0]!, id: (name) => byName(name).id };
}

/** Worth 100 points, due on day 10; each stage owned by the person of its name. */
export function livestream(overrides: Partial<Task> = {}): Task[] {
  const task = aTask({
    id: 'live',
    title: '直播课堂策划',
    points: 100,
    responsibleUserIds: ['ou_lead'],
    due: TODAY_START + 10 * DAY,
    status: 'done',
    completedAt: TODAY_START + 9 * DAY,
    ...overrides,
  });
  const stage = (id: string, extra: Partial<Task> = {}) =>
    aStage(task, { id, title: id, status: 'done', responsibleUserIds: [`ou_${id}`], ...extra });
  return [task, stage('plan'), stage('poster', { contributorUserIds: ['ou_helper'] }), stage('invite')];
}
