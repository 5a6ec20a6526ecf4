// Huawei Cloud DMS "Querying Tenant Quotas" (ShowQuotas) in the rocketmq description: its query parameters as this engine's
// SDK model states them, and the answer shared by the three engines.
import { describe, expect, it } from 'vitest';
import { parameterValidator } from '../../support/spec.ts';
import { testParameterList, testProjectIdParameter, testQuotaAnswers } from '../../support/page-tables.ts';

const service = 'huaweicloud-rocketmq';
const operation = ['get', '/v2/{project_id}/quotas'] as const;
const PARAMETERS: [string, string, boolean][] = [
  ['project_id', 'path', true],
  ['includeTagsQuota', 'query', false],
  ['onlyQuota', 'query', false],
];

describe(`${service}: ${operation.join(' ')}`, () => {
  testParameterList(service, operation, PARAMETERS);
  describe('path parameter project_id', () => testProjectIdParameter(service, operation));

  describe('responses', () => testQuotaAnswers(service, operation));
});

describe(`${service}: the quota filters`, () => {
  const includeTags = parameterValidator(service, ...operation, 'includeTagsQuota');
  const onlyQuota = parameterValidator(service, ...operation, 'onlyQuota');
  it.each(['true', 'false'])('takes includeTagsQuota=%s', (value) => expect(includeTags(value)).toEqual([]));
  it('refuses includeTagsQuota=yes', () => expect(includeTags('yes')).toEqual([{ path: '', rule: 'enum' }]));
  it.each(['reliability', 'kafka', 'rabbitmq'])('takes onlyQuota=%s', (value) => expect(onlyQuota(value)).toEqual([]));
  it('refuses onlyQuota=rocketmq (the engine is named reliability)', () => expect(onlyQuota('rocketmq')).toEqual([{ path: '', rule: 'enum' }]));
});
