/**
 * The demo company's courses, in Chinese and English, with real questions: the big picture, livestream planning,
 * contest entries and a story of extra work rewarded. Seeded published, required with a due date two weeks out.
 */
import { englishOf } from './demoCoursesEn';
import { q, type DemoCourse } from './demoQuestion';
import { DAY } from '../core/time';
import { toMember } from '../schema/entities';
import { fromAttempt, fromCourse } from '../schema/trainingEntities';
import { attemptKey } from '../core/training/attempts';
import { questionRows } from '../services/training/authoring';
import type { BatonStore } from '../store/batonStore';

const ZH: DemoCourse[] = [
  {
    key: 'big-picture',
    kind: 'big_picture',
    title: '全局视角：我的工作与公司目标',
    content: `## 公司今年的目标\n今年的重点是**直播获客**和**行业大赛拿奖**：每一场直播、每一份参赛作品都连着销售额和品牌。\n\n## 我的环节在链条的哪里\n一场直播课堂要经过 策划方案 → 海报设计 → 客户邀请 → 彩排 → 正式直播。任何一环晚一天，后面所有人都晚一天。\n\n## 接棒，而不是推诿\n收到任务先确认；做不了就写明原因拒绝，让负责人马上换人——沉默才是最大的延误。`,
    skills: ['全局观'],
    requiredFor: ['总经办', '市场部', '企划部', '设计部', '销售部', '人事部'],
    passMark: 75,
    questions: [
      q(
        '海报设计晚交一天，会发生什么？',
        ['只影响设计部', '客户邀请、彩排和直播都顺延', '没有影响'],
        [1],
        '阶段是串联的：前一棒晚，后面每一棒都晚。',
      ),
      q(
        '收到一个自己做不了的任务，应该怎么做？',
        ['先放着', '写明原因拒绝，让负责人改派', '转给同事'],
        [1],
        '拒绝要写原因，负责人才能立刻换人。',
      ),
      q(
        '今年公司的重点包括哪些？',
        ['直播获客', '行业大赛拿奖', '扩建办公室'],
        [0, 1],
        '直播和大赛是今年的两条主线。',
      ),
      q('职责外的任务做好了会计入贡献分。', ['对', '错'], [0], '多做的事会被看见：贡献分记录每一次接棒。'),
    ],
  },
  {
    key: 'livestream',
    kind: 'skill',
    title: '直播策划（选题技巧、流程设计、互动环节设计）',
    content: `## 选题技巧\n从客户最近问得最多的问题出发；一个标题只讲一件事，例如「三步看懂新品参数」。\n\n## 流程设计\n开场 3 分钟说清「今天能得到什么」；主体按问题拆成 3–4 段；最后 5 分钟留给答疑和转化。\n\n## 互动环节设计\n每 10 分钟一次互动：投票、抽奖、连麦提问。互动要和内容相关，不为热闹而热闹。`,
    skills: ['直播策划'],
    requiredFor: ['市场部', '企划部', '设计部'],
    passMark: 75,
    questions: [
      q(
        '直播选题最好从哪里出发？',
        ['领导喜欢的话题', '客户最近问得最多的问题', '竞品的标题'],
        [1],
        '观众为自己的问题而来。',
      ),
      q(
        '开场 3 分钟最重要的是？',
        ['介绍公司历史', '说清观众今天能得到什么', '抽奖'],
        [1],
        '先给理由留下，再讲内容。',
      ),
      q(
        '以下哪些是好的互动方式？',
        ['和内容相关的投票', '连麦提问', '与主题无关的刷屏口令'],
        [0, 1],
        '互动要服务内容。',
      ),
      q('一场直播的标题可以同时讲三件事。', ['对', '错'], [1], '一个标题只讲一件事，观众才记得住。'),
    ],
  },
  {
    key: 'contest',
    kind: 'skill',
    title: '参赛作品（格式要求、设计风格指南、案例分析）',
    content: `## 格式要求\n主视觉 PDF 或 PNG，300 dpi，单个文件不超过 20 MB；文件名「部门-姓名-作品名」。\n\n## 设计风格指南\n品牌色为主，辅助色不超过两种；字体用思源黑体；留白不少于画面的三分之一。\n\n## 案例分析\n去年获奖作品只用一个核心图形讲清主题；落选作品的问题多是信息太满。`,
    skills: ['参赛作品'],
    requiredFor: ['设计部'],
    passMark: 75,
    questions: [
      q('参赛主视觉的分辨率要求是？', ['72 dpi', '150 dpi', '300 dpi'], [2], '印刷和评审都按 300 dpi。'),
      q('文件名的格式是？', ['作品名', '部门-姓名-作品名', '随意'], [1], '评审按部门和姓名整理作品。'),
      q(
        '符合风格指南的做法有？',
        ['以品牌色为主', '辅助色最多两种', '画面尽量填满'],
        [0, 1],
        '留白不少于三分之一。',
      ),
      q('去年落选作品最常见的问题是信息太满。', ['对', '错'], [0], '一个核心图形讲清主题。'),
    ],
  },
  {
    key: 'story',
    kind: 'incentive',
    title: '优秀员工分享',
    content: `## 何平的一次「多接一棒」\n去年大赛前一周，企划部的方案临时改版。何平主动认领了任务大厅里的海报改稿，两天交付，作品拿了铜奖。\n\n## 被看见的多做\n这次认领记入主动认领贡献分，季度评优时排在设计部第一。\n\n## 你也可以\n任务大厅里的任务谁都可以认领；先认领的人接手，贡献分按规则记给你。`,
    skills: [],
    requiredFor: [],
    passMark: 50,
    questions: [
      q(
        '任务大厅里的任务谁可以认领？',
        ['只有部门负责人', '任何在职成员', '只有老板'],
        [1],
        '任务大厅对所有人开放，先认领者接手。',
      ),
      q('主动认领会记入贡献分。', ['对', '错'], [0], '主动认领有单独的贡献分规则。'),
    ],
  },
];

export const DEMO_COURSES = { zh: ZH, en: englishOf(ZH) };

/** What passing earns ([SC24]): the skill courses more than the big picture; the story earns nothing. */
const COURSE_POINTS: Record<string, number> = { 'big-picture': 5, livestream: 10, contest: 10 };

/**
 * The livestream course's video: a short public sample clip (CC0, from MDN's examples), so the playground shows
 * a video playing inline; a real Base links its own recording or attaches it in 视频附件.
 */
const COURSE_VIDEOS: Record<string, string> = {
  livestream: 'https://interactive-examples.mdn.mozilla.net/media/cc0-videos/flower.mp4',
};

/** Adds the demo courses (the Base's language), and the boss passing the big-picture course: leading by example. */
export async function seedDemoCourses(
  store: BatonStore,
  departmentIds: Map<string, string>,
  todayStart: number,
  language: 'zh' | 'en' = 'zh',
): Promise<void> {
  const courses = DEMO_COURSES[language];
  const bossMemberId = (await store.readAll('members')).map(toMember).find((m) => m.role === 'boss')?.id;
  const ids = await store.addAll(
    'courses',
    courses.map((c) =>
      fromCourse({
        title: c.title,
        kind: c.kind,
        status: 'published',
        content: c.content,
        videoUrl: COURSE_VIDEOS[c.key] ?? '',
        passMark: c.passMark,
        maxAttempts: 3,
        skills: c.skills,
        requiredForDepartmentIds: c.requiredFor
          .map((d) => departmentIds.get(d))
          .filter((d): d is string => !!d),
        due: c.requiredFor.length ? todayStart + 14 * DAY : undefined,
        points: COURSE_POINTS[c.key],
        key: `demo/${c.key}`,
      }),
    ),
  );
  const rows = courses.flatMap((c, i) =>
    questionRows(
      ids[i]!,
      c.questions.map((draft, position) => ({ draft, position, key: `demo/${c.key}/${position}` })),
    ),
  );
  await store.addAll('questions', rows);
  if (bossMemberId)
    await store.addAll('attempts', [
      fromAttempt(
        {
          memberId: bossMemberId,
          courseId: ids[0]!,
          score: 100,
          passed: true,
          attemptNo: 1,
          at: todayStart - DAY,
          key: attemptKey(ids[0]!, bossMemberId, 1),
        },
        courses[0]!.title,
      ),
    ]);
}
