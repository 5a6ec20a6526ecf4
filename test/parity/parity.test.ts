// Our descriptions against the official SDKs' request and response models: every difference in request or answer fields is pinned, with a reason, in expectations.yaml.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { operationsOf } from '../../scripts/lib/openapi-walk.mjs';
import { bundledSpec, SERVICE_IDS, type ServiceId } from '../support/spec.ts';
import { describedRequest, describedResponse } from './description-fields.ts';
import { fieldsMissingFrom } from './field-lists.ts';
import { sdkRequest, sdkResponse, type SdkOperation } from './sdk-models.ts';

interface PinnedDifference {
  field: string;
  reason: string;
}

interface ComparedOperation {
  service: ServiceId;
  operationId: string;
  sdk: { package: string; route: string } & SdkOperation;
  onlyInSdk: PinnedDifference[];
  onlyInDescription: PinnedDifference[];
  /** The answer's comparison; left out when neither the SDK's response model nor the description's answer has body fields. */
  response?: { class: string; onlyInSdk: PinnedDifference[]; onlyInDescription: PinnedDifference[] };
}

interface OperationWithoutSdk {
  service: ServiceId;
  operationId: string;
  sdk: 'none';
  unpublishedPackage: string;
  reason: string;
}

const EXPECTATIONS = 'test/parity/expectations.yaml';
const { operations } = parse(readFileSync(new URL('./expectations.yaml', import.meta.url), 'utf8')) as {
  operations: (ComparedOperation | OperationWithoutSdk)[];
};
const compared = operations.filter((o): o is ComparedOperation => o.sdk !== 'none');
const withoutSdk = operations.filter((o): o is OperationWithoutSdk => o.sdk === 'none');

it('pins every operation of the descriptions exactly once', () => {
  const described = SERVICE_IDS.flatMap((service) => operationsOf(bundledSpec(service)).map(({ operationId }) => `${service} ${operationId}`));
  expect(operations.map((o) => `${o.service} ${o.operationId}`).sort()).toEqual(described.sort());
});

/** How a test names the SDK side: its request class, or its method when it takes no request model. */
function sdkName(sdk: SdkOperation): string {
  return 'requestClass' in sdk ? sdk.requestClass : `${sdk.method}()`;
}

describe.each(compared.map((o) => [`${o.service} ${o.operationId} against ${sdkName(o.sdk)} of ${o.sdk.package}`, o] as const))('%s', (_, pinned) => {
  const sdk = sdkRequest(pinned.sdk.package, pinned.sdk);
  const description = describedRequest(pinned.service, pinned.operationId);
  const sdkAnswer = sdkResponse(pinned.sdk.package, pinned.sdk);
  const describedAnswer = describedResponse(pinned.service, pinned.operationId);
  const { response } = pinned;

  it(`is the request the SDK sends as ${pinned.sdk.route}`, () => {
    expect(sdk.route).toBe(pinned.sdk.route);
  });

  if (response) {
    it(`is the answer the SDK reads into ${response.class}`, () => {
      expect(sdkAnswer.class).toBe(response.class);
    });
  } else {
    it('has no answer fields to compare, in the SDK or in the description', () => {
      expect({ sdk: sdkAnswer.fields, description: describedAnswer }, `${sdkAnswer.class} or the description's answer has body fields: add a \`response\` entry to ${EXPECTATIONS}`).toEqual({ sdk: [], description: [] });
    });
  }

  // [which list, { given: the differences computed now, want: the pinned ones }]
  const lists: [string, { given: string[]; want: PinnedDifference[] }][] = [
    ['onlyInSdk', { given: fieldsMissingFrom(sdk.fields, description.fields), want: pinned.onlyInSdk }],
    ['onlyInDescription', { given: fieldsMissingFrom(description.fields, sdk.fields), want: pinned.onlyInDescription }],
  ];
  if (response) {
    lists.push(['response.onlyInSdk', { given: fieldsMissingFrom(sdkAnswer.fields, describedAnswer), want: response.onlyInSdk }]);
    lists.push(['response.onlyInDescription', { given: fieldsMissingFrom(describedAnswer, sdkAnswer.fields), want: response.onlyInDescription }]);
  }
  it.each(lists)('differs from the SDK exactly by the pinned %s', (list, { given, want }) => {
    const pinnedFields = want.map((d) => d.field).sort();
    const added = given.filter((field) => !pinnedFields.includes(field));
    const stale = pinnedFields.filter((field) => !given.includes(field));
    expect(given, `${list} drifted: new [${added.join(', ')}], stale [${stale.join(', ')}]. Update ${EXPECTATIONS}: pin each new field with a reason (unless the vendor page lists it: then the description is what lacks it) and delete each stale entry`).toEqual(pinnedFields);
  });

  it('gives every pinned difference a reason', () => {
    const pinnedDifferences = [...pinned.onlyInSdk, ...pinned.onlyInDescription, ...(response ? [...response.onlyInSdk, ...response.onlyInDescription] : [])];
    const unexplained = pinnedDifferences.filter((d) => typeof d.reason !== 'string' || !d.reason.trim());
    expect(unexplained.map((d) => d.field)).toEqual([]);
  });
});

describe.each(withoutSdk.map((o) => [`${o.service} ${o.operationId}`, o] as const))('%s', (_, pinned) => {
  it('has no SDK to compare: pinned as `sdk: none`, with a reason', () => {
    expect(pinned.sdk).toBe('none');
    expect(pinned.reason.trim()).not.toBe('');
  });

  // Once the package exists and is installed, the operation should be compared instead.
  it(`has no ${pinned.unpublishedPackage} installed`, () => {
    expect(() => createRequire(import.meta.url).resolve(`${pinned.unpublishedPackage}/package.json`)).toThrow();
  });
});

const HUAWEI_ROCKETMQ = '@huaweicloud/huaweicloud-sdk-rocketmq';
const HUAWEI_KAFKA = '@huaweicloud/huaweicloud-sdk-kafka';
const ALIBABA_ROCKETMQ = '@alicloud/rocketmq20220801';

// [what a field reader has to get right, { given: the field list it reads, want: a field in it }]
const readerCases: [string, { given: () => string[]; want: string }][] = [
  ['the Huawei reader recurses into an imported model', { given: () => sdkRequest(HUAWEI_ROCKETMQ, { requestClass: 'CreateInstanceByEngineRequest' }).fields, want: 'bss_param.charging_mode' }],
  ['the Huawei reader types an untyped private member from its with-method', { given: () => sdkRequest(HUAWEI_KAFKA, { requestClass: 'CreateInstanceByEngineRequest' }).fields, want: 'port_protocol.private_plain_enable' }],
  ['the Huawei reader steps into Array<TagEntity>', { given: () => sdkRequest(HUAWEI_KAFKA, { requestClass: 'CreateInstanceByEngineRequest' }).fields, want: 'tags[].key' }],
  ['the Huawei reader places engine in the path', { given: () => sdkRequest(HUAWEI_ROCKETMQ, { requestClass: 'CreateInstanceByEngineRequest' }).fields, want: 'path:engine' }],
  ['the Huawei reader places list filters in the query', { given: () => sdkRequest(HUAWEI_KAFKA, { requestClass: 'ListInstancesRequest' }).fields, want: 'query:include_failure' }],
  ['the Huawei response reader reads the members of the response class', { given: () => sdkResponse(HUAWEI_ROCKETMQ, { requestClass: 'ShowInstanceRequest' }).fields, want: 'instance_id' }],
  ['the Huawei response reader steps into Array<ShowInstanceResp>', { given: () => sdkResponse(HUAWEI_KAFKA, { requestClass: 'ListInstancesRequest' }).fields, want: 'instances[].instance_id' }],
  ['the Huawei response reader recurses into models inside the items', { given: () => sdkResponse(HUAWEI_KAFKA, { requestClass: 'ListInstancesRequest' }).fields, want: 'instances[].tags[].key' }],
  ['the Alibaba reader recurses into nested models', { given: () => sdkRequest(ALIBABA_ROCKETMQ, { requestClass: 'CreateInstanceRequest' }).fields, want: 'networkInfo.vpcInfo.vSwitchId' }],
  ['the Alibaba reader steps into arrays of models', { given: () => sdkRequest(ALIBABA_ROCKETMQ, { requestClass: 'CreateInstanceRequest' }).fields, want: 'networkInfo.vpcInfo.vSwitches[].vSwitchId' }],
  ['the Alibaba reader places clientToken in the query', { given: () => sdkRequest(ALIBABA_ROCKETMQ, { requestClass: 'CreateInstanceRequest' }).fields, want: 'query:clientToken' }],
  ['the Alibaba reader places the arguments its pathname encodes in the path', { given: () => sdkRequest(ALIBABA_ROCKETMQ, { method: 'getInstance' }).fields, want: 'path:instanceId' }],
  ['the Alibaba reader reads a shrunk request by its model', { given: () => sdkRequest(ALIBABA_ROCKETMQ, { requestClass: 'ListInstancesRequest' }).fields, want: 'query:seriesCodes' }],
  ['the Alibaba response reader reads the body model', { given: () => sdkResponse(ALIBABA_ROCKETMQ, { method: 'getInstance' }).fields, want: 'requestId' }],
  ['the Alibaba response reader recurses into nested models', { given: () => sdkResponse(ALIBABA_ROCKETMQ, { method: 'getInstance' }).fields, want: 'data.productInfo.msgProcessSpec' }],
  ['the Alibaba response reader steps into arrays of models', { given: () => sdkResponse(ALIBABA_ROCKETMQ, { requestClass: 'ListInstancesRequest' }).fields, want: 'data.list[].instanceId' }],
  ['the description reader collects properties through allOf', { given: () => describedRequest('huaweicloud-rocketmq', 'createPostPaidInstance').fields, want: 'broker_num' }],
  ['the description reader follows $ref into shared schemas', { given: () => describedRequest('huaweicloud-rocketmq', 'createInstanceByEngine').fields, want: 'bss_param.period_num' }],
  ['the description reader steps into array items', { given: () => describedRequest('huaweicloud-kafka', 'createPostPaidInstance').fields, want: 'tags[].key' }],
  ['the description reader lists path parameters', { given: () => describedRequest('huaweicloud-kafka', 'createPostPaidInstance').fields, want: 'path:project_id' }],
  ['the description reader lists query parameters', { given: () => describedRequest('alibabacloud-rocketmq', 'createInstance').fields, want: 'query:clientToken' }],
  ['the description response reader collects properties through allOf', { given: () => describedResponse('alibabacloud-rocketmq', 'getInstance'), want: 'requestId' }],
  ['the description response reader enters a oneOf branch other than null', { given: () => describedResponse('alibabacloud-rocketmq', 'getInstance'), want: 'data.productInfo.msgProcessSpec' }],
  ['the description response reader steps into array items under a oneOf branch', { given: () => describedResponse('alibabacloud-rocketmq', 'listInstances'), want: 'data.list[].instanceId' }],
  ['the description response reader follows $ref into item schemas', { given: () => describedResponse('huaweicloud-kafka', 'listInstances'), want: 'instances[].tags[].key' }],
];

// [what a field reader has to leave out, { given: the field list it reads, omits: a field not in it }]
const readerOmissions: [string, { given: () => string[]; omits: string }][] = [
  ["the Huawei response reader leaves out SdkResponse's httpStatusCode", { given: () => sdkResponse(HUAWEI_KAFKA, { requestClass: 'ShowInstanceRequest' }).fields, omits: 'httpStatusCode' }],
  ['the Alibaba response reader leaves out the status code of the response class', { given: () => sdkResponse(ALIBABA_ROCKETMQ, { method: 'getInstance' }).fields, omits: 'statusCode' }],
  ['the Alibaba response reader leaves out the headers of the response class', { given: () => sdkResponse(ALIBABA_ROCKETMQ, { method: 'getInstance' }).fields, omits: 'headers' }],
  ['the description response reader reads no body from a 204', { given: () => describedResponse('huaweicloud-kafka', 'deleteInstance'), omits: 'instance_id' }],
  ['the description response reader reads no headers', { given: () => describedResponse('huaweicloud-kafka', 'showInstance'), omits: 'X-Request-Id' }],
];

describe('field readers', () => {
  it.each(readerCases)('%s', (_, { given, want }) => {
    expect(given()).toContain(want);
  });

  it.each(readerOmissions)('%s', (_, { given, omits }) => {
    expect(given()).not.toContain(omits);
  });
});
