/** Any failure, as one sentence in the user's language. Host messages carry no secrets; we add none. */
import type { Locale, Translate } from '../../i18n/translate';
import { SchemaError } from '../../schema/cellCodec';
import { hostFailure } from '../../services/hostFailure';
import type { TableKey } from '../../schema/schemaTypes';
import { fieldName, optionName, tableName } from './schemaNames';

export const HOST_TIMEOUT_MS = 15_000;

export function errorMessage(error: unknown, t: Translate, locale: Locale): string {
  if (error instanceof SchemaError) {
    const table = error.detail.table as TableKey;
    return t(`error.schema.${error.code}`, {
      table: tableName(table, locale),
      field: error.detail.field ? fieldName(table, error.detail.field, locale) : '',
      option:
        error.detail.field && error.detail.option
          ? optionName(table, error.detail.field, error.detail.option, locale)
          : '',
    });
  }
  switch (hostFailure(error)) {
    case 'timeout':
      return t('error.timeout', { seconds: HOST_TIMEOUT_MS / 1000 });
    case 'permission':
      return t('error.permission');
    case 'limit':
      return t('error.limit');
    case 'schemaChanged':
      return t('error.schemaChanged');
    default:
      return t('error.unknown', { message: messageOf(error) });
  }
}

// Errors may come from another realm (the playground's frame), where `instanceof Error` is false.
function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}
