// Huawei Cloud Kafka's "Querying vCPUs of a Kafka Flavor" (ShowKafkaProductCores): its query parameters as the page and
// the SDK state them, and the shared answer. Page: https://support.huaweicloud.com/intl/en-us/api-kafka/ShowKafkaProductCores.html
import { describe, expect, it } from 'vitest';
import { bundledSpec, parameterValidator, resolve, answerValidator } from '../../support/spec.ts';
import { testAnswerStatuses } from '../../support/page-tables.ts';

const service = 'huaweicloud-kafka';
const operation = ['get', '/v2/kafka/products/cores'] as const;

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
  it.each(['1', '3', '30', '50'])('accepts %s brokers', (value) => expect(brokers(value)).toEqual([]));
  it.each(['0', '51', '03', 'three', ''])('refuses %j brokers', (value) => expect(brokers(value)).toEqual([{ path: '', rule: 'pattern' }]));
  it('takes any flavour id, refusing an empty one', () => {
    const productId = parameterValidator(service, ...operation, 'product_id');
    expect(productId('c6.2u4g.cluster')).toEqual([]);
    expect(productId('')).toEqual([{ path: '', rule: 'minLength' }]);
  });

  describe('responses', () => {
    testAnswerStatuses(service, operation, ['200', '400', '401', '403', '404', '429', '5XX']);
    const answer = answerValidator(service, ...operation);
    it('answers core_num, and total_extend_storage_space when an instance was named', () => {
      expect(answer({ core_num: 100 })).toEqual([]);
      expect(answer({ core_num: 12, total_extend_storage_space: 1800 })).toEqual([]);
      expect(answer({ core_num: '12' })).toEqual([{ path: '/core_num', rule: 'type' }]);
    });
  });
});
