/** Texts of a drive launched from a stage of a special task. */
export const zh = {
  'collection.stage.event': '收集「{{drive}}」已结束，阶段「{{title}}」随之完成',
};

export const en: Record<keyof typeof zh, string> = {
  'collection.stage.event': 'The drive "{{drive}}" closed, so the stage "{{title}}" is done',
};
