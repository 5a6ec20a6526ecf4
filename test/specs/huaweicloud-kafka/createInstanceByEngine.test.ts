// Huawei Cloud Kafka's "Creating an Instance" (CreateInstanceByEngine) against the description: every field and every rule.
// Beyond the page's table: tenant_ips, port_protocol, the broker range of each flavor and the general/extreme disk types come from
// the vendor's API text in the official SDK model; the maintenance-window slots from the same text of the legacy create.
import { describe, expect, it } from 'vitest';
import { bundledSpec, parameterValidator, requestBodyField } from '../../support/spec.ts';
import { testHuaweiCreateAnswers, testPageTables, testProjectIdParameter } from '../../support/page-tables.ts';
import { service, operation, validate, pageFields, base, sasl, yearly, validBodies, invalidBodies } from './createInstanceByEngine.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });
  it('documents every field of the SDK model, and no other', () => {
    const top = pageFields.map(([field]) => field).filter((field) => !field.includes('.') && !field.includes('['));
    const schema = bundledSpec(service).components.schemas.CreateInstanceByEngineRequest;
    const declared = [...Object.keys(schema.properties), ...Object.keys(bundledSpec(service).components.schemas.MaintenanceWindow.properties)];
    expect([...declared].sort()).toEqual([...top].sort());
  });
  it('does not document the legacy fields', () => {
    for (const field of ['specification', 'partition_num', 'kafka_manager_user', 'kafka_manager_password', 'public_bandwidth']) {
      expect(requestBodyField(service, ...operation, field)).toBeUndefined();
    }
  });
  it('rejects a full subscription period with postPaid, naming both fields', () => {
    expect(validate({ ...base, bss_param: { ...yearly, charging_mode: 'postPaid' } })).toEqual([
      { path: '/bss_param/period_type', rule: 'false schema' },
      { path: '/bss_param/period_num', rule: 'false schema' },
    ]);
  });
  it('rejects SASL without any of the settings the page then requires, naming each', () => {
    expect(validate({ ...base, ssl_enable: true })).toEqual([
      { path: '', rule: 'required', property: 'access_user' },
      { path: '', rule: 'required', property: 'password' },
      { path: '', rule: 'required', property: 'sasl_enabled_mechanisms' },
      { path: '', rule: 'required', property: 'kafka_security_protocol' },
    ]);
  });
  it('accepts the SASL settings of the page example with ssl_enable', () => {
    expect(validate({ ...base, ...sasl })).toEqual([]);
  });

  describe('path parameter engine', () => {
    const engine = parameterValidator(service, ...operation, 'engine');
    it('accepts kafka', () => expect(engine('kafka')).toEqual([]));
    it.each(['rocketmq', 'rabbitmq', 'Kafka', ''])('rejects %j', (value) => expect(engine(value)).toEqual([{ path: '', rule: 'enum' }]));
  });
  describe('path parameter project_id', () => testProjectIdParameter(service, operation));
});

describe(`${service}: ${operation.join(' ')} responses`, () => {
  testHuaweiCreateAnswers(service, operation);
});
