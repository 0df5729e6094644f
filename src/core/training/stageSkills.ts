/**
 * [TR19] The skills a stage asks of its owner: a saved template's stage names them in its line's fourth part
 * ("海报设计 | 设计部 | 4 | 直播策划"); the built-in templates' stages ask for these.
 */
import type { StageDraft } from '../assignment';
import { error, type DraftIssue } from '../draftIssues';
import type { Member } from '../model';
import type { TemplateStage } from '../templates';
import { missingSkills } from './skills';

const BUILT_IN_STAGE_SKILLS: Record<string, string[]> = {
  // The livestream poster sells the session: its designer should know how a livestream is planned.
  海报设计: ['直播策划'],
  'Poster design': ['直播策划'],
};

export const stageSkills = (stage: Pick<TemplateStage, 'title' | 'skills'>): string[] =>
  stage.skills ?? BUILT_IN_STAGE_SKILLS[stage.title] ?? [];

/** Skills asked by a stage title, for a stage already drafted from a template (its title is all it keeps). */
export const skillsForStageTitle = (title: string): string[] => BUILT_IN_STAGE_SKILLS[title.trim()] ?? [];

/** [TR19] What a drafted stage asks: the template's own skills, else the built-in ones by its title. */
export const askedOfStage = (stage: Pick<StageDraft, 'title' | 'skills'>): string[] =>
  stage.skills ?? skillsForStageTitle(stage.title);

/** The 设置 key whose value says whether an owner lacking a stage's skills is warned of or refused. */
export const STAGE_SKILL_SETTING = 'stageSkillRule';
export type StageSkillRule = 'warn' | 'block';

/** [TR25] "block" (or 阻止) blocks; anything else, an empty or a missing value included, warns. */
export const stageSkillRuleOf = (value: string | undefined): StageSkillRule =>
  /^\s*(block|阻止)\s*$/i.test(value ?? '') ? 'block' : 'warn';

/**
 * [TR25] Under "block", a stage whose chosen owner lacks a skill it asks for is an error naming the stage, the
 * owner and the skills; under "warn" nothing here (the wizard shows the warning by the owner).
 */
export function stageSkillIssues(
  stages: readonly StageDraft[],
  ctx: { members: readonly Member[]; stageSkillRule?: StageSkillRule },
): DraftIssue[] {
  if (ctx.stageSkillRule !== 'block') return [];
  return stages.flatMap((s) => {
    const owner = ctx.members.find((m) => m.id === s.ownerMemberId);
    const lacking = owner ? missingSkills(owner, askedOfStage(s)) : [];
    return lacking.length
      ? [
          error('stages', s.key, 'stage.ownerLacksSkill', {
            stage: s.title,
            name: owner!.name,
            skills: lacking.join('、'),
          }),
        ]
      : [];
  });
}
