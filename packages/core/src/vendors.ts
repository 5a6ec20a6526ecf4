// What the runtime knows of each vendor, declared once: how its answers fail, how it throttles, and how its instances are shown and listed.
import { ALIBABA_REQUEST_ID_HEADER, alibabaCloudErrorOf, type CloudMqError, HUAWEI_REQUEST_ID_HEADER, huaweiCloudErrorOf, InvalidOptionError, recordOf } from './errors.js';
import type { ReceivedResponse } from './senders.js';

/** The vendors, as a description names them in `info.x-cloudmq-vendor`. */
export type VendorId = 'huaweicloud' | 'alibabacloud';

/** Which instance: Huawei Cloud also needs the project. */
export interface InstanceRef {
  instanceId: string;
  /** Huawei Cloud: the project the instance belongs to. */
  projectId?: string;
}

/** One vendor's rules. */
export interface VendorProfile {
  /** The error a client throws for an error answer and its body. */
  toError(response: Response, body: unknown): CloudMqError;
  /** The `error` of an error answer without a body, in the shape of the vendor's error bodies, so that `if (error)` holds. */
  emptyErrorBody(response: Response): Record<string, unknown>;
  /** Rewrites an answer before the transport judges it (a 200 that says `success: false`, throttling). */
  inspect?: (response: ReceivedResponse) => ReceivedResponse;
  /** The answer header that carries the vendor's request id. */
  requestIdHeader: string;
  /** How array query parameters are written, when not openapi-fetch's default (`k=a&k=b`). */
  arrayQueryStyle?: { style: 'form'; explode: false };
  /** The path parameters of the show operation for an instance. */
  showParams(ref: InstanceRef): Record<string, string>;
  /** The path parameters of the list operation. */
  listParams(scope: { projectId?: string }): Record<string, string>;
  /** The instance in the show operation's answer. */
  instanceOf(data: unknown): unknown;
  /** Statuses an instance does not leave by itself: a waiter for another status gives up. */
  stuckStatuses: readonly string[];
  /** Statuses that mean the instance is gone, as a 404 does. */
  goneStatuses: readonly string[];
  /** Statuses, besides the stuck ones, of a resize that failed; the instance is `RUNNING` again when one succeeded. */
  resizeFailedStatuses: readonly string[];
  /** Background tasks (Huawei): the status of a task that succeeded, and those of one that will not. */
  taskStatuses?: { done: string; failed: readonly string[] };
}

export const VENDOR_PROFILES: Record<VendorId, VendorProfile> = {
  huaweicloud: {
    toError: huaweiCloudErrorOf,
    requestIdHeader: HUAWEI_REQUEST_ID_HEADER,
    emptyErrorBody: (response) => ({ error_msg: withoutBody(response) }),
    // Without a project, the client fills in the credentials' one.
    showParams: (ref) => ({ ...projectOf(ref), instance_id: ref.instanceId }),
    listParams: (scope) => projectOf(scope),
    instanceOf: (data) => data,
    // CREATEFAILED and ERROR are failures; a frozen instance waits for the account to be paid; a deleted one is gone.
    stuckStatuses: ['CREATEFAILED', 'ERROR', 'FREEZING', 'FROZEN', 'DELETING', 'DELETED'],
    goneStatuses: ['DELETED'],
    resizeFailedStatuses: ['EXTENDEDFAILED'],
    // CREATED and EXECUTING are under way; a status not listed here (the set grows) is waited out.
    taskStatuses: { done: 'SUCCESS', failed: ['FAILED', 'CANCELLED', 'DELETED'] },
  },
  alibabacloud: {
    toError: alibabaCloudErrorOf,
    requestIdHeader: ALIBABA_REQUEST_ID_HEADER,
    emptyErrorBody: (response) => ({ success: false, httpStatusCode: response.status, message: withoutBody(response) }),
    inspect: inspectAlibabaAnswer,
    // Alibaba's SDKs send an array query parameter as one comma-separated value (`seriesCodes=standard,ultimate`).
    arrayQueryStyle: { style: 'form', explode: false },
    showParams: (ref) => ({ instanceId: ref.instanceId }),
    listParams: () => ({}),
    instanceOf: (data) => recordOf(data).data,
    stuckStatuses: ['RELEASED'],
    goneStatuses: ['RELEASED'],
    resizeFailedStatuses: [],
  },
};

function withoutBody(response: Response): string {
  return `the service answered HTTP ${response.status} without a body`;
}

/**
 * Alibaba answers some failures with HTTP 200 and `success: false`: those become error answers.
 * Throttling is told by a code containing `Throttling` (`Throttling.User`), whatever the status,
 * or by an `x-acs-retry-after` header: such an answer is retried as a 429 is.
 */
function inspectAlibabaAnswer(response: ReceivedResponse): ReceivedResponse {
  if (response.status >= 300 && response.status < 400) return response;
  const parsed = (response.headers.get('content-type') ?? '').includes('json') ? jsonOf(response.body) : undefined;
  const body = parsed?.value;
  let { status, statusText } = response;
  if (status < 300 && isRecord(body) && body.success === false) {
    const code = body.httpStatusCode;
    status = typeof code === 'number' && Number.isInteger(code) && code >= 400 && code <= 599 ? code : 400;
    statusText = 'success: false';
  }
  const code = isRecord(body) ? (body.code ?? body.Code) : undefined;
  const throttled = status >= 400 && (response.headers.has('x-acs-retry-after') || (typeof code === 'string' && code.includes('Throttling')));
  // One literal, not a copy made with `...` and added to, which took a shape of its own on every call.
  return { status, statusText, headers: response.headers, body: response.body, parsed, throttled };
}

/** The body parsed, or undefined when it is not JSON (the answer is then refused where it is read). */
function jsonOf(bytes: Uint8Array): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(new TextDecoder().decode(bytes)) };
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function projectOf(scope: { projectId?: string }): { project_id?: string } {
  if (scope.projectId === undefined) return {};
  if (typeof scope.projectId !== 'string' || scope.projectId === '') throw new InvalidOptionError('projectId', 'must be a project id; leave it out to use the credentials\' project');
  return { project_id: scope.projectId };
}

/** The list at `key` of an answer; none when it is missing or no list. */
export function arrayAt(value: unknown, key: string): unknown[] {
  const found = recordOf(value)[key];
  return Array.isArray(found) ? found : [];
}
