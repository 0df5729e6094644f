import { describe, expect, it } from 'vitest';
import { questionRefusal, quizRefusal } from '../core/training/questions';
import { DEMO_COURSES } from './demoCourses';

describe('demo courses', () => {
  it('[TR1][TR2] ship four courses in each language whose every question and quiz is valid', () => {
    for (const courses of [DEMO_COURSES.zh, DEMO_COURSES.en]) {
      expect(courses).toHaveLength(4);
      for (const course of courses) {
        expect(course.questions.map(questionRefusal), course.title).toEqual(
          course.questions.map(() => undefined),
        );
        expect(
          quizRefusal(
            course.questions.map((q) => q.points),
            course.passMark,
            3,
          ),
          course.title,
        ).toBeUndefined();
      }
    }
    expect(DEMO_COURSES.zh.map((c) => c.title)).toEqual([
      '全局视角：我的工作与公司目标',
      '直播策划（选题技巧、流程设计、互动环节设计）',
      '参赛作品（格式要求、设计风格指南、案例分析）',
      '优秀员工分享',
    ]);
    expect(DEMO_COURSES.en.map((c) => c.questions.length)).toEqual(
      DEMO_COURSES.zh.map((c) => c.questions.length),
    );
  });
});
