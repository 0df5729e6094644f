import { describe, expect, it } from 'vitest';
import { HostError, HostErrorCode } from '../port/hostErrors';
import { hostFailure } from './hostFailure';

const failure = (code: number) => hostFailure(new HostError(code, 'x'));

describe('hostFailure', () => {
  it('groups host codes into what a person can act on', () => {
    expect(failure(HostErrorCode.Timeout)).toBe('timeout');
    expect(failure(HostErrorCode.CellPermissionDenied)).toBe('permission');
    expect(failure(HostErrorCode.TablePermissionDenied)).toBe('permission');
    expect(failure(HostErrorCode.RecordLimitExceeded)).toBe('limit');
    expect(failure(HostErrorCode.FieldNotFound)).toBe('schemaChanged');
    expect(failure(HostErrorCode.RecordNotFound)).toBe('other');
    expect(hostFailure(new Error('plain'))).toBe('other');
  });
});
