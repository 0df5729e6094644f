/** Texts of a drive launched from a stage of a special task. */
export const zh = {
  'collection.stage.event': '收集「{{drive}}」已结束，阶段「{{title}}」随之完成',
  'collection.field.stage': '从专项阶段发起（收集结束时该阶段完成）',
};

export const en: Record<keyof typeof zh, string> = {
  'collection.stage.event': 'The drive "{{drive}}" closed, so the stage "{{title}}" is done',
  'collection.field.stage': 'Launched from a stage (the stage is done when the drive closes)',
};
