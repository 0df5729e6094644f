/** Texts of a person's record (档案) opened from a name anywhere: its page and what it shows beside points. */
export const zh = {
  'record.open': '查看 {{name}} 的档案',
  'record.back': '返回',
  'record.notAllowed': '你不能查看 {{name}} 的档案：只有本人、本部门负责人和老板可以。',
  'record.unknown': '找不到这位成员。',
  'record.declines': '拒绝过的任务',
  'record.declines.empty': '没有拒绝过任务。',
  'record.skills': '技能',
  'record.skills.empty': '还没有登记技能。',
  'record.courses': '通过的课程',
  'record.courses.empty': '还没有通过的课程。',
  'record.course.score': '{{score}} 分',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'record.open': "Open {{name}}'s record",
  'record.back': 'Back',
  'record.notAllowed': "You cannot see {{name}}'s record: only they, their department head and the boss can.",
  'record.unknown': 'This member was not found.',
  'record.declines': 'Tasks declined',
  'record.declines.empty': 'No task declined.',
  'record.skills': 'Skills',
  'record.skills.empty': 'No skills recorded yet.',
  'record.courses': 'Courses passed',
  'record.courses.empty': 'No course passed yet.',
  'record.course.score': 'score {{score}}',
};
