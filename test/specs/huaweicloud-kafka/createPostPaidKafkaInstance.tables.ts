// The tables of Huawei Cloud Kafka's "Creating a Kafka Instance" (CreatePostPaidKafkaInstance, POST /v2/{project_id}/kafka/instances)
// against the description: every field and every rule. Page: https://support.huaweicloud.com/intl/en-us/api-kafka/CreatePostPaidKafkaInstance.html
// (English edition updated 2026-02-02, read from excerpts), rows beyond the excerpts from the vendor's API text of the SDK model it
// sends. That model is CreateInstanceByEngineReq, the body of createInstanceByEngine too, and the description references the same
// schema for both operations: the rows, the bodies and the rules are those of createInstanceByEngine.tables.ts, reused here, plus
// this operation's own examples. Rules the newer page states that the shared schema does not check (storage in multiples of
// 100 GB; no kafka_security_protocol needed with ssl_enable) are pinned in createPostPaidKafkaInstance.test.ts.
// Shared by the spec tests (beside this file) and the client tests (test/clients/).
import { requestBodyValidator, type RuleViolation } from '../../support/spec.ts';
import * as byEngine from './createInstanceByEngine.tables.ts';

export const service = 'huaweicloud-kafka';
export const operation = ['post', '/v2/{project_id}/kafka/instances'] as const;
export const validate = requestBodyValidator(service, ...operation);

// The page's request table lists the rows of the SDK model CreateInstanceByEngineReq, the same rows as the legacy page plus
// tenant_ips and port_protocol (which createInstanceByEngine.tables.ts lists from the SDK model): [field, { type, required }].
export const pageFields = byEngine.pageFields;

export const { base, sasl, credentials, publicAccess, encrypted, threeZones, monthly, yearly } = byEngine;

// The vendor's getting-started body (Kafka API reference, "Getting Started"), with engine_version sent as the string its table
// types and the masked ("xxx") parts of the IDs filled in: the description's gettingStarted example.
export const gettingStarted = {
  name: 'kafka-demo',
  engine: 'kafka',
  engine_version: '2.7',
  broker_num: 3,
  storage_space: 300,
  vpc_id: 'ead6c5ff-4b1e-4c1a-9f3d-9ba91820e72c',
  security_group_id: 'aa75ae22-6c3d-4e8b-8a1f-a9dec8c73220',
  subnet_id: '3cb6afa2-9d7e-4f2a-b6c1-05a7f671d6a8',
  available_zones: ['effdcbc7d4d64a02aa1fa26b42f56533'],
  product_id: 'c6.2u4g.cluster',
  storage_spec_code: 'dms.physical.storage.high.v2',
};

export type Valid = [string, object];
export type Invalid = [string, { given: object; want: RuleViolation }];

export const validBodies: Valid[] = [
  ...byEngine.validBodies,
  ["the vendor's getting-started body (version as a string, IDs unmasked)", gettingStarted],
  [
    'Kafka 3.x with SASL_SSL and three EIPs',
    {
      ...base,
      ...sasl,
      ...publicAccess,
      product_id: 'c6.4u8g.cluster',
      storage_space: 600,
      storage_spec_code: 'dms.physical.storage.ultra.v2',
      retention_policy: 'time_base',
      enable_auto_topic: true,
      arch_type: 'X86',
    },
  ],
  [
    'a one-year subscription of five c6.8u16g brokers over three zones',
    {
      ...base,
      product_id: 'c6.8u16g.cluster',
      broker_num: 5,
      storage_space: 3000,
      available_zones: threeZones,
      maintain_begin: '02:00',
      maintain_end: '06:00',
      bss_param: { ...yearly, is_auto_pay: true, is_auto_renew: true },
    },
  ],
];

// One body per rule, each breaking exactly that rule: the rules of the shared schema.
export const invalidBodies: Invalid[] = [...byEngine.invalidBodies];
