// The README's fault table, row by row: each fault inflicted on a Huawei create, an Alibaba create and a read, through both senders.
import { readFileSync } from 'node:fs';
import * as alibaba from '@cloudmq/alibabacloud-rocketmq';
import { CloudMqError, InvalidResponseError } from '@cloudmq/core';
import * as kafka from '@cloudmq/huaweicloud-kafka';
import { afterEach, describe, expect, it } from 'vitest';
import { base as alibabaBody } from '../specs/alibabacloud-rocketmq/createInstance.tables.ts';
import { base as kafkaBody } from '../specs/huaweicloud-kafka/createPostPaidInstance.tables.ts';
import { type Answer, type Loopback, startLoopback } from '../support/loopback.ts';
import { SENDERS } from './calls.ts';
import { ALIBABA_CREDENTIALS, HUAWEI_CREDENTIALS } from './services.ts';

// The table users read, in docs/clients.md: every row is inflicted below.
const guide = readFileSync(new URL('../../docs/clients.md', import.meta.url), 'utf8');
const section = guide.slice(guide.indexOf('### Faults and what you get'));
const rows = section
  .split('\n')
  .slice(section.split('\n').findIndex((line) => line.startsWith('| fault |')) + 2)
  .filter((line, index, lines) => line.startsWith('|') && lines.slice(0, index).every((previous) => previous.startsWith('|')))
  .map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );

/** A fault: what the loopback server answers (every attempt), and client options it needs. */
interface Fault {
  answer: Answer | 'refused';
  options?: { timeoutMs?: number; maxResponseBytes?: number };
}

const huaweiError = { error_code: 'DMS.00500000', error_msg: 'fault' };
/** Each README row's fault, by its first cell. */
const FAULTS: Record<string, Fault> = {
  '429 throttled': { answer: { status: 429, body: huaweiError } },
  '503 unavailable': { answer: { status: 503, body: huaweiError } },
  '502 from a gateway, HTML body': { answer: { status: 502, body: '<html>Bad Gateway</html>' } },
  '504 from a gateway': { answer: { status: 504, body: huaweiError } },
  '500': { answer: { status: 500, body: huaweiError } },
  '403 without a body': { answer: { status: 403, headers: { 'content-length': '0' } } },
  '404': { answer: { status: 404, body: huaweiError } },
  '302 redirect to another host': { answer: { status: 302, headers: { location: 'http://127.0.0.1:2/elsewhere' } } },
  'Alibaba 200 with `success: false`, `httpStatusCode: 429`': { answer: { status: 200, body: { requestId: 'r', success: false, code: 'Throttling.User', message: 'slow down', httpStatusCode: 429 } } },
  'Alibaba 400 with code `Throttling.User`': { answer: { status: 400, body: { RequestId: 'r', Code: 'Throttling.User', Message: 'Request was denied due to user flow control.' } } },
  'Alibaba 400 with an `x-acs-retry-after` header': {
    answer: { status: 400, headers: { 'x-acs-retry-after': '1' }, body: { requestId: 'r', success: false, code: 'Instance.Busy', message: 'busy', httpStatusCode: 400 } },
  },
  'connection refused': { answer: 'refused' },
  'connection reset': { answer: 'reset' },
  'no answer within `timeoutMs`': { answer: 'stall', options: { timeoutMs: 150 } },
  'answer body stalls': { answer: 'stall body', options: { timeoutMs: 150 } },
  'body over `maxResponseBytes`': { answer: { status: 200, body: { instance_id: 'i-1', padding: 'x'.repeat(2_000) } }, options: { maxResponseBytes: 1_000 } },
  '2xx body cut short or not JSON': { answer: { status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from('{"instance_id":') } },
  '2xx with an empty body': { answer: { status: 200, headers: { 'content-length': '0' } } },
  'status 999': {
    answer: (response) => void response.socket?.end('HTTP/1.1 999 Odd\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}'),
  },
};

type Call = (endpoint: string, options: object) => Promise<{ error?: unknown; response: Response }>;
const projectId = HUAWEI_CREDENTIALS.projectId;
const retry = { baseDelayMs: 1, maxDelayMs: 5 };
/** The README's three columns; a read is Huawei's show, or Alibaba's for the row about Alibaba answers. */
const CALLS: Record<'Huawei create' | 'Alibaba create' | 'read', (fault: string) => Call> = {
  'Huawei create': () => (endpoint, options) =>
    kafka.createClient({ endpoint, credentials: HUAWEI_CREDENTIALS, retry, ...options }).POST('/v2/{project_id}/instances', { params: { path: { project_id: projectId } }, body: kafkaBody as never }),
  'Alibaba create': () => (endpoint, options) => alibaba.createClient({ endpoint, credentials: ALIBABA_CREDENTIALS, retry, ...options }).POST('/instances', { body: alibabaBody as never }),
  read: (fault) =>
    fault.startsWith('Alibaba')
      ? (endpoint, options) => alibaba.createClient({ endpoint, credentials: ALIBABA_CREDENTIALS, retry, ...options }).GET('/instances/{instanceId}', { params: { path: { instanceId: 'rmq-cn-1' } } })
      : (endpoint, options) =>
          kafka
            .createClient({ endpoint, credentials: HUAWEI_CREDENTIALS, retry, ...options })
            .GET('/v2/{project_id}/instances/{instance_id}', { params: { path: { project_id: projectId, instance_id: 'i-1' } } }),
};
const COLUMNS = ['Huawei create', 'Alibaba create', 'read'] as const;

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** What the caller got, in the README's words: `error answer 429`, `NetworkError`, `InvalidResponseError` `too-large`. */
async function outcome(call: Promise<{ error?: unknown; response: Response }>): Promise<{ got: string; attempts?: number }> {
  try {
    const { error, response } = await call;
    expect(error, 'an error answer has an error').toBeTruthy();
    return { got: `error answer ${response.status}` };
  } catch (error) {
    expect(error).toBeInstanceOf(CloudMqError);
    const attempts = (error as { attempts?: number }).attempts;
    return { got: error instanceof InvalidResponseError ? `\`InvalidResponseError\` \`${error.reason}\`` : `\`${(error as Error).name}\``, attempts };
  }
}

describe('the README fault table', () => {
  it('lists every fault this test inflicts, and no other', () => {
    expect(rows.map(([fault]) => fault).sort()).toEqual(Object.keys(FAULTS).sort());
  });

  describe.each(SENDERS)('through the %s', (_, sender) => {
    it.each(rows.flatMap(([fault, want, ...attempts]) => COLUMNS.map((column, index) => [fault, column, want, attempts[index]] as const)).filter(([, , , attempts]) => attempts !== '—'))(
      '%s: %s',
      async (fault, column, want, attempts) => {
        const { answer, options } = FAULTS[fault];
        let endpoint = 'http://127.0.0.1:2';
        if (answer !== 'refused') {
          server = await startLoopback(() => answer);
          endpoint = server.url;
        }
        const { got, attempts: counted } = await outcome(CALLS[column](fault)(endpoint, { ...sender, ...options }));
        expect(want.startsWith(got), `README says "${want}", the call got ${got}`).toBe(true);
        expect(String(server ? server.requests.length : counted)).toBe(attempts);
      },
    );
  });
});
