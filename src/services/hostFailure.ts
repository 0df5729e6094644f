/** What kind of host failure an error is, so a screen can say it in words without knowing host codes. */
import { HostErrorCode, hostErrorCode } from '../port/hostErrors';

export type HostFailure = 'timeout' | 'permission' | 'limit' | 'schemaChanged' | 'other';

export function hostFailure(error: unknown): HostFailure {
  switch (hostErrorCode(error)) {
    case HostErrorCode.Timeout:
      return 'timeout';
    case HostErrorCode.RecordPermissionDenied:
    case HostErrorCode.TablePermissionDenied:
    case HostErrorCode.FieldPermissionDenied:
    case HostErrorCode.CellPermissionDenied:
      return 'permission';
    case HostErrorCode.RecordLimitExceeded:
      return 'limit';
    case HostErrorCode.TableNotFound:
    case HostErrorCode.FieldNotFound:
      return 'schemaChanged';
    default:
      return 'other';
  }
}
