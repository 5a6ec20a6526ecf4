// A call with no middleware is sent directly, without openapi-fetch's Request objects: it must answer exactly what openapi-fetch's own path answers.
import * as alibaba from '@cloudmq/alibabacloud-rocketmq';
import * as kafka from '@cloudmq/huaweicloud-kafka';
import { afterEach, describe, expect, it } from 'vitest';
import { base as alibabaBody } from '../specs/alibabacloud-rocketmq/createInstance.tables.ts';
import { base as kafkaBody } from '../specs/huaweicloud-kafka/createPostPaidInstance.tables.ts';
import { type RawLoopback, startRawLoopback } from '../support/raw-loopback.ts';
import { SENDERS, type Sender, thrown } from './calls.ts';
import { ALIBABA_CREDENTIALS, HUAWEI_CREDENTIALS } from './services.ts';

const projectId = HUAWEI_CREDENTIALS.projectId;
const instanceId = '8959ab1c-7c1a-4b11-a05f-93dfc361b32d';

/** A do-nothing middleware: with one registered, every call goes through openapi-fetch's own path. */
const passThrough = { onRequest: () => undefined };

/** An answer on the wire: its status line and headers, then the body with its Content-Length (none when `head` frames it). */
const wire = (head: string, body = '') => `${head}\r\n${/transfer-encoding|^HTTP\/1\.1 204/i.test(head) ? '' : `Content-Length: ${Buffer.byteLength(body)}\r\n`}\r\n${body}`;

/** The answers both paths read. */
const ANSWERS: [string, string][] = [
  ['200 JSON', wire('HTTP/1.1 200 OK\r\nContent-Type: application/json', '{"instance_id":"i-1"}')],
  ['200 JSON, chunked', wire('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked', '15\r\n{"instance_id":"i-1"}\r\n0\r\n\r\n')],
  ['200 null', wire('HTTP/1.1 200 OK', 'null')],
  ['200 not JSON', wire('HTTP/1.1 200 OK', '<html>')],
  ['204', wire('HTTP/1.1 204 No Content')],
  ['400 JSON error', wire('HTTP/1.1 400 Bad Request\r\nContent-Type: application/json', '{"error_code":"DMS.00400001","error_msg":"bad x"}')],
  ['502 HTML page', wire('HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html', '<h1>502</h1>')],
  ['500 empty', wire('HTTP/1.1 500 Internal Server Error')],
  ['404 empty, chunked', wire('HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked', '0\r\n\r\n')],
  ['200 with success: false', wire('HTTP/1.1 200 OK\r\nContent-Type: application/json', '{"success":false,"code":"Instance.NotFound","httpStatusCode":404}')],
];

const servers: RawLoopback[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(wire: string): Promise<string> {
  const server = await startRawLoopback(() => ({ bytes: new TextEncoder().encode(wire), delivery: { kind: 'close' } }));
  servers.push(server);
  return server.url;
}

/** What a call came to, in a form two calls can be compared by: data, error and status, or the class and reason of what it threw. */
async function outcomeOf(call: () => Promise<{ data?: unknown; error?: unknown; response: Response }>) {
  let result: { data?: unknown; error?: unknown; response: Response } | undefined;
  const failure = await thrown(async () => {
    result = await call();
  });
  if (failure) return { threw: (failure as Error).name, reason: (failure as { reason?: string }).reason, message: (failure as Error).message };
  const { data, error, response } = result!;
  return { data, error, status: response.status, ok: response.ok, text: await response.text(), contentLength: response.headers.get('content-length') };
}

const CALLS: [string, (url: string, sender: Sender, viaOpenApiFetch: boolean) => Promise<{ data?: unknown; error?: unknown; response: Response }>][] = [
  [
    'Huawei create',
    (url, sender, viaOpenApiFetch) => {
      const client = kafka.createClient({ endpoint: url, credentials: HUAWEI_CREDENTIALS, retry: false, ...sender });
      if (viaOpenApiFetch) client.use(passThrough);
      return client.POST('/v2/{project_id}/instances', { params: { path: { project_id: projectId } }, body: kafkaBody as never });
    },
  ],
  [
    'Huawei delete',
    (url, sender, viaOpenApiFetch) => {
      const client = kafka.createClient({ endpoint: url, credentials: HUAWEI_CREDENTIALS, retry: false, ...sender });
      if (viaOpenApiFetch) client.use(passThrough);
      return client.DELETE('/v2/{project_id}/instances/{instance_id}', { params: { path: { project_id: projectId, instance_id: instanceId } } });
    },
  ],
  [
    'Alibaba create',
    (url, sender, viaOpenApiFetch) => {
      const client = alibaba.createClient({ endpoint: url, credentials: ALIBABA_CREDENTIALS, retry: false, ...sender });
      if (viaOpenApiFetch) client.use(passThrough);
      return client.POST('/instances', { params: { query: { clientToken: 'token-1' } }, body: alibabaBody as never });
    },
  ],
];

describe.each(SENDERS)('through the %s, a call sent directly answers as openapi-fetch does', (_sender, sender) => {
  for (const [callName, call] of CALLS) {
    it.each(ANSWERS)(`${callName}, answer %s`, async (_answer, wire) => {
      const direct = await outcomeOf(async () => call(await serve(wire), sender, false));
      const viaOpenApiFetch = await outcomeOf(async () => call(await serve(wire), sender, true));
      expect(direct).toEqual(viaOpenApiFetch);
    });
  }
});

describe('which calls are sent directly', () => {
  it('a call with headers, parseAs or its own serializer goes through openapi-fetch, and is answered the same', async () => {
    // The raw loopback answers one request per connection: a client per call.
    const create = async (extra: object) => {
      const client = kafka.createClient({ endpoint: await serve(ANSWERS[0][1]), credentials: HUAWEI_CREDENTIALS, retry: false });
      return client.POST('/v2/{project_id}/instances', { params: { path: { project_id: projectId } }, body: kafkaBody as never, ...extra });
    };
    const plain = await outcomeOf(() => create({}));
    expect(plain).toMatchObject({ status: 200, data: { instance_id: 'i-1' } });
    for (const extra of [{ headers: { 'X-Trace': '1' } }, { parseAs: 'json' }, { bodySerializer: (body: unknown) => JSON.stringify(body) }]) {
      expect(await outcomeOf(() => create(extra))).toEqual(plain);
    }
  });
});
