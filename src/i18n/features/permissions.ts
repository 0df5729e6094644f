/** Texts of the permission refusals every service gives ([K1]-[K5]); en must have the same keys as zh. */
export const zh = {
  'permission.notMember': '你不是在职成员，不能这样做。请让老板在「成员」表中添加你。',
  'permission.assign.notAllowed': '只有老板和部门负责人可以派单。',
  'permission.publish.notAllowed': '只有老板和部门负责人可以把任务发布到任务大厅。',
  'permission.quickCreate.notAllowed': '只有老板和部门负责人可以新建任务。',
  'permission.saveTemplate.notAllowed': '只有老板可以把任务存为模板。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'permission.notMember':
    'You are not an active member, so you cannot do this. Ask the boss to add you in Members.',
  'permission.assign.notAllowed': 'Only the boss and department heads assign tasks.',
  'permission.publish.notAllowed': 'Only the boss and department heads publish tasks to the task pool.',
  'permission.quickCreate.notAllowed': 'Only the boss and department heads create tasks.',
  'permission.saveTemplate.notAllowed': 'Only the boss saves a task as a template.',
};
