import { describe, expect, it } from 'vitest';
import { translator, type Locale } from '../../i18n/translate';
import type { SchemaProblem } from '../../schema/resolveSchema';
import { TABLES } from '../../schema/tables';
import { conflictText, haltText, installIntro, manualSteps, problemRows, problemText } from './healthModel';

const zh = translator('zh-CN');
const en = translator('en-US');

const P = {
  missingTable: { kind: 'missingTable', table: 'tasks' },
  tableRenamed: { kind: 'tableRenamed', table: 'members', name: 'People' },
  missingField: { kind: 'missingField', table: 'tasks', field: 'due' },
  wrongType: { kind: 'wrongType', table: 'tasks', field: 'due', name: '截止' },
  fieldRenamed: { kind: 'fieldRenamed', table: 'tasks', field: 'title', name: 'Headline' },
  missingOption: { kind: 'missingOption', table: 'tasks', field: 'status', option: 'in_review' },
  missingView: { kind: 'missingView', table: 'tasks', view: 'kanban' },
  installMapDamaged: { kind: 'installMapDamaged', table: 'settings' },
} satisfies Record<SchemaProblem['kind'], SchemaProblem>;

const ALL: SchemaProblem[] = Object.values(P);

describe('problemText', () => {
  it('[S1] names tables, fields, options and views in Chinese', () => {
    expect(problemText(P.missingTable, zh, 'zh-CN')).toBe('缺少「任务」表');
    expect(problemText(P.missingField, zh, 'zh-CN')).toBe('「任务」表缺少字段「截止日期」');
    expect(problemText(P.missingOption, zh, 'zh-CN')).toBe('「任务」表的字段「状态」缺少选项「待验收」');
    expect(problemText(P.missingView, zh, 'zh-CN')).toBe('「任务」表缺少视图「任务看板」');
    expect(problemText(P.tableRenamed, zh, 'zh-CN')).toBe('「成员」表已改名为「People」：仍可正常使用');
  });

  it('[S1] names tables, fields, options and views in English', () => {
    expect(problemText(P.missingTable, en, 'en-US')).toBe('Table "Tasks" is missing');
    expect(problemText(P.missingField, en, 'en-US')).toBe('Table "Tasks" is missing the field "Due"');
    expect(problemText(P.missingOption, en, 'en-US')).toBe(
      'Field "Status" of table "Tasks" is missing the option "In review"',
    );
    expect(problemText(P.missingView, en, 'en-US')).toBe('Table "Tasks" is missing the view "Task board"');
    expect(problemText(P.fieldRenamed, en, 'en-US')).toBe(
      'Field "Title" of table "Tasks" was renamed to "Headline": still works',
    );
  });

  it('[S3] a wrong type names the field as the user called it and the kind it should be', () => {
    expect(problemText(P.wrongType, zh, 'zh-CN')).toContain('「截止」');
    expect(problemText(P.wrongType, zh, 'zh-CN')).toContain('应为日期');
    expect(problemText(P.wrongType, en, 'en-US')).toContain('should be date');
    expect(conflictText(P.wrongType, en, 'en-US')).toBe('Field "截止" of table "Tasks" should be date');
    expect(conflictText(P.wrongType, zh, 'zh-CN')).toBe('「任务」表的字段「截止」应为日期类型');
  });

  it.each<Locale>(['zh-CN', 'en-US'])('every kind of problem gives a filled sentence in %s', (locale) => {
    const t = translator(locale);
    const lang = locale === 'zh-CN' ? 'zh' : 'en';
    for (const problem of ALL) {
      const text = problemText(problem, t, locale);
      expect(text, problem.kind).not.toContain('{{');
      expect(text, problem.kind).toContain(TABLES.find((s) => s.key === problem.table)!.names[lang]);
    }
  });
});

describe('problemRows', () => {
  it('[S4][S8] only additions and a damaged map are fixable; renames are information; a wrong type is neither', () => {
    const rows = problemRows(ALL, en, 'en-US');
    const byKind = Object.fromEntries(rows.map((r) => [r.problem.kind, [r.fixable, r.info]]));
    expect(byKind).toEqual({
      missingTable: [true, false],
      missingField: [true, false],
      missingOption: [true, false],
      missingView: [true, false],
      installMapDamaged: [true, false],
      wrongType: [false, false],
      tableRenamed: [false, true],
      fieldRenamed: [false, true],
    });
  });

  it('[S2] information rows come last; the others keep their order', () => {
    const input = [P.tableRenamed, P.missingView, P.fieldRenamed, P.wrongType, P.missingTable];
    const rows = problemRows(input, zh, 'zh-CN');
    expect(rows.map((r) => r.problem.kind)).toEqual([
      'missingView',
      'wrongType',
      'missingTable',
      'tableRenamed',
      'fieldRenamed',
    ]);
  });

  it('gives each row a unique id and the text of its problem', () => {
    const twice = [P.missingField, { ...P.missingField, field: 'start' } as SchemaProblem];
    const rows = problemRows(twice, zh, 'zh-CN');
    expect(new Set(rows.map((r) => r.id)).size).toBe(2);
    expect(rows.map((r) => r.text)).toEqual(twice.map((p) => problemText(p, zh, 'zh-CN')));
    expect(rows[1]!.text).toContain('开始日期');
  });

  it('no problems, no rows', () => {
    expect(problemRows([], en, 'en-US')).toEqual([]);
  });
});

describe('manualSteps', () => {
  it('lists one translated step per view the SDK cannot configure', () => {
    const expected = TABLES.flatMap((t) => t.views).filter((v) => v.manualStep).length;
    for (const t of [zh, en]) {
      const steps = manualSteps(t, []);
      expect(steps).toHaveLength(expected);
      for (const step of steps) expect(step.startsWith('manual.')).toBe(false);
    }
    expect(expected).toBeGreaterThan(0);
  });

  it("[RB8] adds the settings a view did not take, right after that view's own step", () => {
    const steps = manualSteps(zh, [{ table: 'tasks', view: 'gantt', step: 'manual.ganttGroup' }]);
    const gantt = steps.findIndex((s) => s.includes('开始时间选「开始日期」'));
    expect(steps[gantt + 1]).toContain('按「主责部门」分组');
    expect(steps).toHaveLength(manualSteps(zh, []).length + 1);
  });
});

describe('haltText', () => {
  it('[C7] names the stopped fields as the grid shows them, in both languages', () => {
    const halt = { reason: 'relinkPending', fields: ['dependsOn', 'parent'] } as const;
    expect(haltText(halt, zh, 'zh-CN')).toContain('「前置任务」「所属专项」是重新建的');
    expect(haltText({ ...halt, reason: 'inputMissing' }, en, 'en-US')).toContain(
      'field "Depends on", "Parent" of the Tasks table is missing',
    );
  });
});

describe('installIntro', () => {
  it('[S8] a Base with none of the tables gets them all; one with some is told which are missing, not "none"', () => {
    const none = TABLES.map((s): SchemaProblem => ({ kind: 'missingTable', table: s.key }));
    expect(installIntro(none, zh, 'zh-CN')).toEqual([zh('install.body', { count: TABLES.length })]);
    const some: SchemaProblem[] = [
      P.installMapDamaged,
      { kind: 'missingTable', table: 'departments' },
      P.missingTable,
    ];
    const [intro, damage, ...rest] = installIntro(some, zh, 'zh-CN');
    expect(intro).toContain('缺少：部门、任务');
    expect(intro).not.toContain('还没有接棒的数据表');
    expect(damage).toContain('installMap');
    expect(rest).toEqual([]);
    expect(installIntro([P.missingTable], en, 'en-US')).toEqual([
      expect.stringContaining('these are missing: Tasks.'),
    ]);
  });
});
