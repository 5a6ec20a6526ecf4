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
