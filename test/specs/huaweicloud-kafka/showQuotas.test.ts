// Huawei Cloud DMS "Querying Tenant Quotas" (ShowQuotas) in the kafka description: its query parameters as this engine's
// SDK model states them, and the answer shared by the three engines.
import { describe, expect, it } from 'vitest';
import { bundledSpec, resolve, answerValidator } from '../../support/spec.ts';
import { testAnswerStatuses, testProjectIdParameter } from '../../support/page-tables.ts';

const service = 'huaweicloud-kafka';
const operation = ['get', '/v2/{project_id}/quotas'] as const;
const PARAMETERS = [
  ['project_id', 'path', true],
  ['includeTagsQuota', 'query', false],
];

describe(`${service}: ${operation.join(' ')}`, () => {
  const parameters = bundledSpec(service).paths[operation[1]].get.parameters.map((p: object) => resolve(service, p));
  it('takes the parameters of the SDK model', () => {
    expect(parameters.map((p: any) => [p.name, p.in, p.required === true])).toEqual(PARAMETERS);
  });
  describe('path parameter project_id', () => testProjectIdParameter(service, operation));

  describe('responses', () => {
    testAnswerStatuses(service, operation, ['200', '400', '401', '403', '404', '429', '5XX']);
    const answer = answerValidator(service, ...operation);
    it('answers the quotas, the tag entry without used', () => {
      expect(
        answer({
          quotas: {
            resources: [
              { type: 'kafkaInstance', quota: 100, used: 17 },
              { type: 'tags', quota: 20 },
            ],
          },
        }),
      ).toEqual([]);
      expect(answer({ quotas: { resources: [{ type: 'kafkaInstance', quota: '100' }] } })).toEqual([{ path: '/quotas/resources/0/quota', rule: 'type' }]);
    });
  });
});
