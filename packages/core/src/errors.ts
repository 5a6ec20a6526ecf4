// The typed errors every cloudmq client throws or returns; none of them ever carries a secret value.

/** Base class of every error raised by the cloudmq clients. */
export class CloudMqError extends Error {
  override name = 'CloudMqError';
}

/** One broken rule of a request: where (`/body/name`, `/path/engine`), which rule (`pattern`), and why. */
export interface ValidationIssue {
  path: string;
  rule: string;
  message: string;
}

/** The request breaks the API description; it was not sent. */
export class RequestValidationError extends CloudMqError {
  override name = 'RequestValidationError';
  constructor(
    readonly operation: string,
    readonly issues: ValidationIssue[],
  ) {
    super(`Invalid request for ${operation}: ${issues.map((issue) => `${issue.path} ${issue.message}`).join('; ')}. Nothing was sent.`);
  }
}

/** A credential is missing: raised when the client is created, not as a 401 later. */
export class CredentialsError extends CloudMqError {
  override name = 'CredentialsError';
}

/** An error answer of a Huawei Cloud API (`{ error_code, error_msg }`), or a non-JSON error page with its status. */
export class HuaweiCloudError extends CloudMqError {
  override name = 'HuaweiCloudError';
  constructor(
    readonly status: number,
    readonly errorCode: string | undefined,
    readonly errorMsg: string | undefined,
    readonly requestId: string | undefined,
  ) {
    super(`HTTP ${status}${errorCode ? ` ${errorCode}` : ''}: ${errorMsg ?? 'the service answered without an error body'}${requestId ? ` (request id ${requestId})` : ''}`);
  }
}

/** The error a Huawei Cloud error answer stands for: its body's code and message, the request id from body or header. */
export function huaweiCloudErrorOf(response: Response, body: unknown): HuaweiCloudError {
  const error = recordOf(body);
  const requestId = nonEmptyString(error.request_id) ?? response.headers.get('x-request-id') ?? undefined;
  return new HuaweiCloudError(response.status, nonEmptyString(error.error_code), nonEmptyString(error.error_msg), requestId);
}

/** An error answer of an Alibaba Cloud API (including a 200 whose body says `success: false`). */
export class AlibabaCloudError extends CloudMqError {
  override name = 'AlibabaCloudError';
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string | undefined,
    readonly requestId: string | undefined,
    readonly recommend: string | undefined,
  ) {
    super(message ?? `HTTP ${status}: the service answered without an error body`);
  }
}

/** The error an Alibaba Cloud error answer stands for, from a service error (`code`) or a gateway error (`Code`). */
export function alibabaCloudErrorOf(response: Response, body: unknown): AlibabaCloudError {
  const error = recordOf(body);
  return new AlibabaCloudError(
    response.status,
    nonEmptyString(error.code ?? error.Code),
    nonEmptyString(error.message ?? error.Message),
    nonEmptyString(error.requestId ?? error.RequestId) ?? response.headers.get('x-acs-request-id') ?? undefined,
    nonEmptyString(error.Recommend ?? error.recommend),
  );
}

/** An attempt got no answer within `timeoutMs`. */
export class TimeoutError extends CloudMqError {
  override name = 'TimeoutError';
  constructor(
    readonly timeoutMs: number,
    readonly attempts: number,
  ) {
    super(`No answer within ${timeoutMs} ms (attempt ${attempts}).`);
  }
}

/** Why a waiter gave up: the instance reached a status it does not leave by itself, time ran out, or the caller aborted. */
export type WaiterFailure = 'failed' | 'timeout' | 'aborted';

/** A waiter (`waitForInstance`, `waitForDeleted`) stopped before the instance reached the awaited state. */
export class WaiterError extends CloudMqError {
  override name = 'WaiterError';
  constructor(
    readonly reason: WaiterFailure,
    readonly instanceId: string,
    /** What the waiter waited for: a status such as `RUNNING`, or `deleted`. */
    readonly awaited: string,
    /** The status the last successful poll saw (undefined when no poll succeeded). */
    readonly lastStatus: string | undefined,
    readonly polls: number,
    readonly elapsedMs: number,
    cause?: unknown,
  ) {
    const last = lastStatus === undefined ? 'no status seen yet' : `last status ${lastStatus}`;
    const after = `after ${polls} poll${polls === 1 ? '' : 's'} in ${elapsedMs} ms`;
    super(
      reason === 'failed'
        ? `Instance ${instanceId} reached ${lastStatus}, which it does not leave by itself: it will not become ${awaited} (${after}).`
        : reason === 'timeout'
          ? `Instance ${instanceId} did not become ${awaited} in time (${last}, ${after}).`
          : `Waiting for instance ${instanceId} to become ${awaited} was aborted (${last}, ${after}).`,
      { cause },
    );
  }
}

/** The caller's AbortSignal cancelled the call. */
export class RequestAbortedError extends CloudMqError {
  override name = 'RequestAbortedError';
  constructor(override readonly cause?: unknown) {
    super('The request was aborted by the caller.');
  }
}

/** The connection failed (refused, reset, DNS, TLS...). `code` is the system error code where known. */
export class NetworkError extends CloudMqError {
  override name = 'NetworkError';
  constructor(
    readonly code: string | undefined,
    readonly attempts: number,
    cause?: unknown,
  ) {
    super(`The connection failed${code ? ` (${code})` : ''} after ${attempts} attempt${attempts === 1 ? '' : 's'}.`, { cause });
  }
}

/** `value` as an object to read fields of, or an empty one: answers are untrusted JSON. */
export function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
