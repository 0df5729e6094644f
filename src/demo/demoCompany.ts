/** The demo company of the seed story: six departments, forty people, three special tasks. */
import type { LocalUser } from '../local/localState';

export interface DemoPerson {
  userId: string;
  name: string;
  enName: string;
  department: string;
  role: 'boss' | 'manager' | 'employee';
}

export interface DemoDepartment {
  name: string;
  duties: string;
}

export const DEMO_DEPARTMENTS: DemoDepartment[] = [
  { name: '总经办', duties: '公司战略、跨部门协调、专项任务派发' },
  { name: '市场部', duties: '市场活动、品牌推广、线上直播' },
  { name: '企划部', duties: '活动策划、方案撰写、项目统筹' },
  { name: '设计部', duties: '日常设计、海报物料、参赛作品' },
  { name: '销售部', duties: '客户开发、客户邀约、销售转化' },
  { name: '人事部', duties: '招聘、培训、绩效与薪酬' },
];

// [name, English name, department, role]
const PEOPLE: [string, string, string, DemoPerson['role']][] = [
  ['王建国', 'Wang Jianguo', '总经办', 'boss'],
  ['李娜', 'Li Na', '总经办', 'employee'],
  ['彭博', 'Peng Bo', '总经办', 'employee'],
  ['张伟', 'Zhang Wei', '市场部', 'manager'],
  ['刘洋', 'Liu Yang', '市场部', 'employee'],
  ['陈静', 'Chen Jing', '市场部', 'employee'],
  ['杨帆', 'Yang Fan', '市场部', 'employee'],
  ['赵敏', 'Zhao Min', '市场部', 'employee'],
  ['黄磊', 'Huang Lei', '市场部', 'employee'],
  ['周婷', 'Zhou Ting', '市场部', 'employee'],
  ['邹凯', 'Zou Kai', '市场部', 'employee'],
  ['吴刚', 'Wu Gang', '企划部', 'manager'],
  ['徐丽', 'Xu Li', '企划部', 'employee'],
  ['孙浩', 'Sun Hao', '企划部', 'employee'],
  ['马超', 'Ma Chao', '企划部', 'employee'],
  ['朱琳', 'Zhu Lin', '企划部', 'employee'],
  ['胡军', 'Hu Jun', '企划部', 'employee'],
  ['郭晓', 'Guo Xiao', '设计部', 'manager'],
  ['何平', 'He Ping', '设计部', 'employee'],
  ['林峰', 'Lin Feng', '设计部', 'employee'],
  ['罗佳', 'Luo Jia', '设计部', 'employee'],
  ['高远', 'Gao Yuan', '设计部', 'employee'],
  ['梁爽', 'Liang Shuang', '设计部', 'employee'],
  ['宋雨', 'Song Yu', '设计部', 'employee'],
  ['潘辰', 'Pan Chen', '设计部', 'employee'],
  ['郑强', 'Zheng Qiang', '销售部', 'manager'],
  ['谢飞', 'Xie Fei', '销售部', 'employee'],
  ['韩梅', 'Han Mei', '销售部', 'employee'],
  ['唐亮', 'Tang Liang', '销售部', 'employee'],
  ['冯雪', 'Feng Xue', '销售部', 'employee'],
  ['于洋', 'Yu Yang', '销售部', 'employee'],
  ['董洁', 'Dong Jie', '销售部', 'employee'],
  ['萧然', 'Xiao Ran', '销售部', 'employee'],
  ['田甜', 'Tian Tian', '销售部', 'employee'],
  ['蒋涛', 'Jiang Tao', '销售部', 'employee'],
  ['程英', 'Cheng Ying', '人事部', 'manager'],
  ['曹阳', 'Cao Yang', '人事部', 'employee'],
  ['袁媛', 'Yuan Yuan', '人事部', 'employee'],
  ['邓超', 'Deng Chao', '人事部', 'employee'],
  ['蔡琴', 'Cai Qin', '人事部', 'employee'],
];

export const DEMO_PEOPLE: DemoPerson[] = PEOPLE.map(([name, enName, department, role], i) => ({
  userId: `ou_demo${String(i + 1).padStart(2, '0')}`,
  name,
  enName,
  department,
  role,
}));

/** A Feishu user who is not in the Members table, to show the "not a member" screen. */
export const DEMO_OUTSIDER: LocalUser = { id: 'ou_visitor', name: '访客', enName: 'Visitor' };

export const DEMO_USERS: LocalUser[] = [
  ...DEMO_PEOPLE.map((p) => ({
    id: p.userId,
    name: p.name,
    enName: p.enName,
    email: `${p.userId}@example.com`,
  })),
  DEMO_OUTSIDER,
];

export interface DemoStage {
  title: string;
  department: string;
  status: 'done' | 'in_progress' | 'ready' | 'waiting' | 'assigned';
  /** Days from today: negative is past. */
  dueInDays: number;
}

export interface DemoSpecialTask {
  title: string;
  primary: string;
  cooperating: string[];
  status: 'in_progress' | 'assigned';
  dueInDays: number;
  points: number;
  description: string;
  stages: DemoStage[];
}

export const DEMO_TASKS: DemoSpecialTask[] = [
  {
    title: '直播课堂策划',
    primary: '市场部',
    cooperating: ['企划部', '设计部', '销售部'],
    status: 'in_progress',
    dueInDays: 20,
    points: 30,
    description: '面向老客户的线上直播课堂：策划、海报、邀约、彩排到正式直播。',
    stages: [
      { title: '策划方案', department: '企划部', status: 'done', dueInDays: -3 },
      { title: '海报设计', department: '设计部', status: 'in_progress', dueInDays: 4 },
      { title: '客户邀请', department: '销售部', status: 'waiting', dueInDays: 12 },
      { title: '彩排', department: '市场部', status: 'waiting', dueInDays: 17 },
      { title: '正式直播', department: '市场部', status: 'waiting', dueInDays: 20 },
    ],
  },
  {
    title: '参赛作品收集',
    primary: '设计部',
    cooperating: ['市场部'],
    status: 'in_progress',
    dueInDays: 25,
    points: 20,
    description: '行业设计大赛：发布通知、收集作品、内部评选、提交参赛。',
    stages: [
      { title: '发布通知', department: '设计部', status: 'done', dueInDays: -5 },
      { title: '作品收集', department: '设计部', status: 'in_progress', dueInDays: 8 },
      { title: '作品评选', department: '市场部', status: 'waiting', dueInDays: 18 },
      { title: '提交参赛', department: '设计部', status: 'waiting', dueInDays: 25 },
    ],
  },
  {
    title: '品牌对外宣传',
    primary: '企划部',
    cooperating: ['设计部', '销售部', '市场部'],
    status: 'assigned',
    dueInDays: 40,
    points: 40,
    description: '品牌对外宣传季：宣传方案、物料制作、渠道投放、效果复盘。',
    stages: [
      { title: '宣传方案', department: '企划部', status: 'assigned', dueInDays: 10 },
      { title: '物料制作', department: '设计部', status: 'waiting', dueInDays: 20 },
      { title: '渠道投放', department: '销售部', status: 'waiting', dueInDays: 32 },
      { title: '效果复盘', department: '市场部', status: 'waiting', dueInDays: 40 },
    ],
  },
];
