// Each client with one create operation of its service: how to build it against a loopback server and call it.
import { createClient as alibabaRocketmq } from '@cloudmq/alibabacloud-rocketmq';
import { createClient as huaweiKafka } from '@cloudmq/huaweicloud-kafka';
import { createClient as huaweiRabbitmq } from '@cloudmq/huaweicloud-rabbitmq';
import { createClient as huaweiRocketmq } from '@cloudmq/huaweicloud-rocketmq';
import * as alibabaCreate from '../specs/alibabacloud-rocketmq/createInstance.tables.ts';
import * as kafkaCreateByEngine from '../specs/huaweicloud-kafka/createInstanceByEngine.tables.ts';
import * as kafkaCreate from '../specs/huaweicloud-kafka/createPostPaidInstance.tables.ts';
import * as rabbitmqCreate from '../specs/huaweicloud-rabbitmq/createPostPaidInstanceByEngine.tables.ts';
import * as rocketmqCreateByEngine from '../specs/huaweicloud-rocketmq/createInstanceByEngine.tables.ts';
import * as rocketmqCreate from '../specs/huaweicloud-rocketmq/createPostPaidInstance.tables.ts';
import type { PageTables } from '../support/page-tables.ts';
import type { ServiceId } from '../support/spec.ts';

/** Test credentials; their secret parts must never show up in an error message or a log line. */
export const HUAWEI_CREDENTIALS = {
  accessKeyId: 'HWTESTACCESSKEY0001',
  secretAccessKey: 'hw-secret-key-must-not-leak',
  projectId: '0605767a3300d5762fb0c0186d9e1c2e',
  securityToken: 'hw-security-token-must-not-leak',
};
export const ALIBABA_CREDENTIALS = { accessKeyId: 'LTAItestaccesskey01', secretAccessKey: 'ali-secret-key-must-not-leak', securityToken: 'ali-security-token-must-not-leak' };
export const SECRETS = [HUAWEI_CREDENTIALS.secretAccessKey, HUAWEI_CREDENTIALS.securityToken, ALIBABA_CREDENTIALS.secretAccessKey, ALIBABA_CREDENTIALS.securityToken];

export interface ClientOverrides {
  timeoutMs?: number;
  retry?: { maxAttempts?: number; baseDelayMs?: number; maxDelayMs?: number } | false;
  validate?: boolean;
  throwOnError?: boolean;
  nonce?: () => string;
}

export interface CreateOperation {
  name: string;
  service: ServiceId;
  tables: PageTables;
  /** Calls the create operation with `body` through a client on `endpoint`. */
  create(endpoint: string, body: unknown, overrides?: ClientOverrides & { query?: Record<string, string> }): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** A client of each service on `endpoint`, with the test credentials. */
export const SERVICE_CLIENTS = {
  'huaweicloud-rocketmq': (endpoint: string, overrides?: ClientOverrides) => huaweiRocketmq({ endpoint, credentials: HUAWEI_CREDENTIALS, ...overrides }),
  'huaweicloud-kafka': (endpoint: string, overrides?: ClientOverrides) => huaweiKafka({ endpoint, credentials: HUAWEI_CREDENTIALS, ...overrides }),
  'huaweicloud-rabbitmq': (endpoint: string, overrides?: ClientOverrides) => huaweiRabbitmq({ endpoint, credentials: HUAWEI_CREDENTIALS, ...overrides }),
  'alibabacloud-rocketmq': (endpoint: string, overrides?: ClientOverrides) => alibabaRocketmq({ endpoint, credentials: ALIBABA_CREDENTIALS, ...overrides }),
} satisfies Record<ServiceId, unknown>;

const projectId = HUAWEI_CREDENTIALS.projectId;

export const CREATE_OPERATIONS: CreateOperation[] = [
  {
    name: 'huaweicloud-rocketmq createPostPaidInstance',
    service: 'huaweicloud-rocketmq',
    tables: rocketmqCreate,
    create: (endpoint, body, overrides) =>
      SERVICE_CLIENTS['huaweicloud-rocketmq'](endpoint, overrides).POST('/v2/{project_id}/instances', { params: { path: { project_id: projectId } }, body: body as never }),
  },
  {
    name: 'huaweicloud-rocketmq createInstanceByEngine',
    service: 'huaweicloud-rocketmq',
    tables: rocketmqCreateByEngine,
    create: (endpoint, body, overrides) =>
      SERVICE_CLIENTS['huaweicloud-rocketmq'](endpoint, overrides).POST('/v2/{engine}/{project_id}/instances', {
        params: { path: { engine: 'rocketmq', project_id: projectId } },
        body: body as never,
      }),
  },
  {
    name: 'huaweicloud-kafka createPostPaidInstance',
    service: 'huaweicloud-kafka',
    tables: kafkaCreate,
    create: (endpoint, body, overrides) =>
      SERVICE_CLIENTS['huaweicloud-kafka'](endpoint, overrides).POST('/v2/{project_id}/instances', { params: { path: { project_id: projectId } }, body: body as never }),
  },
  {
    name: 'huaweicloud-kafka createInstanceByEngine',
    service: 'huaweicloud-kafka',
    tables: kafkaCreateByEngine,
    create: (endpoint, body, overrides) =>
      SERVICE_CLIENTS['huaweicloud-kafka'](endpoint, overrides).POST('/v2/{engine}/{project_id}/instances', { params: { path: { engine: 'kafka', project_id: projectId } }, body: body as never }),
  },
  {
    name: 'huaweicloud-rabbitmq createPostPaidInstanceByEngine',
    service: 'huaweicloud-rabbitmq',
    tables: rabbitmqCreate,
    create: (endpoint, body, overrides) =>
      SERVICE_CLIENTS['huaweicloud-rabbitmq'](endpoint, overrides).POST('/v2/{engine}/{project_id}/instances', {
        params: { path: { engine: 'rabbitmq', project_id: projectId } },
        body: body as never,
      }),
  },
  {
    name: 'alibabacloud-rocketmq createInstance',
    service: 'alibabacloud-rocketmq',
    tables: alibabaCreate,
    create: (endpoint, body, overrides) => SERVICE_CLIENTS['alibabacloud-rocketmq'](endpoint, overrides).POST('/instances', { params: { query: overrides?.query }, body: body as never }),
  },
];
