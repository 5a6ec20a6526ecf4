// Huawei Cloud RocketMQ's "Querying vCPUs of a RocketMQ Flavor" (ShowRocketMqProductCores): its query parameters as the
// page and the SDK state them. Page: https://support.huaweicloud.com/intl/en-us/api-hrm/ShowRocketMQProductCores.html
import { describe, expect, it } from 'vitest';
import { bundledSpec, parameterValidator, resolve } from '../../support/spec.ts';
import { testAnswerStatuses } from '../../support/page-tables.ts';

const service = 'huaweicloud-rocketmq';
const operation = ['get', '/v2/rocketmq/products/cores'] as const;

describe(`${service}: ${operation.join(' ')}`, () => {
  const parameters = bundledSpec(service).paths[operation[1]].get.parameters.map((p: object) => resolve(service, p));
  it('takes product_id and broker_num (required) and instance_id (optional) in the query', () => {
    expect(Object.fromEntries(parameters.map((p: any) => [p.name, [p.in, p.required === true]]))).toEqual({
      product_id: ['query', true],
      broker_num: ['query', true],
      instance_id: ['query', false],
    });
  });
  const brokers = parameterValidator(service, ...operation, 'broker_num');
  it.each(['1', '2', '10'])('accepts %s brokers', (value) => expect(brokers(value)).toEqual([]));
  it.each(['0', '-1', '1.5', ''])('refuses %j brokers', (value) => expect(brokers(value)).toEqual([{ path: '', rule: 'pattern' }]));
  testAnswerStatuses(service, operation, ['200', '400', '401', '403', '404', '429', '5XX']);
});
