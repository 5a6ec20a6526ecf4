// Huawei Cloud DMS "Querying Tenant Quotas" (ShowQuotas) in the rocketmq description: its query parameters as this engine's
// SDK model states them, and the answer shared by the three engines.
import { describe, expect, it } from 'vitest';
import { bundledSpec, parameterValidator, resolve, answerValidator } from '../../support/spec.ts';
import { testAnswerStatuses, testProjectIdParameter } from '../../support/page-tables.ts';

const service = 'huaweicloud-rocketmq';
const operation = ['get', '/v2/{project_id}/quotas'] as const;
const PARAMETERS = [
  ['project_id', 'path', true],
  ['includeTagsQuota', 'query', false],
  ['onlyQuota', 'query', false],
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

describe(`${service}: the quota filters`, () => {
  const includeTags = parameterValidator(service, ...operation, 'includeTagsQuota');
  const onlyQuota = parameterValidator(service, ...operation, 'onlyQuota');
  it.each(['true', 'false'])('takes includeTagsQuota=%s', (value) => expect(includeTags(value)).toEqual([]));
  it('refuses includeTagsQuota=yes', () => expect(includeTags('yes')).toEqual([{ path: '', rule: 'enum' }]));
  it.each(['reliability', 'kafka', 'rabbitmq'])('takes onlyQuota=%s', (value) => expect(onlyQuota(value)).toEqual([]));
  it('refuses onlyQuota=rocketmq (the engine is named reliability)', () => expect(onlyQuota('rocketmq')).toEqual([{ path: '', rule: 'enum' }]));
});
