/**
 * [TR19] The skills a stage asks of its owner: a saved template's stage names them in its line's fourth part
 * ("海报设计 | 设计部 | 4 | 直播策划"); the built-in templates' stages ask for these.
 */
import type { TemplateStage } from '../templates';

const BUILT_IN_STAGE_SKILLS: Record<string, string[]> = {
  // The livestream poster sells the session: its designer should know how a livestream is planned.
  海报设计: ['直播策划'],
  'Poster design': ['直播策划'],
};

export const stageSkills = (stage: Pick<TemplateStage, 'title' | 'skills'>): string[] =>
  stage.skills ?? BUILT_IN_STAGE_SKILLS[stage.title] ?? [];

/** Skills asked by a stage title, for a stage already drafted from a template (its title is all it keeps). */
export const skillsForStageTitle = (title: string): string[] => BUILT_IN_STAGE_SKILLS[title.trim()] ?? [];
