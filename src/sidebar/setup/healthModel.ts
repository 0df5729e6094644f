/** Schema problems and install conflicts as lines a person can act on. Pure. */
import type { Locale, Translate } from '../../i18n/translate';
import type { SchemaProblem } from '../../schema/resolveSchema';
import type { Halt } from '../../services/backgroundGuard';
import type { FieldKind, TableKey } from '../../schema/schemaTypes';
import { tableSpec, TABLES } from '../../schema/tables';
import type { ViewByHand } from '../../schema/viewSettings';
import { fieldName, optionName, tableName, viewName } from '../shared/schemaNames';

export interface ProblemRow {
  id: string;
  text: string;
  /** Has a safe one-click fix (only additions). */
  fixable: boolean;
  /** Informational only: things still work. */
  info: boolean;
  problem: SchemaProblem;
}

const kindOf = (table: TableKey, field: string): FieldKind =>
  tableSpec(table).fields.find((f) => f.key === field)?.kind ?? 'text';

export function problemText(p: SchemaProblem, t: Translate, locale: Locale): string {
  const table = tableName(p.table, locale);
  switch (p.kind) {
    case 'missingTable':
      return t('health.missingTable', { table });
    case 'tableRenamed':
      return t('health.tableRenamed', { table, name: p.name });
    case 'missingField':
      return t('health.missingField', { table, field: fieldName(p.table, p.field, locale) });
    case 'wrongType':
      return t('health.wrongType', { table, name: p.name, kind: t(`kind.${kindOf(p.table, p.field)}`) });
    case 'fieldRenamed':
      return t('health.fieldRenamed', { table, field: fieldName(p.table, p.field, locale), name: p.name });
    case 'missingOption':
      return t('health.missingOption', {
        table,
        field: fieldName(p.table, p.field, locale),
        option: optionName(p.table, p.field, p.option, locale),
      });
    case 'missingView':
      return t('health.missingView', { table, view: viewName(p.table, p.view, locale) });
    case 'installMapDamaged':
      return t('health.installMapDamaged', { table });
  }
}

export function problemRows(problems: SchemaProblem[], t: Translate, locale: Locale): ProblemRow[] {
  return problems
    .map((problem, i) => ({
      id: `${problem.kind}-${problem.table}-${i}`,
      text: problemText(problem, t, locale),
      // A damaged install map is fixed by any repair: it rewrites the map from what was found.
      fixable: ['missingTable', 'missingField', 'missingOption', 'missingView', 'installMapDamaged'].includes(
        problem.kind,
      ),
      info: problem.kind === 'tableRenamed' || problem.kind === 'fieldRenamed',
      problem,
    }))
    .sort((a, b) => Number(a.info) - Number(b.info));
}

export function conflictText(
  p: Extract<SchemaProblem, { kind: 'wrongType' }>,
  t: Translate,
  locale: Locale,
): string {
  return t('install.conflict.item', {
    table: tableName(p.table, locale),
    name: p.name,
    kind: t(`kind.${kindOf(p.table, p.field)}`),
  });
}

/**
 * The steps the SDK cannot do at all, and [RB8] the view settings the host did not take (`byHand`), in the
 * order of the views.
 */
export function manualSteps(t: Translate, byHand: ViewByHand[]): string[] {
  return TABLES.flatMap((table) =>
    table.views.flatMap((view) => [
      ...(view.manualStep ? [t(view.manualStep)] : []),
      ...byHand.filter((b) => b.table === table.key && b.view === view.key).map((b) => t(b.step)),
    ]),
  );
}

/** [C7] Why background work is stopped, naming the fields as the grid shows them. */
export function haltText(halt: Halt, t: Translate, locale: Locale): string {
  const names = halt.fields.map((f) => fieldName('tasks', f, locale));
  return t(`health.halted.${halt.reason}`, { fields: names.join(locale === 'zh-CN' ? '」「' : '", "') });
}

/**
 * What the install screen says: a Base with none of Baton's tables gets them all; one with some gets told which
 * are missing (and that the record of where the others are is damaged, if it is), not that it has none.
 */
export function installIntro(problems: SchemaProblem[], t: Translate, locale: Locale): string[] {
  const missing = problems.flatMap((p) => (p.kind === 'missingTable' ? [tableName(p.table, locale)] : []));
  if (missing.length === 0 || missing.length === TABLES.length)
    return [t('install.body', { count: TABLES.length })];
  const separator = locale === 'zh-CN' ? '、' : ', ';
  const damaged = problems.find((p) => p.kind === 'installMapDamaged');
  return [
    t('install.bodyPartial', { tables: missing.join(separator) }),
    ...(damaged ? [problemText(damaged, t, locale)] : []),
  ];
}
