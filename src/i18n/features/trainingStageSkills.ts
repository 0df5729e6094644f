/** Texts of a stage's skills in the assignment wizard under the "block" setting. */
export const zh = {
  'stage.ownerLacksSkill':
    '阶段「{{stage}}」要求技能 {{skills}}，{{name}} 还没有：设置要求阶段负责人具备所需技能，请换一位负责人（或先让其学完相应课程）',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'stage.ownerLacksSkill':
    'Stage "{{stage}}" asks for {{skills}}, which {{name}} does not have yet: the settings require a stage owner with the stage\'s skills. Choose another owner (or have them pass the course first)',
};
