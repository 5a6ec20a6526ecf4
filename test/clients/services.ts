// Each service's client and its create operations as the client tests drive them: read from the registry, the descriptions and the page tables, not listed by hand.
import { readdirSync } from 'node:fs';
import { exampleRequests, findOperation } from '@cloudmq/openapi-walk';
import { vendorOf } from '../../scripts/lib/vendors.mjs';
import type { PageTables } from '../support/page-tables.ts';
import { bundledSpec, SERVICES_UNDER_TEST, type ServiceId } from '../support/spec.ts';

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

/** An operation whose request body has page tables (a create, an update, a tag action). */
export interface BodyOperation {
  name: string;
  service: ServiceId;
  tables: PageTables;
  /** The 2xx statuses its description documents (a create 200, a tag action 204). */
  successStatuses: number[];
  /** Calls the operation with `body` through a client on `endpoint`. */
  send(endpoint: string, body: unknown, overrides?: ClientOverrides & { query?: Record<string, string> }): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** The test credentials of each vendor. */
const CREDENTIALS = { huaweicloud: HUAWEI_CREDENTIALS, alibabacloud: ALIBABA_CREDENTIALS };

/** A client as these tests drive it, with requests read at run time: any method, any path (types.check.ts checks each package's own types). */
export type UntypedClient = { request(method: string, path: string, init?: object): Promise<{ data?: unknown; error?: unknown; response: Response }> };

/** A client of `service` on `endpoint` with its vendor's test credentials; the package loads on first use, so a service's tests need only its own build. */
export async function serviceClient(service: ServiceId, endpoint: string, overrides?: ClientOverrides): Promise<UntypedClient> {
  const { createClient } = await import(`@cloudmq/${service}`);
  return createClient({ endpoint, credentials: CREDENTIALS[vendorOf(bundledSpec(service)) as keyof typeof CREDENTIALS], ...overrides });
}

/** The operations of a service that have page tables: `test/specs/<service>/<operationId>.tables.ts`. */
async function bodyOperationsOf(service: ServiceId): Promise<BodyOperation[]> {
  const folder = new URL(`../specs/${service}/`, import.meta.url);
  const tableFiles = readdirSync(folder).filter((file) => file.endsWith('.tables.ts'));
  return Promise.all(
    tableFiles.map(async (file) => {
      const operationId = file.replace('.tables.ts', '');
      const tables: PageTables & { operation: readonly [string, string] } = await import(new URL(file, folder).href);
      const [method, path] = tables.operation;
      // The documented example's path parameters (the engine), in the test project.
      const example = exampleRequests(bundledSpec(service)).find((request: { operationId: string }) => request.operationId === operationId);
      const pathParameters = { ...(example?.params as { path?: Record<string, unknown> } | undefined)?.path, ...(path.includes('{project_id}') ? { project_id: HUAWEI_CREDENTIALS.projectId } : {}) };
      return {
        name: `${service} ${operationId}`,
        service,
        tables,
        successStatuses: Object.keys(findOperation(bundledSpec(service), operationId).operation.responses)
          .filter((status) => status.startsWith('2'))
          .map(Number),
        send: async (endpoint, body, overrides) => {
          const client = await serviceClient(service, endpoint, overrides);
          return client.request(method, path, { params: { path: pathParameters, query: overrides?.query }, body });
        },
      } satisfies BodyOperation;
    }),
  );
}

/** The operations with page tables of the services under test. */
export const BODY_OPERATIONS: BodyOperation[] = (await Promise.all(SERVICES_UNDER_TEST.map(bodyOperationsOf))).flat();
