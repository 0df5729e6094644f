import { describe, expect, it } from 'vitest';
import { aMember } from '../../core/testBuilders';
import { aCourse, anAttempt } from '../../core/training/trainingBuilders';
import { translator } from '../../i18n/translate';
import { correctOf, formOf, inputOf, previewQuestions } from './authorModel';
import { courseView, sectionsOf, toggle, unanswered } from './courseModel';
import { learningView } from './learningModel';

const t = translator('zh-CN');

describe('course page model', () => {
  it('splits the text into sections at "## " headings', () => {
    expect(sectionsOf('导语\n## 选题技巧\n先想观众\n## 流程设计\n开场')).toEqual([
      { title: '', markdown: '导语' },
      { title: '选题技巧', markdown: '先想观众' },
      { title: '流程设计', markdown: '开场' },
    ]);
  });

  it('[TR7][TR14] shows options shuffled per attempt with their stored positions, never an unsafe video', () => {
    const course = aCourse({ videoUrl: 'javascript:alert(1)', maxAttempts: 2 });
    const q = {
      id: 'q1',
      prompt: '?',
      type: 'single' as const,
      options: ['a', 'b', 'c', 'd', 'e'],
      points: 10,
    };
    const first = courseView(course, [q], [], 'm1');
    expect(first.video).toBeUndefined();
    expect(first.attemptNo).toBe(1);
    expect(first.questions[0]!.options.map((o) => o.value).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(first.questions[0]!.options[0]!.label.startsWith('A. ')).toBe(true);
    const second = courseView(course, [q], [anAttempt({ attemptNo: 1 })], 'm1');
    expect(second).toMatchObject({ attemptNo: 2, left: 1, canAttempt: true });
    const orders = [1, 2, 3].map((n) => courseView(course, [q], [anAttempt({ attemptNo: n })], 'm1'));
    expect(
      new Set(orders.map((v) => v.questions[0]!.options.map((o) => o.value).join())).size,
    ).toBeGreaterThan(1);
    expect(
      courseView(course, [q], [anAttempt({ attemptNo: 1 }), anAttempt({ attemptNo: 2 })], 'm1').canAttempt,
    ).toBe(false);
  });

  it('a single choice keeps one answer, a multiple choice toggles', () => {
    const single = { id: 's', prompt: '', multiple: false, options: [] };
    const multi = { id: 'm', prompt: '', multiple: true, options: [] };
    let answers = toggle(toggle({}, single, 1), single, 2);
    answers = toggle(toggle(toggle(answers, multi, 0), multi, 2), multi, 0);
    expect(answers).toEqual({ s: [2], m: [2] });
    expect(unanswered([single, multi, { ...single, id: 'x' }], answers)).toBe(1);
  });
});

describe('authoring model', () => {
  it('turns the form into the service input: letters to positions, day to its evening, kept questions by id', () => {
    expect(correctOf('A, c')).toEqual([0, 2]);
    expect(correctOf('2')).toEqual([1]);
    const form = {
      ...formOf(undefined, [
        { id: 'old', prompt: '旧题', type: 'single' as const, options: ['x', 'y'], points: 5 },
      ]),
      title: ' 直播策划 ',
      passMark: '10',
      skills: '直播策划，海报',
      due: '2026-12-01',
      publish: true,
      questions: [
        {
          prompt: '新题',
          type: 'true_false' as const,
          options: '',
          correct: 'A',
          points: '5',
          explanation: '',
        },
      ],
    };
    const input = inputOf(form, 'c1', 'k');
    expect(input.course).toMatchObject({
      title: '直播策划',
      status: 'published',
      passMark: 10,
      skills: ['直播策划', '海报'],
    });
    expect(new Date(input.course.due!).getHours()).toBe(23);
    expect(input.questions).toEqual([
      { keep: 'old' },
      { prompt: '新题', type: 'true_false', options: ['对', '错'], correct: [0], points: 5, explanation: '' },
    ]);
    expect(previewQuestions(form).map((q) => q.options.map((o) => o.label))).toEqual([
      ['A. x', 'B. y'],
      ['A. 对', 'B. 错'],
    ]);
  });
});

describe('learning tab model', () => {
  it("[TR16][TR17] lists the viewer's courses and, for authors, drafts and figures", () => {
    const member = aMember({ departmentId: 'd1', skills: ['剪辑'] });
    const required = aCourse({ title: '必修', requiredForDepartmentIds: ['d1'], due: 0 });
    const draft = aCourse({ title: '草稿', status: 'draft' });
    const training = { courses: [required, draft], attempts: [], rounds: [], answers: [] };
    const input = {
      training,
      member,
      members: [member],
      departments: [{ id: 'd1', name: '设计部' }],
      neededSkills: [],
      now: 1,
    };
    const asLearner = learningView({ ...input, authors: false }, t);
    expect(asLearner.required).toMatchObject([{ title: '必修', overdue: true, kind: '专项技能' }]);
    expect(asLearner.drafts).toEqual([]);
    expect(asLearner.figures).toEqual([]);
    expect(asLearner.skills).toBe('我的技能：剪辑');
    expect(asLearner.bossPassed).toBe('');
    const boss = aMember({ name: '王建国', role: 'boss' });
    const passed = {
      ...training,
      attempts: [anAttempt({ memberId: boss.id, courseId: required.id, passed: true })],
    };
    const seen = learningView({ ...input, training: passed, members: [member, boss], authors: false }, t);
    expect(seen.bossPassed).toBe('王建国（老板）已通过：必修');
    const asAuthor = learningView({ ...input, authors: true }, t);
    expect(asAuthor.drafts.map((d) => d.title)).toEqual(['草稿']);
    expect(asAuthor.figures).toMatchObject([{ title: '必修', assigned: 1, overdue: 1, firstRate: '–' }]);
  });
});
