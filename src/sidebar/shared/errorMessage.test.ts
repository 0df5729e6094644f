import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate';
import { HostError, HostErrorCode } from '../../port/hostErrors';
import { timeoutError } from '../../port/withTimeouts';
import { SchemaError } from '../../schema/cellCodec';
import { errorMessage, HOST_TIMEOUT_MS } from './errorMessage';

const zh = translator('zh-CN');
const en = translator('en-US');
const zhOf = (error: unknown) => errorMessage(error, zh, 'zh-CN');
const enOf = (error: unknown) => errorMessage(error, en, 'en-US');

describe('errorMessage', () => {
  it('a missing table names it in the user language', () => {
    const error = new SchemaError('tableMissing', { table: 'tasks' });
    expect(zhOf(error)).toBe('缺少「任务」表。请到「检查」页一键修复。');
    expect(enOf(error)).toBe('The table "Tasks" is missing. Fix it in one click on the Check page.');
  });

  it('a missing field names table and field', () => {
    const error = new SchemaError('fieldMissing', { table: 'tasks', field: 'requestKey' });
    expect(zhOf(error)).toContain('「任务」表缺少字段「请求键」');
    expect(enOf(error)).toContain('Table "Tasks" is missing the field "Request key"');
  });

  it('a missing option names table, field and option', () => {
    const error = new SchemaError('optionMissing', { table: 'tasks', field: 'status', option: 'assigned' });
    expect(zhOf(error)).toContain('「任务」表的字段「状态」缺少选项「待确认」');
    expect(enOf(error)).toContain('Field "Status" of table "Tasks" is missing the option "Assigned"');
  });

  it('[H2] a timeout says how long the Base was given', () => {
    const seconds = String(HOST_TIMEOUT_MS / 1000);
    expect(zhOf(timeoutError(HOST_TIMEOUT_MS))).toBe(`多维表格 ${seconds} 秒内没有响应，请检查网络后重试。`);
    expect(enOf(new HostError(HostErrorCode.Timeout, 'late'))).toContain(`within ${seconds} s`);
  });

  it('permission and limit errors have their own sentences, without the host text', () => {
    const permission = new HostError(HostErrorCode.RecordPermissionDenied, 'raw permission text');
    const limit = new HostError(HostErrorCode.RecordLimitExceeded, 'raw limit text');
    expect(zhOf(permission)).toBe('你没有修改这张表的权限。');
    expect(enOf(permission)).toBe('You do not have permission to change this table.');
    expect(enOf(limit)).toBe('Too many records in one operation for the Base.');
    expect(zhOf(limit)).not.toContain('raw');
  });

  it('[H2] any other failure quotes the host message', () => {
    expect(enOf(new HostError(HostErrorCode.RecordUnknown, 'disk on fire'))).toBe(
      'The Base returned an error: disk on fire',
    );
    expect(zhOf(new Error('断网了'))).toBe('多维表格返回了错误：断网了');
  });

  it('a thrown non-error is shown as text', () => {
    expect(enOf('plain string')).toBe('The Base returned an error: plain string');
    expect(enOf(undefined)).toBe('The Base returned an error: undefined');
    expect(enOf(null)).toBe('The Base returned an error: null');
  });

  it('a plain object error from another realm is read by its code and message', () => {
    const foreignTimeout = runInNewContext('({ code: -1, message: "late" })') as unknown;
    const foreignPermission = runInNewContext(
      `(() => { const e = new Error('denied'); e.code = ${HostErrorCode.RecordPermissionDenied}; return e; })()`,
    ) as unknown;
    const foreignUnknown = runInNewContext(
      '({ code: 10214999, message: "from the playground frame" })',
    ) as unknown;
    expect(foreignPermission instanceof Error).toBe(false);
    expect(enOf(foreignTimeout)).toContain(`within ${HOST_TIMEOUT_MS / 1000} s`);
    expect(enOf(foreignPermission)).toBe('You do not have permission to change this table.');
    expect(enOf(foreignUnknown)).toBe('The Base returned an error: from the playground frame');
  });
});
