// Our descriptions against the official SDKs' request models: every difference in request fields is pinned, with a reason, in expectations.yaml.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { operationsOf } from '../../scripts/lib/openapi-walk.mjs';
import { bundledSpec, SERVICE_IDS, type ServiceId } from '../support/spec.ts';
import { describedRequest } from './description-fields.ts';
import { fieldsMissingFrom } from './field-lists.ts';
import { sdkRequest } from './sdk-models.ts';

interface PinnedDifference {
  field: string;
  reason: string;
}

interface ComparedOperation {
  service: ServiceId;
  operationId: string;
  sdk: { package: string; requestClass: string; route: string };
  onlyInSdk: PinnedDifference[];
  onlyInDescription: PinnedDifference[];
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

describe.each(compared.map((o) => [`${o.service} ${o.operationId} against ${o.sdk.requestClass} of ${o.sdk.package}`, o] as const))('%s', (_, pinned) => {
  const sdk = sdkRequest(pinned.sdk.package, pinned.sdk.requestClass);
  const description = describedRequest(pinned.service, pinned.operationId);

  it(`is the request the SDK sends as ${pinned.sdk.route}`, () => {
    expect(sdk.route).toBe(pinned.sdk.route);
  });

  // [which list, { given: the differences computed now, want: the pinned ones }]
  it.each<[string, { given: string[]; want: PinnedDifference[] }]>([
    ['onlyInSdk', { given: fieldsMissingFrom(sdk.fields, description.fields), want: pinned.onlyInSdk }],
    ['onlyInDescription', { given: fieldsMissingFrom(description.fields, sdk.fields), want: pinned.onlyInDescription }],
  ])('differs from the SDK exactly by the pinned %s', (list, { given, want }) => {
    const pinnedFields = want.map((d) => d.field).sort();
    const added = given.filter((field) => !pinnedFields.includes(field));
    const stale = pinnedFields.filter((field) => !given.includes(field));
    expect(given, `${list} drifted: new [${added.join(', ')}], stale [${stale.join(', ')}]. Update ${EXPECTATIONS}: pin each new field with a reason (unless the vendor page lists it: then the description is what lacks it) and delete each stale entry`).toEqual(pinnedFields);
  });

  it('gives every pinned difference a reason', () => {
    const unexplained = [...pinned.onlyInSdk, ...pinned.onlyInDescription].filter((d) => typeof d.reason !== 'string' || !d.reason.trim());
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
  ['the Huawei reader recurses into an imported model', { given: () => sdkRequest(HUAWEI_ROCKETMQ, 'CreateInstanceByEngineRequest').fields, want: 'bss_param.charging_mode' }],
  ['the Huawei reader types an untyped private member from its with-method', { given: () => sdkRequest(HUAWEI_KAFKA, 'CreateInstanceByEngineRequest').fields, want: 'port_protocol.private_plain_enable' }],
  ['the Huawei reader steps into Array<TagEntity>', { given: () => sdkRequest(HUAWEI_KAFKA, 'CreateInstanceByEngineRequest').fields, want: 'tags[].key' }],
  ['the Huawei reader places engine in the path', { given: () => sdkRequest(HUAWEI_ROCKETMQ, 'CreateInstanceByEngineRequest').fields, want: 'path:engine' }],
  ['the Alibaba reader recurses into nested models', { given: () => sdkRequest(ALIBABA_ROCKETMQ, 'CreateInstanceRequest').fields, want: 'networkInfo.vpcInfo.vSwitchId' }],
  ['the Alibaba reader steps into arrays of models', { given: () => sdkRequest(ALIBABA_ROCKETMQ, 'CreateInstanceRequest').fields, want: 'networkInfo.vpcInfo.vSwitches[].vSwitchId' }],
  ['the Alibaba reader places clientToken in the query', { given: () => sdkRequest(ALIBABA_ROCKETMQ, 'CreateInstanceRequest').fields, want: 'query:clientToken' }],
  ['the description reader collects properties through allOf', { given: () => describedRequest('huaweicloud-rocketmq', 'createPostPaidInstance').fields, want: 'broker_num' }],
  ['the description reader follows $ref into shared schemas', { given: () => describedRequest('huaweicloud-rocketmq', 'createInstanceByEngine').fields, want: 'bss_param.period_num' }],
  ['the description reader steps into array items', { given: () => describedRequest('huaweicloud-kafka', 'createPostPaidInstance').fields, want: 'tags[].key' }],
  ['the description reader lists path parameters', { given: () => describedRequest('huaweicloud-kafka', 'createPostPaidInstance').fields, want: 'path:project_id' }],
  ['the description reader lists query parameters', { given: () => describedRequest('alibabacloud-rocketmq', 'createInstance').fields, want: 'query:clientToken' }],
];

describe('field readers', () => {
  it.each(readerCases)('%s', (_, { given, want }) => {
    expect(given()).toContain(want);
  });
});
