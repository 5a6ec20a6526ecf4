// The tables of Huawei Cloud RocketMQ's "Creating an Instance" on the RocketMQ path (CreatePostPaidInstanceForRocketMq,
// POST /v2/{project_id}/rocketmq/instances) against the description: every field and every rule. Page: the vendor's English page as
// exported for Open Telekom Cloud (opentelekomcloud-docs/distributed-message-service-rocketmq, lifecycle_management/
// creating_an_instance.rst, ":original_name: CreatePostPaidInstanceForRocketMq.html"). The operation sends the SDK model
// CreateInstanceByEngineReq, the body of createInstanceByEngine (page 001) too, and the description references the same schema
// for both: the rows, the bodies and the rules are those of createInstanceByEngine.tables.ts, reused here, plus this page's own
// example. Shared by the spec tests (beside this file) and the client tests (test/clients/).
import { requestBodyValidator, type RuleViolation } from '../../support/spec.ts';
import * as byEngine from './createInstanceByEngine.tables.ts';

export const service = 'huaweicloud-rocketmq';
export const operation = ['post', '/v2/{project_id}/rocketmq/instances'] as const;
export const validate = requestBodyValidator(service, ...operation);

// The rows of the SDK model, as page 001 lists them. The exported page shows the rows of its site (Open Telekom Cloud): every row
// of page 001 but ipv6_enable, disk_encrypted_enable, disk_encrypted_key and the bss_param rows, with the same types and the
// same mandatory marks.
export const pageFields = byEngine.pageFields;

export const { base, v5, threeZones, publicAccess, encrypted, monthly, yearly } = byEngine;

// The page's request example ("4 vCPUs | 16 GB x 2 brokers and 1200 GB storage space") with its flavor c6.4u16g.cluster.x86, a
// Huawei Cloud Stack flavor that neither the page's own list nor Huawei Cloud's offers, replaced by rocketmq.b2.large.4: the
// description's corrected `page` example.
export const pageExample = {
  name: 'reliability-1751840557',
  description: '',
  engine: 'reliability',
  engine_version: '5.x',
  storage_space: 1200,
  vpc_id: '3db8490c-4d6d-4d8f-8d3f-047b0de4c5cf',
  subnet_id: '0a0f1fcb-f019-458d-b9e5-301867394d50',
  security_group_id: '23c5977f-ff33-4b95-a73e-08d8a0bc4e6c',
  available_zones: ['9f1c5806706d4c1fb0eb72f0a9b18c77'],
  product_id: 'rocketmq.b2.large.4',
  enterprise_project_id: '0',
  ssl_enable: false,
  storage_spec_code: 'dms.physical.storage.ultra.v2',
  enable_publicip: false,
  publicip_id: '',
  broker_num: 2,
};

export type Valid = [string, object];
export type Invalid = [string, { given: object; want: RuleViolation }];

export const validBodies: Valid[] = [
  ...byEngine.validBodies,
  ["the page's own example (flavor corrected)", pageExample],
  // The exported page's storage ranges (5.x single node 100–30,000 GB, cluster 200–60,000 GB) at their ends.
  ['5.x single node with 30,000 GB', { ...base, ...v5, product_id: 'rocketmq.b1.large.1', storage_space: 30000 }],
  ['5.x cluster with 200 GB', { ...base, ...v5, storage_space: 200 }],
  [
    'a 4.8.0 cluster over three AZs with SSL, access control, IPv6 and two EIPs',
    {
      ...base,
      product_id: 'c6.8u16g.cluster',
      storage_space: 1200,
      storage_spec_code: 'dms.physical.storage.high.v2',
      broker_num: 2,
      available_zones: threeZones,
      ssl_enable: true,
      enable_acl: true,
      ipv6_enable: true,
      ...publicAccess,
      publicip_id: '1d7a8d3e-3c1b-4f7a-9c5e-7b2f0e4a6c11,6f0e2d4c-8a9b-4c1d-b2e3-f4a5b6c7d8e9',
    },
  ],
  [
    'a six-month 5.x professional instance with encrypted disks, order paid in the console',
    {
      ...base,
      ...v5,
      ...encrypted,
      product_id: 'rocketmq.p2.large.12',
      storage_space: 800,
      storage_spec_code: 'dms.physical.storage.extreme',
      arch_type: 'X86',
      proxy_enable: true,
      bss_param: { ...monthly, period_num: 6, is_auto_pay: false },
    },
  ],
];

// One body per rule, each breaking exactly that rule: the rules of the shared schema, and the page's example as printed.
export const invalidBodies: Invalid[] = [
  ...byEngine.invalidBodies,
  ["the page's example as printed (Huawei Cloud Stack flavor c6.4u16g.cluster.x86)", { given: { ...pageExample, product_id: 'c6.4u16g.cluster.x86' }, want: { path: '/product_id', rule: 'enum' } }],
];
