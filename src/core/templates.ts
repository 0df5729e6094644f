/**
 * Task templates: the seed's special tasks ship built in; the boss saves more into the Base, where a stage is
 * one line "title | department | days" anyone can edit in the grid. Rules [P1]-[P3].
 */
import type { StageDraft } from './assignment';
import type { Department, Task } from './model';
import { DAY } from './time';
import { skillsAskedIn } from './training/skills';

export interface TemplateStage {
  title: string;
  departmentName: string;
  days: number;
  /** The department's name in the other language: a Base set up in English names it so. */
  otherDepartmentName?: string;
  /** [TR19] Skills its owner should have: choosing someone without them is a warning. */
  skills?: string[];
}

export interface TaskTemplate {
  id: string;
  name: string;
  description: string;
  points?: number;
  extraDuty: boolean;
  stages: TemplateStage[];
  builtIn: boolean;
}

const stage = (title: string, departmentName: string, days: number): TemplateStage => ({
  title,
  departmentName,
  days,
});

export const BUILT_IN_TEMPLATES: TaskTemplate[] = [
  {
    id: 'builtin/livestream',
    name: '直播课堂',
    description: '面向客户的线上直播课堂：方案、海报、邀约、彩排、正式直播。',
    points: 30,
    extraDuty: true,
    builtIn: true,
    stages: [
      stage('策划方案', '企划部', 5),
      stage('海报设计', '设计部', 4),
      stage('客户邀请', '销售部', 7),
      stage('彩排', '市场部', 3),
      stage('正式直播', '市场部', 1),
    ],
  },
  {
    id: 'builtin/contest',
    name: '参赛作品收集',
    description: '行业大赛：发布通知、收集作品、内部评选、提交参赛。',
    points: 20,
    extraDuty: true,
    builtIn: true,
    stages: [
      stage('发布通知', '设计部', 2),
      stage('作品收集', '设计部', 10),
      stage('作品评选', '市场部', 5),
      stage('提交参赛', '设计部', 2),
    ],
  },
  {
    id: 'builtin/brand',
    name: '品牌对外宣传',
    description: '品牌宣传季：宣传方案、物料制作、渠道投放、效果复盘。',
    points: 40,
    extraDuty: true,
    builtIn: true,
    stages: [
      stage('宣传方案', '企划部', 7),
      stage('物料制作', '设计部', 10),
      stage('渠道投放', '销售部', 14),
      stage('效果复盘', '市场部', 3),
    ],
  },
];

/** The built-in templates' words in English; their departments keep both names, so either Base finds them. */
const ENGLISH: Record<string, { name: string; description: string; stages: string[] }> = {
  'builtin/livestream': {
    name: 'Live class',
    description:
      'An online live class for customers: plan, poster, invitations, rehearsal, the live session.',
    stages: ['Plan', 'Poster design', 'Customer invitations', 'Rehearsal', 'Live session'],
  },
  'builtin/contest': {
    name: 'Contest entries',
    description: 'An industry contest: announce it, collect entries, judge them internally, submit.',
    stages: ['Announcement', 'Collect entries', 'Judging', 'Submit entries'],
  },
  'builtin/brand': {
    name: 'Brand campaign',
    description: 'A brand season: campaign plan, materials, channel placement, review of results.',
    stages: ['Campaign plan', 'Materials', 'Channel placement', 'Results review'],
  },
};

const DEPARTMENTS_IN_ENGLISH: Record<string, string> = {
  企划部: 'Planning',
  设计部: 'Design',
  销售部: 'Sales',
  市场部: 'Marketing',
};

/**
 * [P4] A built-in template in the user's language (names, description, stage titles); a saved template is the
 * Base's own words and stays as written.
 */
export function templateIn(template: TaskTemplate, language: 'zh' | 'en'): TaskTemplate {
  const english = ENGLISH[template.id];
  if (language === 'zh' || !template.builtIn || !english) return template;
  return {
    ...template,
    name: english.name,
    description: english.description,
    stages: template.stages.map((s, i) => ({
      ...s,
      title: english.stages[i] ?? s.title,
      otherDepartmentName: DEPARTMENTS_IN_ENGLISH[s.departmentName],
    })),
  };
}

/** [P1] Stage lines "title | department | days"; blank lines are skipped, days default to 1. */
export function parseStages(text: string): TemplateStage[] {
  return text
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter(([title]) => Boolean(title))
    .map(([title, departmentName = '', days = '', skills = '']) => ({
      title: title!,
      departmentName,
      days: Math.max(1, Math.round(Number(days)) || 1),
      ...(skills
        ? {
            skills: skills
              .split(/[,，、]/)
              .map((k) => k.trim())
              .filter(Boolean),
          }
        : {}),
    }));
}

/** A "|" typed in a title would split the line: it becomes the full-width "｜". */
const cell = (text: string) => text.replace(/\|/g, '｜').replace(/\n/g, ' ');

export const formatStages = (stages: TemplateStage[]): string =>
  stages
    .map(
      (s) =>
        `${cell(s.title)} | ${cell(s.departmentName)} | ${s.days}${s.skills?.length ? ` | ${cell(s.skills.join('、'))}` : ''}`,
    )
    .join('\n');

/**
 * [P2] A template's stages as a chain: each waits for the one before, due after its days counted from the
 * start; departments are matched by name (an unknown name leaves the stage's department to choose).
 */
export function stagesFromTemplate(
  template: TaskTemplate,
  start: number,
  departments: Department[],
): StageDraft[] {
  let due = start;
  return template.stages.map((s, i) => {
    due += s.days * DAY;
    return {
      key: `s${i + 1}`,
      title: s.title,
      departmentId: departments.find((d) => d.name === s.departmentName || d.name === s.otherDepartmentName)
        ?.id,
      due,
      predecessorKeys: i === 0 ? [] : [`s${i}`],
      ...(s.skills?.length ? { skills: s.skills } : {}),
    };
  });
}

/** [P3] A task and its stages saved as a template: durations from their dates, in stage order. */
export function templateFromTask(
  task: Task,
  stages: Task[],
  departments: Department[],
): Omit<TaskTemplate, 'id' | 'builtIn'> {
  const ordered = [...stages].sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0));
  let previous = task.start ?? task.createdAt ?? 0;
  return {
    name: task.title,
    description: task.description,
    points: task.points,
    extraDuty: task.extraDuty,
    stages: ordered.map((s) => {
      const days = s.due !== undefined ? Math.max(1, Math.round((s.due - previous) / DAY)) : 1;
      previous = s.due ?? previous;
      const skills = skillsAskedIn(s.description);
      return {
        title: s.title,
        departmentName: departments.find((d) => d.id === s.primaryDepartmentId)?.name ?? '',
        days,
        ...(skills.length ? { skills } : {}),
      };
    }),
  };
}
