import { describe, expect, it } from 'vitest';
import { checkStagesStep } from './assignment';
import {
  BUILT_IN_TEMPLATES,
  formatStages,
  parseStages,
  stagesFromTemplate,
  templateFromTask,
  templateIn,
  type TaskTemplate,
} from './templates';
import { aDepartment, aStage, aTask, TODAY_START } from './testBuilders';
import { DAY } from './time';

const names = ['市场部', '企划部', '设计部', '销售部'];
const departments = names.map((name) => aDepartment({ name }));
const idOf = (name: string) => departments.find((d) => d.name === name)!.id;
const livestream = BUILT_IN_TEMPLATES.find((t) => t.name === '直播课堂')!;

describe('parseStages / formatStages', () => {
  it('[P1] one stage per line "title | department | days", spaces trimmed, blank lines skipped', () => {
    expect(parseStages('策划方案 | 企划部 | 5\n\n  海报设计|设计部|4  \n')).toEqual([
      { title: '策划方案', departmentName: '企划部', days: 5 },
      { title: '海报设计', departmentName: '设计部', days: 4 },
    ]);
  });

  it('[P1] days default to 1 when missing, not a number or below 1, and are rounded', () => {
    const days = parseStages('a | x\nb | x | abc\nc | x | 0\nd | x | -3\ne | x | 2.6\nf').map((s) => s.days);
    expect(days).toEqual([1, 1, 1, 1, 3, 1]);
    expect(parseStages('彩排')).toEqual([{ title: '彩排', departmentName: '', days: 1 }]);
  });

  it('[P1] a line without a title is skipped', () => {
    expect(parseStages(' | 设计部 | 3\n   \n')).toEqual([]);
  });

  it('[P1] format then parse gives back every built-in template', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const text = formatStages(template.stages);
      expect(text.split('\n')).toHaveLength(template.stages.length);
      expect(parseStages(text)).toEqual(template.stages);
    }
    expect(formatStages(livestream.stages.slice(0, 2))).toBe('策划方案 | 企划部 | 5\n海报设计 | 设计部 | 4');
  });

  it('[P1] a "|" in a stage title is kept as the full-width "｜", never splitting the line', () => {
    const stages = [{ title: '海报|横幅', departmentName: '设计部', days: 3 }];
    expect(parseStages(formatStages(stages))).toEqual([
      { title: '海报｜横幅', departmentName: '设计部', days: 3 },
    ]);
  });
});

describe('templateIn', () => {
  it('[P4] a built-in template in English: its name, description and every stage title, no Chinese left', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const english = templateIn(template, 'en');
      const words = [english.name, english.description, ...english.stages.map((s) => s.title)];
      expect(words.filter((w) => /[\u4e00-\u9fff]/.test(w))).toEqual([]);
      expect(english.stages.map((s) => s.days)).toEqual(template.stages.map((s) => s.days));
    }
    expect(templateIn(livestream, 'en').name).toBe('Live class');
    expect(templateIn(livestream, 'zh')).toBe(livestream);
  });

  it('[P4] its stages find their departments in a Base named in either language; a saved template stays as written', () => {
    const english = ['Marketing', 'Planning', 'Design', 'Sales'].map((name) => aDepartment({ name }));
    const stages = stagesFromTemplate(templateIn(livestream, 'en'), TODAY_START, english);
    expect(stages.map((s) => english.find((d) => d.id === s.departmentId)?.name)).toEqual([
      'Planning',
      'Design',
      'Sales',
      'Marketing',
      'Marketing',
    ]);
    const chinese = stagesFromTemplate(templateIn(livestream, 'en'), TODAY_START, departments);
    expect(chinese[0]!.departmentId).toBe(idOf('企划部'));
    const saved: TaskTemplate = { ...livestream, id: 'rec1', builtIn: false };
    expect(templateIn(saved, 'en')).toBe(saved);
  });
});

describe('stagesFromTemplate', () => {
  it('the built-in templates are the seed special tasks, each with its ordered stages', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => [t.name, t.stages.length, t.builtIn])).toEqual([
      ['直播课堂', 5, true],
      ['参赛作品收集', 4, true],
      ['品牌对外宣传', 4, true],
    ]);
    expect(livestream.stages.map((s) => s.title)).toEqual([
      '策划方案',
      '海报设计',
      '客户邀请',
      '彩排',
      '正式直播',
    ]);
  });

  it('[P2] a chain: each stage waits for the one before, due after its days counted from the start', () => {
    const stages = stagesFromTemplate(livestream, TODAY_START, departments);
    // Days 5, 4, 7, 3, 1 accumulate to 5, 9, 16, 19, 20.
    expect(stages).toEqual([
      {
        key: 's1',
        title: '策划方案',
        departmentId: idOf('企划部'),
        due: TODAY_START + 5 * DAY,
        predecessorKeys: [],
      },
      {
        key: 's2',
        title: '海报设计',
        departmentId: idOf('设计部'),
        due: TODAY_START + 9 * DAY,
        predecessorKeys: ['s1'],
      },
      {
        key: 's3',
        title: '客户邀请',
        departmentId: idOf('销售部'),
        due: TODAY_START + 16 * DAY,
        predecessorKeys: ['s2'],
      },
      {
        key: 's4',
        title: '彩排',
        departmentId: idOf('市场部'),
        due: TODAY_START + 19 * DAY,
        predecessorKeys: ['s3'],
      },
      {
        key: 's5',
        title: '正式直播',
        departmentId: idOf('市场部'),
        due: TODAY_START + 20 * DAY,
        predecessorKeys: ['s4'],
      },
    ]);
    expect(checkStagesStep({ ...emptyDraft(), stages, due: TODAY_START + 20 * DAY })).toEqual([]);
  });

  it('[P2] an unknown department name leaves the stage without a department, for the wizard to ask', () => {
    const template: TaskTemplate = {
      ...livestream,
      stages: [{ title: '外包拍摄', departmentName: '影视部', days: 2 }],
    };
    const [stage] = stagesFromTemplate(template, TODAY_START, departments);
    expect(stage!.departmentId).toBeUndefined();
    expect(checkStagesStep({ ...emptyDraft(), stages: [stage!] }).map((i) => i.code)).toEqual([
      'stage.departmentRequired',
    ]);
  });
});

describe('templateFromTask', () => {
  it('[P3] a task becomes a template: stages by sequence, days between due dates, department names', () => {
    const task = aTask({
      title: '年会',
      description: '年度晚会',
      points: 25,
      extraDuty: true,
      start: TODAY_START,
    });
    const stages = [
      aStage(task, {
        title: '节目',
        sequence: 2,
        primaryDepartmentId: idOf('市场部'),
        due: TODAY_START + 10 * DAY,
      }),
      aStage(task, {
        title: '方案',
        sequence: 1,
        primaryDepartmentId: idOf('企划部'),
        due: TODAY_START + 3 * DAY,
      }),
      aStage(task, { title: '复盘', sequence: 3, primaryDepartmentId: 'gone' }),
    ];
    expect(templateFromTask(task, stages, departments)).toEqual({
      name: '年会',
      description: '年度晚会',
      points: 25,
      extraDuty: true,
      stages: [
        { title: '方案', departmentName: '企划部', days: 3 },
        { title: '节目', departmentName: '市场部', days: 7 },
        { title: '复盘', departmentName: '', days: 1 },
      ],
    });
  });

  it('[P3] [P2] saving a template-made task gives the template back; a stage due with its predecessor takes 1 day', () => {
    const task = aTask({ title: livestream.name, start: TODAY_START, points: 30, extraDuty: true });
    const drafts = stagesFromTemplate(livestream, TODAY_START, departments);
    const stages = drafts.map((s, i) =>
      aStage(task, { title: s.title, sequence: i + 1, primaryDepartmentId: s.departmentId, due: s.due }),
    );
    expect(templateFromTask(task, stages, departments).stages).toEqual(livestream.stages);
    stages[1]!.due = stages[0]!.due;
    expect(templateFromTask(task, stages, departments).stages[1]!.days).toBe(1);
  });
});

function emptyDraft() {
  return {
    draftKey: 'd',
    mode: 'assign' as const,
    title: 't',
    description: '',
    extraDuty: false,
    cooperation: [],
    outsiderConfirmed: false,
    stages: [],
    suggestedDepartmentIds: [],
  };
}
