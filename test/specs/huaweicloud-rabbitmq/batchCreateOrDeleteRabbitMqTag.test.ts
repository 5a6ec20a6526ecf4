// Huawei Cloud RabbitMQ's "Batch Adding or Deleting Tags" (BatchCreateOrDeleteRabbitMqTag) against the description: every field and every rule,
// and a 204 without a body as the page's success answer.
import { describe } from 'vitest';
import { testAnswerStatuses, testHuaweiErrorAnswers, testInstanceIdParameter, testPageTables, testProjectIdParameter } from '../../support/page-tables.ts';
import { service, operation, pageFields, validBodies, invalidBodies } from './batchCreateOrDeleteRabbitMqTag.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });
  testProjectIdParameter(service, operation);
  testInstanceIdParameter(service, operation);
  testAnswerStatuses(service, operation, ['204', '400', '401', '403', '404', '429', '5XX'], ['204']);
  testHuaweiErrorAnswers(service, operation, ['400', '401', '403', '404', '429', '5XX'], { error_code: 'DMS.00400004', error_msg: 'Invalid tag.' });
});
