// The request signers against the vendors' signing guides (Huawei "API Request Signing Guide", Alibaba signature V3), checked with an independent node:crypto reference.
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalPath, canonicalQuery, percentEncode } from '../../packages/core/src/crypto.ts';
import { type AlibabaSigningOptions, signAlibaba, signAlibabaRequest } from '../../packages/core/src/sign-alibaba.ts';
import { type HuaweiSigningOptions, signHuawei, signHuaweiRequest } from '../../packages/core/src/sign-huawei.ts';
import { ACCESS_KEY_ID, NONCE, NOW, PROJECT_ID, SECRET_ACCESS_KEY, SECURITY_TOKEN } from './signing-fixtures.ts';

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const HUAWEI_HOST = 'dms.cn-north-4.myhuaweicloud.com';
const ALIBABA_HOST = 'rocketmq.cn-hangzhou.aliyuncs.com';
const JSON_BODY = '{"name":"orders ü","engine":"kafka","storage_space":600}';

const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex');
const hmacSha256 = (key: string, data: string): string => createHmac('sha256', key).update(data).digest('hex');

const huaweiOptions: HuaweiSigningOptions = { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY, projectId: PROJECT_ID, now: () => NOW };
const alibabaOptions: AlibabaSigningOptions = { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY, action: 'CreateInstance', version: '2022-08-01', now: () => NOW, nonce: () => NONCE };

interface RequestSpec {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  /** Sent as bytes: a string body would make fetch add content-type: text/plain. */
  body?: string;
}

function request({ url, method = 'GET', headers, body }: RequestSpec): Request {
  return new Request(url, { method, headers, body: body === undefined ? undefined : new TextEncoder().encode(body) });
}

/** The header names line of a canonical request (the one before the payload hash). */
const signedHeaderNames = (canonicalRequest: string[]): string => canonicalRequest[canonicalRequest.length - 2];

describe('percentEncode (RFC 3986)', () => {
  const rows: [string, { given: string; want: string }][] = [
    ['keeps the unreserved characters', { given: 'AZaz09-_.~', want: 'AZaz09-_.~' }],
    ['a space is %20, never +', { given: 'a b', want: 'a%20b' }],
    ['sub-delimiters that encodeURIComponent keeps', { given: "!'()*", want: '%21%27%28%29%2A' }],
    ['general delimiters', { given: ':/?#[]@', want: '%3A%2F%3F%23%5B%5D%40' }],
    ['other sub-delimiters', { given: '$&+,;=', want: '%24%26%2B%2C%3B%3D' }],
    ['a percent sign', { given: '100%', want: '100%25' }],
    ['UTF-8 bytes, upper-case hex', { given: 'ü订😀', want: '%C3%BC%E8%AE%A2%F0%9F%98%80' }],
  ];
  it.each(rows)('%s', (_name, { given, want }) => expect(percentEncode(given)).toBe(want));
});

describe('canonicalPath', () => {
  const rows: [string, { given: string; want: string }][] = [
    ['a plain path is unchanged', { given: `/v2/${PROJECT_ID}/instances`, want: `/v2/${PROJECT_ID}/instances` }],
    ['a trailing slash is kept', { given: '/v2/instances/', want: '/v2/instances/' }],
    ['space and unicode as sent by URL', { given: '/a%20b/%C3%BC', want: '/a%20b/%C3%BC' }],
    ['an escaped ~ signs like a raw one', { given: '/a%7Eb/c~d', want: '/a~b/c~d' }],
    ['reserved characters URL leaves raw are escaped', { given: "/x*!'()+=@:,;$&", want: '/x%2A%21%27%28%29%2B%3D%40%3A%2C%3B%24%26' }],
    ['an escaped slash stays inside its segment', { given: '/groups/a%2Fb', want: '/groups/a%2Fb' }],
    ['a stray percent sign is a literal one', { given: '/100%/x%zz', want: '/100%25/x%25zz' }],
  ];
  it.each(rows)('%s', (_name, { given, want }) => expect(canonicalPath(given)).toBe(want));
});

describe('canonicalQuery', () => {
  const rows: [string, { given: string; want: string }][] = [
    ['no query', { given: '', want: '' }],
    ['sorted by key', { given: '?offset=0&limit=10&engine=kafka', want: 'engine=kafka&limit=10&offset=0' }],
    ['keys sort by code unit: upper case first', { given: '?b=1&B=2&a=3', want: 'B=2&a=3&b=1' }],
    ['a repeated key keeps every value, sorted by value', { given: '?tag=b&x=1&tag=a&tag=c', want: 'tag=a&tag=b&tag=c&x=1' }],
    ['empty values and bare keys become k=', { given: '?name=&flag', want: 'flag=&name=' }],
    ['%20 and + are both a space, signed as %20', { given: '?a=x%20y&b=x+y', want: 'a=x%20y&b=x%20y' }],
    ['an escaped + stays a plus', { given: '?a=1%2B1', want: 'a=1%2B1' }],
    ['values with reserved and unicode characters', { given: "?name=a%20b%2F%C3%BC~*'()!%26%3D", want: 'name=a%20b%2F%C3%BC~%2A%27%28%29%21%26%3D' }],
    ['keys are encoded too', { given: '?a%20b=1', want: 'a%20b=1' }],
  ];
  it.each(rows)('%s', (_name, { given, want }) => expect(canonicalQuery(given)).toBe(want));
});

describe('signHuaweiRequest (SDK-HMAC-SHA256)', () => {
  const rows: [string, { given: RequestSpec & { securityToken?: string }; want: string[] }][] = [
    [
      'POST with a JSON body: content-type added, body hashed, trailing slash appended',
      {
        given: { url: `https://${HUAWEI_HOST}/v2/${PROJECT_ID}/instances`, method: 'POST', body: JSON_BODY },
        want: [
          'POST',
          `/v2/${PROJECT_ID}/instances/`,
          '',
          'content-type:application/json',
          `host:${HUAWEI_HOST}`,
          `x-project-id:${PROJECT_ID}`,
          'x-sdk-date:20260314T092653Z',
          '',
          'content-type;host;x-project-id;x-sdk-date',
          sha256(JSON_BODY),
        ],
      },
    ],
    [
      'GET without a body: content-type still signed (as the SDKs do), empty-body hash',
      {
        given: { url: `https://${HUAWEI_HOST}/v2/${PROJECT_ID}/instances?name=a%20b%2F%C3%BC~*&engine=kafka&limit=`, method: 'GET' },
        want: [
          'GET',
          `/v2/${PROJECT_ID}/instances/`,
          'engine=kafka&limit=&name=a%20b%2F%C3%BC~%2A',
          'content-type:application/json',
          `host:${HUAWEI_HOST}`,
          `x-project-id:${PROJECT_ID}`,
          'x-sdk-date:20260314T092653Z',
          '',
          'content-type;host;x-project-id;x-sdk-date',
          EMPTY_SHA256,
        ],
      },
    ],
    [
      'temporary credentials: x-security-token signed',
      {
        given: { url: `https://${HUAWEI_HOST}/v2/${PROJECT_ID}/instances/`, method: 'POST', body: '{}', securityToken: SECURITY_TOKEN },
        want: [
          'POST',
          `/v2/${PROJECT_ID}/instances/`,
          '',
          'content-type:application/json',
          `host:${HUAWEI_HOST}`,
          `x-project-id:${PROJECT_ID}`,
          'x-sdk-date:20260314T092653Z',
          `x-security-token:${SECURITY_TOKEN}`,
          '',
          'content-type;host;x-project-id;x-sdk-date;x-security-token',
          '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
        ],
      },
    ],
    [
      "the caller's content-type is kept; other headers are not signed; a non-default port is part of host",
      {
        given: {
          url: `http://127.0.0.1:4010/v2/reliability/${PROJECT_ID}/instances`,
          method: 'POST',
          headers: { 'Content-Type': 'application/json;charset=UTF-8', Accept: 'application/json', 'X-Request-Id': 'r-1' },
          body: JSON_BODY,
        },
        want: [
          'POST',
          `/v2/reliability/${PROJECT_ID}/instances/`,
          '',
          'content-type:application/json;charset=UTF-8',
          'host:127.0.0.1:4010',
          `x-project-id:${PROJECT_ID}`,
          'x-sdk-date:20260314T092653Z',
          '',
          'content-type;host;x-project-id;x-sdk-date',
          sha256(JSON_BODY),
        ],
      },
    ],
    [
      'the default port is not part of host; path segments re-encoded',
      {
        given: { url: `https://${HUAWEI_HOST}:443/v2/${PROJECT_ID}/instances/i-ü~*(1)`, method: 'DELETE' },
        want: [
          'DELETE',
          `/v2/${PROJECT_ID}/instances/i-%C3%BC~%2A%281%29/`,
          '',
          'content-type:application/json',
          `host:${HUAWEI_HOST}`,
          `x-project-id:${PROJECT_ID}`,
          'x-sdk-date:20260314T092653Z',
          '',
          'content-type;host;x-project-id;x-sdk-date',
          EMPTY_SHA256,
        ],
      },
    ],
  ];

  it.each(rows)('%s', async (_name, { given, want }) => {
    const signed = await signHuaweiRequest(request(given), { ...huaweiOptions, securityToken: given.securityToken });
    const signature = hmacSha256(SECRET_ACCESS_KEY, ['SDK-HMAC-SHA256', '20260314T092653Z', sha256(want.join('\n'))].join('\n'));
    expect(signed.headers.get('authorization')).toBe(`SDK-HMAC-SHA256 Access=${ACCESS_KEY_ID}, SignedHeaders=${signedHeaderNames(want)}, Signature=${signature}`);
  });

  it('sets X-Sdk-Date, X-Project-Id and Content-Type, and X-Security-Token only with a token', async () => {
    const signed = await signHuaweiRequest(request({ url: `https://${HUAWEI_HOST}/v2/${PROJECT_ID}/instances` }), huaweiOptions);
    expect(Object.fromEntries(signed.headers)).toEqual({
      authorization: expect.stringMatching(/^SDK-HMAC-SHA256 Access=HPUAXAMPLE7EXAMPLE42, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$/),
      'content-type': 'application/json',
      'x-project-id': PROJECT_ID,
      'x-sdk-date': '20260314T092653Z',
    });
    const withToken = await signHuaweiRequest(request({ url: `https://${HUAWEI_HOST}/v2/${PROJECT_ID}/instances` }), { ...huaweiOptions, securityToken: SECURITY_TOKEN });
    expect(withToken.headers.get('x-security-token')).toBe(SECURITY_TOKEN);
  });

  const dates: [string, { given: string; want: string }][] = [
    ['milliseconds dropped, not rounded', { given: '2026-12-31T23:59:59.999Z', want: '20261231T235959Z' }],
    ['UTC whatever the offset it was written with', { given: '2026-01-01T08:00:00+08:00', want: '20260101T000000Z' }],
  ];
  it.each(dates)('X-Sdk-Date: %s', async (_name, { given, want }) => {
    const signed = await signHuaweiRequest(request({ url: `https://${HUAWEI_HOST}/v2/x/instances` }), { ...huaweiOptions, now: () => new Date(given) });
    expect(signed.headers.get('x-sdk-date')).toBe(want);
  });
});

describe('signAlibabaRequest (ACS3-HMAC-SHA256)', () => {
  const ACS = (extra: string[] = []): string[] => [...extra, 'x-acs-action:CreateInstance', 'x-acs-date:2026-03-14T09:26:53Z', `x-acs-signature-nonce:${NONCE}`, 'x-acs-version:2022-08-01'].sort();

  const rows: [string, { given: RequestSpec & { securityToken?: string }; want: string[] }][] = [
    [
      'POST with a JSON body: content-type added, body hashed, query encoded',
      {
        given: { url: `https://${ALIBABA_HOST}/instances?clientToken=t%201/%C3%BC~*`, method: 'POST', body: JSON_BODY },
        want: [
          'POST',
          '/instances',
          'clientToken=t%201%2F%C3%BC~%2A',
          'content-type:application/json; charset=utf-8',
          `host:${ALIBABA_HOST}`,
          ...ACS([`x-acs-content-sha256:${sha256(JSON_BODY)}`]),
          '',
          'content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version',
          sha256(JSON_BODY),
        ],
      },
    ],
    [
      'GET without a body: no content-type, empty-body hash, encoded path',
      {
        given: { url: `https://${ALIBABA_HOST}/instances/rmq-cn%20a/%C3%BC~*?pageSize=10&filter=&pageNumber=1`, method: 'GET' },
        want: [
          'GET',
          '/instances/rmq-cn%20a/%C3%BC~%2A',
          'filter=&pageNumber=1&pageSize=10',
          `host:${ALIBABA_HOST}`,
          ...ACS([`x-acs-content-sha256:${EMPTY_SHA256}`]),
          '',
          'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version',
          EMPTY_SHA256,
        ],
      },
    ],
    [
      'STS credentials: x-acs-accesskey-id and x-acs-security-token signed',
      {
        given: { url: `https://${ALIBABA_HOST}/instances`, method: 'POST', body: '{}', securityToken: SECURITY_TOKEN },
        want: [
          'POST',
          '/instances',
          '',
          'content-type:application/json; charset=utf-8',
          `host:${ALIBABA_HOST}`,
          ...ACS([`x-acs-accesskey-id:${ACCESS_KEY_ID}`, 'x-acs-content-sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a', `x-acs-security-token:${SECURITY_TOKEN}`]),
          '',
          'content-type;host;x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version',
          '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
        ],
      },
    ],
    [
      "x-acs-* headers already on the request are signed; the caller's content-type is kept; others are not signed",
      {
        given: {
          url: `http://127.0.0.1:4010/instances`,
          method: 'POST',
          headers: { 'X-Acs-Resourcegroup-Id': 'rg-acfm2', 'Content-Type': 'application/json', 'User-Agent': 'cloudmq', Accept: 'application/json' },
          body: JSON_BODY,
        },
        want: [
          'POST',
          '/instances',
          '',
          'content-type:application/json',
          'host:127.0.0.1:4010',
          ...ACS([`x-acs-content-sha256:${sha256(JSON_BODY)}`, 'x-acs-resourcegroup-id:rg-acfm2']),
          '',
          'content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-resourcegroup-id;x-acs-signature-nonce;x-acs-version',
          sha256(JSON_BODY),
        ],
      },
    ],
  ];

  it.each(rows)('%s', async (_name, { given, want }) => {
    const signed = await signAlibabaRequest(request(given), { ...alibabaOptions, securityToken: given.securityToken });
    const signature = hmacSha256(SECRET_ACCESS_KEY, `ACS3-HMAC-SHA256\n${sha256(want.join('\n'))}`);
    expect(signed.headers.get('authorization')).toBe(`ACS3-HMAC-SHA256 Credential=${ACCESS_KEY_ID},SignedHeaders=${signedHeaderNames(want)},Signature=${signature}`);
  });

  it('sets the x-acs-* headers of the recipe, content-type only with a body', async () => {
    const signed = await signAlibabaRequest(request({ url: `https://${ALIBABA_HOST}/instances`, method: 'POST', body: '{}' }), alibabaOptions);
    expect(Object.fromEntries(signed.headers)).toEqual({
      authorization: expect.stringMatching(/^ACS3-HMAC-SHA256 Credential=HPUAXAMPLE7EXAMPLE42,SignedHeaders=[a-z0-9;-]+,Signature=[0-9a-f]{64}$/),
      'content-type': 'application/json; charset=utf-8',
      'x-acs-action': 'CreateInstance',
      'x-acs-version': '2022-08-01',
      'x-acs-date': '2026-03-14T09:26:53Z',
      'x-acs-signature-nonce': NONCE,
      'x-acs-content-sha256': '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    });
    const get = await signAlibabaRequest(request({ url: `https://${ALIBABA_HOST}/instances` }), alibabaOptions);
    expect(get.headers.has('content-type')).toBe(false);
  });

  it('uses a fresh random UUID as nonce by default', async () => {
    const options = { ...alibabaOptions, nonce: undefined };
    const nonces = await Promise.all([1, 2].map(async () => (await signAlibabaRequest(request({ url: `https://${ALIBABA_HOST}/instances` }), options)).headers.get('x-acs-signature-nonce')));
    expect(nonces[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nonces[1]).not.toBe(nonces[0]);
  });

  const dates: [string, { given: string; want: string }][] = [
    ['milliseconds dropped, not rounded', { given: '2026-12-31T23:59:59.999Z', want: '2026-12-31T23:59:59Z' }],
    ['UTC whatever the offset it was written with', { given: '2026-01-01T08:00:00+08:00', want: '2026-01-01T00:00:00Z' }],
  ];
  it.each(dates)('x-acs-date: %s', async (_name, { given, want }) => {
    const signed = await signAlibabaRequest(request({ url: `https://${ALIBABA_HOST}/instances` }), { ...alibabaOptions, now: () => new Date(given) });
    expect(signed.headers.get('x-acs-date')).toBe(want);
  });
});

describe('both signers', () => {
  const signers: [string, { sign: (request: Request, securityToken?: string) => Promise<Request>; tokenHeader: string }][] = [
    ['Huawei', { sign: (r, securityToken) => signHuaweiRequest(r, { ...huaweiOptions, securityToken }), tokenHeader: 'x-security-token' }],
    ['Alibaba', { sign: (r, securityToken) => signAlibabaRequest(r, { ...alibabaOptions, securityToken }), tokenHeader: 'x-acs-security-token' }],
  ];

  it.each(signers)('%s: returns a new request and leaves the input untouched', async (_name, { sign }) => {
    const controller = new AbortController();
    const input = new Request(`https://${HUAWEI_HOST}/v2/instances?a=1`, {
      method: 'POST',
      headers: { 'x-request-id': 'r-1' },
      body: new TextEncoder().encode(JSON_BODY),
      signal: controller.signal,
    });
    const signed = await sign(input);

    expect(signed).not.toBe(input);
    expect([...input.headers]).toEqual([['x-request-id', 'r-1']]);
    expect(input.bodyUsed).toBe(false);
    expect(await input.text()).toBe(JSON_BODY);
    expect([signed.method, signed.url, await signed.text()]).toEqual(['POST', input.url, JSON_BODY]);
    expect(signed.headers.get('x-request-id')).toBe('r-1');
    controller.abort();
    expect(signed.signal.aborted).toBe(true);
  });

  it.each(signers)('%s: keeps binary body bytes exactly and never sets Host', async (_name, { sign }) => {
    const bytes = new Uint8Array([0, 0xff, 0xc3, 0x28, 0x0a]);
    const signed = await sign(new Request(`https://${HUAWEI_HOST}/v2/upload`, { method: 'PUT', body: bytes }));
    expect(new Uint8Array(await signed.arrayBuffer())).toEqual(bytes);
    expect(signed.headers.has('host')).toBe(false);
  });

  it.each(signers)('%s: no secret in any header but the token header', async (_name, { sign, tokenHeader }) => {
    const signed = await sign(request({ url: `https://${HUAWEI_HOST}/v2/instances`, method: 'POST', body: JSON_BODY }), SECURITY_TOKEN);
    const leaks = [...signed.headers].filter(([name, value]) => value.includes(SECRET_ACCESS_KEY) || (name !== tokenHeader && value.includes(SECURITY_TOKEN)));
    expect(leaks).toEqual([]);
    expect(signed.headers.get(tokenHeader)).toBe(SECURITY_TOKEN);
  });

  // What the transport signs each attempt with: node:crypto hashes synchronously, so no promise per attempt.
  it.each([
    ['Huawei', () => signHuawei({ method: 'POST', url: `https://${HUAWEI_HOST}/v2/instances`, headers: {}, body: JSON_BODY }, huaweiOptions)],
    ['Alibaba', () => signAlibaba({ method: 'POST', url: `https://${ALIBABA_HOST}/`, headers: {}, body: JSON_BODY }, alibabaOptions)],
  ] as const)('%s: signs the plain parts at once on Node.js', (_name, sign) => {
    const signed = sign();
    expect(signed).not.toBeInstanceOf(Promise);
    expect((signed as { headers: Record<string, string> }).headers.authorization).toMatch(/Signature=[0-9a-f]{64}$/);
  });
});
