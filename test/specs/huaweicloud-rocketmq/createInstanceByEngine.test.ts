// Page 001 (Huawei Cloud DMS for RocketMQ, "Creating an Instance") against the description: every field and every rule.
// Beyond the page: the c6.* flavors only with 4.8.0, at least 300 GB and 1 to 10 brokers for 4.8.0 (vendor's specifications
// page, Terraform provider), the tls_mode values and a key required with disk encryption (Terraform provider), and page
// 000's note that the 5.x professional edition cannot use high I/O disks (same flavors, same service).
import { describe, expect, it } from 'vitest';
import { parameterValidator } from '../../support/spec.ts';
import { testPageTables, testProjectIdParameter } from '../../support/page-tables.ts';
import { service, operation, validate, pageFields, base, yearly, validBodies, invalidBodies } from './createInstanceByEngine.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });
  it('rejects a full subscription period with postPaid, naming both fields', () => {
    expect(validate({ ...base, bss_param: { ...yearly, charging_mode: 'postPaid' } })).toEqual([
      { path: '/bss_param/period_type', rule: 'false schema' },
      { path: '/bss_param/period_num', rule: 'false schema' },
    ]);
  });
  describe('path parameter engine', () => {
    const engine = parameterValidator(service, ...operation, 'engine');
    it.each(['rocketmq', 'reliability'])('accepts %s', (value) => expect(engine(value)).toEqual([]));
    it.each(['kafka', 'rabbitmq', 'RocketMQ', ''])('rejects %j', (value) => expect(engine(value)).toEqual([{ path: '', rule: 'enum' }]));
  });
  describe('path parameter project_id', () => testProjectIdParameter(service, operation));
});
