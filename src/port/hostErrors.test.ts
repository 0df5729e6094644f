import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { HostError, HostErrorCode, hostErrorCode, isRetryable } from './hostErrors';

const foreign = (source: string) => runInNewContext(source) as unknown;

describe('hostErrorCode', () => {
  it('reads the code of a HostError', () => {
    expect(hostErrorCode(new HostError(HostErrorCode.FieldNotFound, 'x'))).toBe(HostErrorCode.FieldNotFound);
  });

  it('reads the code of plain and cross-realm objects, which fail instanceof', () => {
    const plain = { code: HostErrorCode.RecordLimitExceeded, message: 'limit' };
    const fromFrame = foreign(`({ code: ${HostErrorCode.RecordPermissionDenied}, message: 'denied' })`);
    const errorFromFrame = foreign(
      `Object.assign(new Error('gone'), { code: ${HostErrorCode.TableNotFound} })`,
    );
    expect(errorFromFrame instanceof Error).toBe(false);
    expect(hostErrorCode(plain)).toBe(HostErrorCode.RecordLimitExceeded);
    expect(hostErrorCode(fromFrame)).toBe(HostErrorCode.RecordPermissionDenied);
    expect(hostErrorCode(errorFromFrame)).toBe(HostErrorCode.TableNotFound);
  });

  it('has no code for values without a numeric code', () => {
    expect(hostErrorCode(new Error('plain'))).toBeUndefined();
    expect(hostErrorCode({ code: String(HostErrorCode.RecordLimitExceeded) })).toBeUndefined();
    expect(hostErrorCode({ code: undefined })).toBeUndefined();
    expect(hostErrorCode(null)).toBeUndefined();
    expect(hostErrorCode(undefined)).toBeUndefined();
    expect(hostErrorCode('10214001')).toBeUndefined();
    expect(hostErrorCode(10214001)).toBeUndefined();
  });
});

describe('[H2] isRetryable', () => {
  it('[H2] timeouts, unknown errors and code-less failures are retried', () => {
    expect(isRetryable(new HostError(HostErrorCode.Timeout, 'late'))).toBe(true);
    expect(isRetryable(new HostError(HostErrorCode.RecordUnknown, '?'))).toBe(true);
    expect(isRetryable(new HostError(HostErrorCode.CellUnknown, '?'))).toBe(true);
    expect(isRetryable(new Error('network'))).toBe(true);
    expect(isRetryable(foreign(`({ code: ${HostErrorCode.Timeout} })`))).toBe(true);
  });

  it('[H2] limit, permission and naming errors are not retried', () => {
    const never = [
      HostErrorCode.RecordLimitExceeded,
      HostErrorCode.RecordPermissionDenied,
      HostErrorCode.TableNameRepeated,
      HostErrorCode.FieldNameRepeated,
      HostErrorCode.ViewNameRepeated,
      HostErrorCode.FieldTypeUnsupported,
    ];
    for (const code of never) expect(isRetryable(new HostError(code, 'no')), String(code)).toBe(false);
  });

  it('a missing table or field will not appear by retrying', () => {
    expect(isRetryable(new HostError(HostErrorCode.TableNotFound, 'no'))).toBe(false);
    expect(isRetryable(new HostError(HostErrorCode.FieldNotFound, 'no'))).toBe(false);
  });

  it('[H2] decides cross-realm errors by their code too', () => {
    const limit = foreign(`({ code: ${HostErrorCode.RecordLimitExceeded}, message: 'limit' })`);
    const permission = foreign(
      `Object.assign(new Error('denied'), { code: ${HostErrorCode.RecordPermissionDenied} })`,
    );
    expect(isRetryable(limit)).toBe(false);
    expect(isRetryable(permission)).toBe(false);
  });
});

describe('[H2] a host that says whether to retry', () => {
  it('[H2] is taken at its word, whatever the code', () => {
    expect(isRetryable(new HostError(1254302, 'no permission', false))).toBe(false);
    expect(isRetryable(new HostError(HostErrorCode.RecordLimitExceeded, 'busy', true))).toBe(true);
    expect(isRetryable(new HostError(1254302, 'unknown to the SDK'))).toBe(true);
  });
});
