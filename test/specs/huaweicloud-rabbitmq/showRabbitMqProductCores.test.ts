// Huawei Cloud RabbitMQ's "Querying RabbitMQ Product vCPUs" (ShowRabbitMqProductCores): its query parameters as the page
// and the SDK state them. Page: https://support.huaweicloud.com/intl/en-us/api-rabbitmq/ShowRabbitMQProductCores.html
import { describe, expect, it } from 'vitest';
import { bundledSpec, parameterValidator, resolve } from '../../support/spec.ts';
import { testAnswerStatuses } from '../../support/page-tables.ts';

const service = 'huaweicloud-rabbitmq';
const operation = ['get', '/v2/rabbitmq/products/cores'] as const;

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
  it.each(['1', '3', '5', '7'])('accepts %s brokers, a value of the page', (value) => expect(brokers(value)).toEqual([]));
  it.each(['2', '9', ''])('refuses %j brokers', (value) => expect(brokers(value)).toEqual([{ path: '', rule: 'enum' }]));
  testAnswerStatuses(service, operation, ['200', '400', '401', '403', '404', '429', '5XX']);
});
