/** Error codes of the js-sdk's OpenErrorCode that Baton handles. */
export const HostErrorCode = {
  TableNotFound: 10212998,
  TableNameRepeated: 10212995,
  TablePermissionDenied: 10212997,
  FieldPermissionDenied: 10213997,
  CellPermissionDenied: 10216997,
  FieldNotFound: 10213998,
  FieldNameRepeated: 10213995,
  FieldTypeUnsupported: 10213991,
  RecordLimitExceeded: 10214001,
  RecordPermissionDenied: 10214997,
  RecordNotFound: 10214998,
  RecordUnknown: 10214999,
  ViewNameRepeated: 10215995,
  ViewNotFound: 10215998,
  ViewUnknown: 10215999,
  CellUnknown: 10216999,
  /** Not an SDK code: our own timeout around every host call. */
  Timeout: -1,
  /** Not an SDK code: the OpenAPI could not be reached (automations). */
  Network: -2,
} as const;

/** The shape of the SDK's OpenError: an Error with a numeric code. */
export class HostError extends Error {
  constructor(
    readonly code: number,
    message: string,
    /** Set when the host says whether trying again can help (the OpenAPI does); else decided by the code. */
    readonly retryable?: boolean,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

/** Reads the code off any thrown value; errors may come from another realm (iframe), so no instanceof. */
export function hostErrorCode(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'number' ? code : undefined;
  }
  return undefined;
}

const NOT_RETRYABLE: ReadonlySet<number> = new Set([
  HostErrorCode.TablePermissionDenied,
  HostErrorCode.FieldPermissionDenied,
  HostErrorCode.CellPermissionDenied,
  HostErrorCode.RecordNotFound,
  HostErrorCode.RecordLimitExceeded,
  HostErrorCode.RecordPermissionDenied,
  HostErrorCode.TableNameRepeated,
  HostErrorCode.FieldNameRepeated,
  HostErrorCode.ViewNameRepeated,
  HostErrorCode.FieldTypeUnsupported,
  HostErrorCode.TableNotFound,
  HostErrorCode.FieldNotFound,
  HostErrorCode.ViewNotFound,
]);

/** Unknown failures and timeouts may succeed on retry; limit, permission and naming errors never will. */
export function isRetryable(error: unknown): boolean {
  const said = (error as { retryable?: unknown } | null)?.retryable;
  if (typeof said === 'boolean') return said;
  const code = hostErrorCode(error);
  return code === undefined || !NOT_RETRYABLE.has(code);
}
