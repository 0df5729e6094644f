/** Texts of the training feature (学习): courses, quizzes, the needs survey, skills; en has the same keys as zh. */
export const zh = {
  'training.notice.overdueOwner': '必修课程「{{course}}」已逾期，请尽快学习并通过测验。',
  'training.notice.overdueHead': '{{name}} 的必修课程「{{course}}」已逾期三天以上，仍未通过。',
  'training.notice.surveyOpened': '培训需求调研「{{title}}」已开始，请选择你想学的主题。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'training.notice.overdueOwner':
    'The required course “{{course}}” is overdue: please take it and pass its quiz.',
  'training.notice.overdueHead':
    '{{name}} is more than three days overdue on the required course “{{course}}”.',
  'training.notice.surveyOpened': 'The training survey “{{title}}” is open: choose what you want to learn.',
};
