/** Display names of schema elements in the user's language, for messages. */
import type { Locale } from '../../i18n/translate';
import type { TableKey } from '../../schema/schemaTypes';
import { TABLES, tableSpec } from '../../schema/tables';

const lang = (locale: Locale) => (locale === 'zh-CN' ? 'zh' : 'en');

export function tableName(key: TableKey, locale: Locale): string {
  return tableSpec(key).names[lang(locale)];
}

export function fieldName(table: TableKey, field: string, locale: Locale): string {
  return tableSpec(table).fields.find((f) => f.key === field)?.names[lang(locale)] ?? field;
}

export function optionName(table: TableKey, field: string, option: string, locale: Locale): string {
  const spec = tableSpec(table).fields.find((f) => f.key === field);
  return spec?.options?.find((o) => o.key === option)?.names[lang(locale)] ?? option;
}

export function viewName(table: TableKey, view: string, locale: Locale): string {
  return tableSpec(table).views.find((v) => v.key === view)?.names[lang(locale)] ?? view;
}

/** Every name the schema gives a table, field, option or view, as [name in `from`, name in `to`]. */
function namePairs(from: Locale, to: Locale): [string, string][] {
  const a = lang(from);
  const b = lang(to);
  return TABLES.flatMap((table) => [
    [table.names[a], table.names[b]] as [string, string],
    ...table.views.map((v): [string, string] => [v.names[a], v.names[b]]),
    ...table.fields.flatMap((f) => [
      [f.names[a], f.names[b]] as [string, string],
      ...(f.options ?? []).map((o): [string, string] => [o.names[a], o.names[b]]),
    ]),
  ]);
}

/**
 * [EV15] A text in the user's language that names schema elements in quotes (「任务看板」, "Task board"), with each
 * quoted name as the Base has it: a Base installed in Chinese has no view called "Task board". Only whole quoted
 * names are replaced, so ordinary words are left alone.
 */
export function inBaseNames(text: string, uiLocale: Locale, baseLocale: Locale): string {
  if (uiLocale === baseLocale) return text;
  const names = new Map(namePairs(uiLocale, baseLocale));
  return text.replace(/「([^」]+)」|"([^"]+)"/g, (whole, zh?: string, en?: string) => {
    const name = zh ?? en ?? '';
    const inBase = names.get(name);
    if (inBase === undefined) return whole;
    return zh !== undefined ? `「${inBase}」` : `"${inBase}"`;
  });
}
