// Huawei Cloud Kafka's "Batch Restarting or Deleting Instances" (BatchRestartOrDeleteInstances) against the description:
// every field and every rule, and the two answers (200 per instance, 204 for all_failure).
import { describe } from 'vitest';
import { testBatchActionAnswers, testPageTables, testProjectIdParameter } from '../../support/page-tables.ts';
import { service, operation, pageFields, validBodies, invalidBodies } from './batchRestartOrDeleteInstances.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });
  describe('path parameters', () => testProjectIdParameter(service, operation));

  describe('responses', () => testBatchActionAnswers(service, operation));
});
