/** A small company for the wizard's model tests: four departments named as the templates name them. */
import type { DraftContext } from '../../core/assignment';
import { aDepartment, aMember, TODAY_START } from '../../core/testBuilders';
import { BUILT_IN_TEMPLATES } from '../../core/templates';
import { DAY } from '../../core/time';

export const market = aDepartment({ name: '市场部', headUserIds: ['ou_zhang'] });
export const planning = aDepartment({ name: '企划部', headUserIds: ['ou_wu'] });
export const design = aDepartment({ name: '设计部', headUserIds: ['ou_guo'] });
export const sales = aDepartment({ name: '销售部', headUserIds: ['ou_zheng'] });

export const boss = aMember({ name: '王建国', userIds: ['ou_boss'], role: 'boss' });
export const zhang = aMember({
  name: '张伟',
  userIds: ['ou_zhang'],
  departmentId: market.id,
  role: 'manager',
});
export const liu = aMember({ name: '刘洋', userIds: ['ou_liu'], departmentId: market.id });
export const wu = aMember({ name: '吴刚', userIds: ['ou_wu'], departmentId: planning.id, role: 'manager' });
export const guo = aMember({ name: '郭晓', userIds: ['ou_guo'], departmentId: design.id, role: 'manager' });
export const zheng = aMember({
  name: '郑强',
  userIds: ['ou_zheng'],
  departmentId: sales.id,
  role: 'manager',
});
export const gone = aMember({ name: '离职者', userIds: ['ou_gone'], departmentId: market.id, active: false });
export const noAccount = aMember({ name: '无账号', userIds: [], departmentId: market.id });

export const ctx: DraftContext = {
  departments: [market, planning, design, sales],
  members: [boss, zhang, liu, wu, guo, zheng, gone, noAccount],
  todayStart: TODAY_START,
};

export const livestream = BUILT_IN_TEMPLATES.find((t) => t.name === '直播课堂')!;
export const contest = BUILT_IN_TEMPLATES.find((t) => t.name === '参赛作品收集')!;

export const day = (n: number) => TODAY_START + n * DAY;
