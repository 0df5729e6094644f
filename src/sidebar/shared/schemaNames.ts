/** Display names of schema elements in the user's language, for messages. */
import type { Locale } from '../../i18n/translate';
import type { TableKey } from '../../schema/schemaTypes';
import { tableSpec } from '../../schema/tables';

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
