// The signers against the official SDKs: same request, clock and nonce, byte-identical signed headers.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type AlibabaSdk from '@alicloud/rocketmq20220801';
import kafka from '@huaweicloud/huaweicloud-sdk-kafka';
import rocketmqSdk from '@huaweicloud/huaweicloud-sdk-rocketmq';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signAlibabaRequest } from '../../packages/core/src/sign-alibaba.ts';
import { signHuaweiRequest } from '../../packages/core/src/sign-huawei.ts';
import { type Loopback, type RecordedRequest, startLoopback } from '../support/loopback.ts';
import { ACCESS_KEY_ID, NONCE, NOW, PROJECT_ID, SECRET_ACCESS_KEY, SECURITY_TOKEN } from './signing-fixtures.ts';

// Loaded as the CommonJS it is (its module.exports, which is what TypeScript types a default
// import as): vitest's interop would hand the Client class to a default import instead.
const alibabaSdk = createRequire(import.meta.url)('@alicloud/rocketmq20220801') as typeof AlibabaSdk;

let loopback: Loopback;
let home: string;

beforeAll(async () => {
  loopback = await startLoopback(() => ({ status: 200, body: {} }));
  // The Huawei SDK writes ~/.huaweicloud/application_id when a client is built.
  home = mkdtempSync(join(tmpdir(), 'cloudmq-sdk-home-'));
  vi.stubEnv('HOME', home);
  // Only Date: the SDKs read the clock through it, and real timers keep sockets working.
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});

afterAll(async () => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  rmSync(home, { recursive: true, force: true });
  await loopback.close();
});

/** Runs `call` and returns the single request it made to the loopback. */
async function recordOne(call: () => Promise<unknown>): Promise<RecordedRequest> {
  const before = loopback.requests.length;
  await call();
  expect(loopback.requests).toHaveLength(before + 1);
  return loopback.requests[before];
}

/**
 * Rebuilds what the SDK sent (method, path and query as sent, body bytes, plus the headers
 * named in `keep`), signs it with ours and sends it through fetch to the same loopback, so the
 * comparison covers what goes on the wire, not just what the signer returned.
 */
async function resignAndSend(sent: RecordedRequest, sign: (request: Request) => Promise<Request>, keep: string[] = []): Promise<RecordedRequest> {
  const headers = new Headers(keep.map((name): [string, string] => [name, String(sent.headers[name])]));
  // Bytes, not a string: a string body would make fetch add content-type: text/plain.
  const body = sent.body === '' ? null : new TextEncoder().encode(sent.body);
  const signed = await sign(new Request(`${loopback.url}${sent.url}`, { method: sent.method, headers, body }));
  return recordOne(() => fetch(signed).then((response) => response.arrayBuffer()));
}

/** Authorization plus every header it names as signed, as received. */
function signedHeaders(received: RecordedRequest): Record<string, unknown> {
  const authorization = String(received.headers.authorization);
  const names = /SignedHeaders=([^,]+)/.exec(authorization)?.[1].split(';') ?? [];
  return Object.fromEntries(['authorization', ...names].map((name) => [name, received.headers[name]]));
}

describe('Huawei SDK-HMAC-SHA256 matches @huaweicloud/huaweicloud-sdk-{rocketmq,kafka}', () => {
  const { RocketMQClient, CreatePostPaidInstanceReq, CreatePostPaidInstanceRequest, CreateInstanceByEngineReq, CreateInstanceByEngineRequest, ListInstancesRequest } = rocketmqSdk;

  /** Credentials go through the SDK's documented environment variables, like a real deployment. */
  function huaweiClients(securityToken: string | undefined) {
    vi.stubEnv('HUAWEICLOUD_SDK_AK', ACCESS_KEY_ID);
    vi.stubEnv('HUAWEICLOUD_SDK_SK', SECRET_ACCESS_KEY);
    vi.stubEnv('HUAWEICLOUD_SDK_PROJECT_ID', PROJECT_ID);
    vi.stubEnv('HUAWEICLOUD_SDK_SECURITY_TOKEN', securityToken);
    return {
      rocketmqClient: RocketMQClient.newBuilder().withEndpoint(loopback.url).build(),
      kafkaClient: kafka.KafkaClient.newBuilder().withEndpoint(loopback.url).build(),
    };
  }

  const rocketmqBody = new CreatePostPaidInstanceReq()
    .withName('rocketmq-orders')
    .withDescription('订单 queue, ü ~ * (prod)')
    .withEngine('reliability')
    .withEngineVersion('4.8.0')
    .withStorageSpace(600)
    .withVpcId('3db8490c-4d6d-4d8f-8d3f-047b0de4c5cf')
    .withSubnetId('0a0f1fcb-f019-458d-b9e5-301867394d50')
    .withSecurityGroupId('23c5977f-ff33-4b95-a73e-08d8a0bc4e6c')
    .withAvailableZones(['9f1c5806706d4c1fb0eb72f0a9b18c77'])
    .withProductId('c6.4u8g.cluster')
    .withStorageSpecCode('dms.physical.storage.ultra.v2')
    .withBrokerNum(2)
    .withSslEnable(false);

  type HuaweiClients = ReturnType<typeof huaweiClients>;
  const cases: [string, { securityToken?: string; call: (clients: HuaweiClients) => Promise<unknown> }][] = [
    [
      'RocketMQ createPostPaidInstance, POST /v2/{project_id}/instances',
      { call: ({ rocketmqClient }) => rocketmqClient.createPostPaidInstance(new CreatePostPaidInstanceRequest().withBody(rocketmqBody)) },
    ],
    [
      'RocketMQ createPostPaidInstance with a security token',
      { securityToken: SECURITY_TOKEN, call: ({ rocketmqClient }) => rocketmqClient.createPostPaidInstance(new CreatePostPaidInstanceRequest().withBody(rocketmqBody)) },
    ],
    [
      'RocketMQ createInstanceByEngine, POST /v2/{engine}/{project_id}/instances',
      {
        call: ({ rocketmqClient }) =>
          rocketmqClient.createInstanceByEngine(
            new CreateInstanceByEngineRequest()
              .withEngine('reliability')
              .withBody(
                new CreateInstanceByEngineReq()
                  .withName('rocketmq-5x')
                  .withEngine('reliability')
                  .withEngineVersion('5.x')
                  .withStorageSpace(300)
                  .withVpcId('vpc-id')
                  .withSubnetId('subnet-id')
                  .withSecurityGroupId('sg-id')
                  .withAvailableZones(['az-1', 'az-2', 'az-3'])
                  .withProductId('rocketmq.b2.large.4')
                  .withStorageSpecCode('dms.physical.storage.ultra.v2')
                  .withBrokerNum(1),
              ),
          ),
      },
    ],
    [
      'Kafka createInstanceByEngine with a security token',
      {
        securityToken: SECURITY_TOKEN,
        call: ({ kafkaClient }) =>
          kafkaClient.createInstanceByEngine(
            new kafka.CreateInstanceByEngineRequest()
              .withEngine('kafka')
              .withBody(
                new kafka.CreateInstanceByEngineReq()
                  .withName('kafka-orders')
                  .withEngine('kafka')
                  .withEngineVersion('3.x')
                  .withBrokerNum(3)
                  .withStorageSpace(300)
                  .withAccessUser('kafka-admin')
                  .withPassword('Kafka-Pass1!')
                  .withVpcId('vpc-id')
                  .withSubnetId('subnet-id')
                  .withSecurityGroupId('sg-id')
                  .withAvailableZones(['az-1'])
                  .withProductId('c6.2u4g.cluster')
                  .withStorageSpecCode('dms.physical.storage.high.v2'),
              ),
          ),
      },
    ],
    [
      'RocketMQ listInstances: a query that needs encoding',
      { call: ({ rocketmqClient }) => rocketmqClient.listInstances(new ListInstancesRequest().withEngine('reliability').withName("a b/ü~*'()!+&=%").withLimit(50).withOffset(0)) },
    ],
    [
      'Kafka listInstanceConsumerGroupTopics: path and query that need encoding, with a security token',
      {
        securityToken: SECURITY_TOKEN,
        call: ({ kafkaClient }) =>
          kafkaClient.listInstanceConsumerGroupTopics(
            // Path characters the SDK escapes only once: it pastes path parameters in raw, lets
            // url.parse escape spaces and quotes, then escapes every segment again (%2520, %2527).
            // This signer decodes each segment before escaping it, so it signs %20 and %27 there.
            new kafka.ListInstanceConsumerGroupTopicsRequest().withEngine('kafka').withInstanceId('i-ü~*!(1)').withGroup('grp@:+=,;').withTopic('orders ü/~*').withLimit(10),
          ),
      },
    ],
  ];

  it.each(cases)('%s', async (_name, { securityToken, call }) => {
    const theirs = await recordOne(() => call(huaweiClients(securityToken)));
    const ours = await resignAndSend(theirs, (request) =>
      signHuaweiRequest(request, { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY, projectId: PROJECT_ID, securityToken, now: () => NOW }),
    );
    expect(new URL(ours.url, loopback.url).href).toBe(new URL(theirs.url, loopback.url).href);
    expect(signedHeaders(ours)).toEqual(signedHeaders(theirs));
    expect('x-security-token' in signedHeaders(theirs)).toBe(securityToken !== undefined);
  });
});

describe('Alibaba ACS3-HMAC-SHA256 matches @alicloud/rocketmq20220801', () => {
  const {
    default: Client,
    CreateInstanceRequest,
    CreateInstanceRequestNetworkInfo,
    CreateInstanceRequestNetworkInfoInternetInfo,
    CreateInstanceRequestNetworkInfoVpcInfo,
    CreateInstanceRequestNetworkInfoVpcInfoVSwitches,
    CreateInstanceRequestProductInfo,
    ListInstancesRequest,
    ListTopicsRequest,
  } = alibabaSdk;

  function client(securityToken: string | undefined) {
    // A plain object is all the constructor reads; Config's class lives in a transitive package.
    const config = { accessKeyId: ACCESS_KEY_ID, accessKeySecret: SECRET_ACCESS_KEY, securityToken, endpoint: new URL(loopback.url).host, protocol: 'http' };
    return new Client(config as ConstructorParameters<typeof Client>[0]);
  }
  // The SDK takes the nonce from the request headers when given, so both sides can use the same one.
  const headers = { 'x-acs-signature-nonce': NONCE };
  // No retries, timeouts or proxies: the defaults. Its class lives in a transitive package.
  const runtime = {} as Parameters<InstanceType<typeof Client>['callApi']>[2];

  const createInstance = new CreateInstanceRequest({
    clientToken: "token 1/ü~*'",
    serviceCode: 'rmq',
    seriesCode: 'standard',
    subSeriesCode: 'cluster_ha',
    paymentType: 'PayAsYouGo',
    commodityCode: 'ons_rmqpost_public_intl',
    instanceName: '订单 rocketmq ü',
    remark: 'created by the conformance test',
    productInfo: new CreateInstanceRequestProductInfo({ msgProcessSpec: 'rmq.s2.2xlarge', messageRetentionTime: 72 }),
    networkInfo: new CreateInstanceRequestNetworkInfo({
      vpcInfo: new CreateInstanceRequestNetworkInfoVpcInfo({
        vpcId: 'vpc-bp1k5k2p3r6w8y0a2c4e6',
        vSwitches: [new CreateInstanceRequestNetworkInfoVpcInfoVSwitches({ vSwitchId: 'vsw-bp1m2n3b4v5c6x7z8a9s0' })],
      }),
      internetInfo: new CreateInstanceRequestNetworkInfoInternetInfo({ internetSpec: 'disable', flowOutType: 'uninvolved' }),
    }),
  });

  const cases: [string, { action: string; securityToken?: string; call: (sdk: InstanceType<typeof Client>) => Promise<unknown> }][] = [
    ['CreateInstance, POST /instances?clientToken=…', { action: 'CreateInstance', call: (sdk) => sdk.createInstanceWithOptions(createInstance, headers, runtime) }],
    ['CreateInstance with STS credentials', { action: 'CreateInstance', securityToken: SECURITY_TOKEN, call: (sdk) => sdk.createInstanceWithOptions(createInstance, headers, runtime) }],
    [
      'GetInstance: a path that needs encoding',
      {
        action: 'GetInstance',
        // Not ! ' ( ): the SDK escapes path parameters with encodeURIComponent, which keeps them,
        // and signs them raw, where RFC 3986 (the service's documentation and this signer) has
        // %21 %27 %28 %29; it even sends %27 while signing '.
        call: (sdk) => sdk.getInstanceWithOptions('rmq-cn a b/ü~*', headers, runtime),
      },
    ],
    [
      'ListTopics: path and query that need encoding, with STS credentials',
      {
        action: 'ListTopics',
        securityToken: SECURITY_TOKEN,
        call: (sdk) => sdk.listTopicsWithOptions('rmq-cn-ü~*', new ListTopicsRequest({ filter: "a b/ü~*'()!+&=%", pageNumber: 1, pageSize: 20 }), headers, runtime),
      },
    ],
    [
      'ListInstances: several query parameters, one of them a list',
      {
        action: 'ListInstances',
        call: (sdk) => sdk.listInstancesWithOptions(new ListInstancesRequest({ filter: 'orders', pageNumber: 2, pageSize: 10, seriesCodes: ['standard', 'professional'] }), headers, runtime),
      },
    ],
  ];

  it.each(cases)('%s', async (_name, { action, securityToken, call }) => {
    const theirs = await recordOne(() => call(client(securityToken)));
    // x-acs-credentials-provider is the SDK's own header, not the recipe's: handing it over shows
    // that an x-acs-* header already on the request is signed.
    const ours = await resignAndSend(
      theirs,
      (request) => signAlibabaRequest(request, { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY, securityToken, action, version: '2022-08-01', now: () => NOW, nonce: () => NONCE }),
      ['x-acs-credentials-provider'],
    );
    expect(new URL(ours.url, loopback.url).href).toBe(new URL(theirs.url, loopback.url).href);
    expect(signedHeaders(ours)).toEqual(signedHeaders(theirs));
    expect(theirs.headers['x-acs-signature-nonce']).toBe(NONCE);
    expect('x-acs-security-token' in signedHeaders(theirs)).toBe(securityToken !== undefined);
  });
});
