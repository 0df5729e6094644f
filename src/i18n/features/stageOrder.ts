/** Texts of reordering a sent special task's stages; en must have the same keys as zh. */
export const zh = {
  'stageOrder.more': '更多',
  'stageOrder.up': '上移',
  'stageOrder.down': '下移',
  'stageOrder.moved': '已调整「{{title}}」的顺序，相关负责人会收到通知。',
  'edit.refusal.edgeOfChain': '这个阶段已经在最前（或最后），不能再移动。',
  'edit.refusal.stageStarted': '已开始或已完成的阶段不能调整顺序。',
  'event.stageMoved.up': '{{actor}}把「{{title}}」的阶段「{{stage}}」上移了一位',
  'event.stageMoved.down': '{{actor}}把「{{title}}」的阶段「{{stage}}」下移了一位',
  'notice.stageMoved':
    '「{{parent}}」的阶段顺序调整了：「{{stage}}」和「{{other}}」互换了位置。请按新的顺序进行。',
};

export const en: Record<keyof typeof zh, string> = {
  'stageOrder.more': 'More',
  'stageOrder.up': 'Move up',
  'stageOrder.down': 'Move down',
  'stageOrder.moved': 'Moved "{{title}}"; the owners concerned will be told.',
  'edit.refusal.edgeOfChain': 'This stage is already first (or last) and cannot move further.',
  'edit.refusal.stageStarted': 'A stage that has started or finished keeps its place.',
  'event.stageMoved.up': '{{actor}} moved stage "{{stage}}" of "{{title}}" up one place',
  'event.stageMoved.down': '{{actor}} moved stage "{{stage}}" of "{{title}}" down one place',
  'notice.stageMoved':
    'The stage order of "{{parent}}" changed: "{{stage}}" and "{{other}}" swapped places. Please follow the new order.',
};
