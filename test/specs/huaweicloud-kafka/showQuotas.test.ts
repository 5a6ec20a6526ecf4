// Huawei Cloud DMS "Querying Tenant Quotas" (ShowQuotas) in the kafka description: its query parameters as this engine's
// SDK model states them, and the answer shared by the three engines.
import { describe } from 'vitest';
import { testParameterList, testProjectIdParameter, testQuotaAnswers } from '../../support/page-tables.ts';

const service = 'huaweicloud-kafka';
const operation = ['get', '/v2/{project_id}/quotas'] as const;
const PARAMETERS: [string, string, boolean][] = [
  ['project_id', 'path', true],
  ['includeTagsQuota', 'query', false],
];

describe(`${service}: ${operation.join(' ')}`, () => {
  testParameterList(service, operation, PARAMETERS);
  describe('path parameter project_id', () => testProjectIdParameter(service, operation));

  describe('responses', () => testQuotaAnswers(service, operation));
});
