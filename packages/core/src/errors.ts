// The typed errors every cloudmq client throws or returns; none of them ever carries a secret value.

/** The answer headers that carry each vendor's request id. */
export const HUAWEI_REQUEST_ID_HEADER = 'x-request-id';
export const ALIBABA_REQUEST_ID_HEADER = 'x-acs-request-id';

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

/** Issues kept on a RequestValidationError: 100,000 bad array items must not make a 4 MB message. */
const MAX_ISSUES = 20;

/** The request breaks the API description; it was not sent. */
export class RequestValidationError extends CloudMqError {
  override name = 'RequestValidationError';
  /** The first broken rules (at most 20); `issueCount` tells how many there were in all. */
  readonly issues: ValidationIssue[];
  readonly issueCount: number;
  constructor(
    readonly operation: string,
    issues: ValidationIssue[],
  ) {
    const kept = issues.slice(0, MAX_ISSUES);
    const more = issues.length > kept.length ? ` and ${issues.length - kept.length} more` : '';
    super(`Invalid request for ${operation}: ${kept.map((issue) => `${issue.path} ${issue.message}`).join('; ')}${more}. Nothing was sent.`);
    this.issues = kept;
    this.issueCount = issues.length;
  }
}

/** A credential is missing or cannot be sent: raised when the client is created, not as a 401 later. */
export class CredentialsError extends CloudMqError {
  override name = 'CredentialsError';
}

/** An option of `createClient` (or of a waiter or paginator) breaks its rule; nothing was sent. */
export class InvalidOptionError extends CloudMqError {
  override name = 'InvalidOptionError';
  constructor(
    /** The option, as a path: `timeoutMs`, `retry.maxAttempts`, `endpoint`. */
    readonly option: string,
    rule: string,
  ) {
    super(`Option ${option} ${rule}.`);
  }
}

/** Why an answer could not be read. */
export type InvalidResponseReason = 'status' | 'too-large' | 'not-json' | 'empty' | 'redirect' | 'repeated-page' | 'shape';

/**
 * The service's answer could not be read as the API describes it: a status outside 200–599, a
 * body over the size limit, a 2xx body that is not JSON or empty where the operation answers
 * with one, a redirect a custom fetch followed, a paginator page that repeats, or a 2xx body a
 * helper cannot read (a list that is not a list). The message never quotes the answer.
 */
export class InvalidResponseError extends CloudMqError {
  override name = 'InvalidResponseError';
  constructor(
    readonly reason: InvalidResponseReason,
    /** The HTTP status, where there was one. */
    readonly status: number | undefined,
    message: string,
  ) {
    super(message);
  }
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
  const requestId = nonEmptyString(error.request_id) ?? response.headers.get(HUAWEI_REQUEST_ID_HEADER) ?? undefined;
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
    nonEmptyString(error.requestId ?? error.RequestId) ?? response.headers.get(ALIBABA_REQUEST_ID_HEADER) ?? undefined,
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
    /** What the waiter waited for: a status such as `RUNNING`, `deleted`, `resized` or (a task) `SUCCESS`. */
    readonly awaited: string,
    /** The status the last successful poll saw (undefined when no poll succeeded). */
    readonly lastStatus: string | undefined,
    readonly polls: number,
    readonly elapsedMs: number,
    cause?: unknown,
    /** The background task waited for, when the waiter followed one (waitForTask). */
    readonly taskId?: string,
  ) {
    const subject = taskId === undefined ? `Instance ${instanceId}` : `Task ${taskId} of instance ${instanceId}`;
    const last = lastStatus === undefined ? 'no status seen yet' : `last status ${lastStatus}`;
    const after = `after ${polls} poll${polls === 1 ? '' : 's'} in ${elapsedMs} ms`;
    super(
      reason === 'failed'
        ? `${subject} reached ${lastStatus}, which it does not leave by itself: it will not become ${awaited} (${after}).`
        : reason === 'timeout'
          ? `${subject} did not become ${awaited} in time (${last}, ${after}).`
          : `Waiting for ${subject.charAt(0).toLowerCase()}${subject.slice(1)} to become ${awaited} was aborted (${last}, ${after}).`,
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

/**
 * The connection failed (refused, reset, DNS, TLS...). `code` is the system error code where known;
 * `cause` is the system error, which names addresses and ports, never headers or bodies.
 */
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
