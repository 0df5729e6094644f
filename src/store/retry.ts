/** Retries a host call that failed for a reason that may pass (unknown error, timeout). */
import { isRetryable } from '../port/hostErrors';

export interface RetryPolicy {
  attempts: number;
  backoffMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, backoffMs: 300 };

/** Waits in real time: the one sleep of the app and its tests (a policy may replace it with a recorder). */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withRetry<T>(
  run: (attempt: number) => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      return await run(attempt);
    } catch (error) {
      lastError = error;
      if (!isRetryable(error) || attempt === policy.attempts) break;
      await (policy.sleep ?? sleep)(policy.backoffMs * attempt);
    }
  }
  throw lastError;
}
