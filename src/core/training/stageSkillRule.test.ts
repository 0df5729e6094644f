import { describe, expect, it } from 'vitest';
import { checkDraft, planAssignment, type AssignmentDraft, type DraftContext } from '../assignment';
import { parseStages, stagesFromTemplate, templateFromTask, type TaskTemplate } from '../templates';
import { aDepartment, aMember, aStage, aTask, TODAY_START } from '../testBuilders';
import { DAY } from '../time';
import { stageSkillIssues, stageSkillRuleOf } from './stageSkills';

const design = aDepartment({ name: '设计部', headUserIds: ['ou_guo'] });
const guo = aMember({ name: '郭晓', userIds: ['ou_guo'], departmentId: design.id, role: 'manager' });
const he = aMember({ name: '何平', userIds: ['ou_he'], departmentId: design.id, skills: ['视频剪辑'] });
const boss = aMember({ name: '王建国', userIds: ['ou_boss'], role: 'boss' });
const ctx: DraftContext = { departments: [design], members: [boss, guo, he], todayStart: TODAY_START };

const saved: TaskTemplate = {
  id: 'rec1',
  name: '短视频',
  description: '',
  extraDuty: true,
  builtIn: false,
  stages: parseStages('脚本 | 设计部 | 2\n剪辑 | 设计部 | 3 | 视频剪辑'),
};

function draftWith(ownerId: string): AssignmentDraft {
  const stages = stagesFromTemplate(saved, TODAY_START, ctx.departments).map((s) => ({
    ...s,
    ownerMemberId: ownerId,
  }));
  return {
    draftKey: 'd1',
    mode: 'assign',
    title: '短视频',
    description: '',
    extraDuty: true,
    due: TODAY_START + 10 * DAY,
    primaryDepartmentId: design.id,
    cooperation: [],
    responsibleMemberId: guo.id,
    outsiderConfirmed: false,
    stages,
    suggestedDepartmentIds: [],
  };
}

describe('a saved template stage asking for a skill', () => {
  it('[TR19] its skills reach the drafted stage, the stage task, and a template saved from that task', () => {
    const [script, cut] = stagesFromTemplate(saved, TODAY_START, ctx.departments);
    expect([script!.skills, cut!.skills]).toEqual([undefined, ['视频剪辑']]);
    const plan = planAssignment(draftWith(he.id), ctx, 'ou_boss', TODAY_START);
    const [, first, second] = plan.tasks;
    expect([first!.task.description, second!.task.description]).toEqual(['', '所需技能：视频剪辑']);
    const parent = aTask({ title: '短视频', start: TODAY_START });
    const tasks = plan.tasks.slice(1).map((p) => aStage(parent, { ...p.task }));
    expect(templateFromTask(parent, tasks, ctx.departments).stages).toEqual(saved.stages);
  });

  it('[TR25] the 设置 value: "block" or 阻止 blocks; empty, missing or anything else warns', () => {
    expect(['block', ' BLOCK ', '阻止'].map(stageSkillRuleOf)).toEqual(['block', 'block', 'block']);
    expect([undefined, '', 'warn', '警告', 'blocked'].map(stageSkillRuleOf)).toEqual([
      'warn',
      'warn',
      'warn',
      'warn',
      'warn',
    ]);
  });

  it('[TR25] under "block" an owner lacking the skill is an error naming stage, owner and skill; else nothing', () => {
    const lacking = draftWith(guo.id);
    expect(stageSkillIssues(lacking.stages, { ...ctx, stageSkillRule: 'block' })).toEqual([
      {
        step: 'stages',
        field: 's2',
        code: 'stage.ownerLacksSkill',
        severity: 'error',
        params: { stage: '剪辑', name: '郭晓', skills: '视频剪辑' },
      },
    ]);
    expect(checkDraft(lacking, { ...ctx, stageSkillRule: 'block' }).map((i) => i.code)).toEqual([
      'stage.ownerLacksSkill',
    ]);
    expect(checkDraft(lacking, ctx)).toEqual([]);
    expect(checkDraft(draftWith(he.id), { ...ctx, stageSkillRule: 'block' })).toEqual([]);
  });

  it('[TR25] a built-in stage with no skills of its own asks by its title under "block" too', () => {
    const poster = { ...draftWith(guo.id).stages[0]!, title: '海报设计' };
    expect(stageSkillIssues([poster], { ...ctx, stageSkillRule: 'block' }).map((i) => i.params)).toEqual([
      { stage: '海报设计', name: '郭晓', skills: '直播策划' },
    ]);
  });
});
