/** Texts of the first run: registering as the boss, then the first steps. */
export const zh = {
  'onboarding.welcome': '欢迎使用接棒',
  'onboarding.welcome.body': '接棒已装好。先把你登记为老板，再按下面几步把公司搭起来。',
  'onboarding.notYou': '不是你来管理？把下面的账号 ID 发给负责人，请他把你加入成员表。',
  'checklist.title': '开始使用：还差 {{count}} 步',
  'checklist.departments': '在「部门」表里添加部门',
  'checklist.people': '在「成员」表里添加同事（可以从花名册整列粘贴姓名）',
  'checklist.heads': '给每个部门指定负责人（「部门」表的「负责人」列）',
  'checklist.firstTask': '派出第一个任务（「派单」）',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'onboarding.welcome': 'Welcome to Baton',
  'onboarding.welcome.body':
    'Baton is installed. Register yourself as the boss first, then set up the company in a few steps.',
  'onboarding.notYou':
    'Not the one running it? Send the account ID below to whoever does, to add you to Members.',
  'checklist.title': 'Getting started: {{count}} steps left',
  'checklist.departments': 'Add departments in the "Departments" table',
  'checklist.people': 'Add colleagues in the "Members" table (paste a column of names from your roster)',
  'checklist.heads': 'Name each department’s head (the "Head" column of "Departments")',
  'checklist.firstTask': 'Send a first task (Assign)',
};
