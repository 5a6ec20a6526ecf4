// The shape every page test shares: the page's field table, bodies it accepts, one body per rule it breaks.
import { expect, it } from 'vitest';
import {
  answerValidator,
  bundledSpec,
  type FieldFacts,
  type HttpMethod,
  parameterValidator,
  type RuleViolation,
  requestBodyField,
  requestBodyValidator,
  resolve,
  type ServiceId,
  validatorAt,
} from './spec.ts';

export interface PageTables {
  /** Every row of the page's request table: [field, { type, required }]. */
  pageFields: [string, FieldFacts][];
  /** Bodies the page accepts: [name, body]. */
  validBodies: [string, object][];
  /** One body per documented rule, each breaking exactly that rule: [name, { given, want }]. */
  invalidBodies: [string, { given: object; want: RuleViolation }][];
}

/** Declares the table-driven tests of one operation's request body (call inside a describe). */
export function testPageTables(service: ServiceId, [method, path]: readonly [HttpMethod, string], tables: PageTables): void {
  const validate = requestBodyValidator(service, method, path);
  it.each(tables.pageFields)('documents %s as on the page', (field, want) => {
    expect(requestBodyField(service, method, path, field)).toEqual(want);
  });
  it.each(tables.validBodies)('accepts %s', (_, body) => {
    expect(validate(body)).toEqual([]);
  });
  it.each(tables.invalidBodies)('rejects %s', (_, { given, want }) => {
    expect(validate(given)).toEqual([want]);
  });
}

/** A copy of `body` without `keys`: the usual way to break a "required" rule. */
export function omit<T extends object>(body: T, ...keys: string[]): Partial<T> {
  return Object.fromEntries(Object.entries(body).filter(([key]) => !keys.includes(key))) as Partial<T>;
}

/** One invalid body per required top-level field of the page's table: `base` without it, breaking `required`. */
export function missingFieldBodies(pageFields: [string, FieldFacts][], base: object): PageTables['invalidBodies'] {
  return pageFields
    .filter(([field, facts]) => facts.required && !field.includes('.'))
    .map(([field]) => [`no ${field}`, { given: omit(base, field), want: { path: '', rule: 'required', property: field } }]);
}

/** Declares the tests of the shared Huawei `project_id` path parameter of an operation (call inside a describe). */
export function testProjectIdParameter(service: ServiceId, [method, path]: readonly [HttpMethod, string]): void {
  const projectId = parameterValidator(service, method, path, 'project_id');
  it('accepts a project id', () => expect(projectId('0605767a3300d5762fb0c0186d9e1c2e')).toEqual([]));
  it('rejects a project id with a slash', () => expect(projectId('a/b')).toEqual([{ path: '', rule: 'pattern' }]));
  it('rejects a 65-character project id', () => expect(projectId('a'.repeat(65))).toEqual([{ path: '', rule: 'maxLength' }]));
}

/** Declares the tests of the shared Huawei `instance_id` path parameter of an operation (call inside a describe). */
export function testInstanceIdParameter(service: ServiceId, [method, path]: readonly [HttpMethod, string]): void {
  const instanceId = parameterValidator(service, method, path, 'instance_id');
  it('accepts an instance id', () => expect(instanceId('8959ab1c-7c1a-4b11-a05f-93dfc361b32d')).toEqual([]));
  it('rejects an instance id with a slash', () => expect(instanceId('a/b')).toEqual([{ path: '', rule: 'pattern' }]));
}

/** Declares that an operation documents exactly the answers `statuses`, those in `bodiless` without a body (call inside a describe). */
export function testAnswerStatuses(service: ServiceId, [method, path]: readonly [HttpMethod, string], statuses: readonly string[], bodiless: readonly string[] = []): void {
  const responses = bundledSpec(service).paths[path][method].responses;
  it(`answers ${statuses.join(', ')}${bodiless.length > 0 ? `, ${bodiless.join(' and ')} without a body` : ''}`, () => {
    expect(Object.keys(responses).sort()).toEqual([...statuses].sort());
    for (const status of bodiless) expect(resolve(service, responses[status]).content, status).toBeUndefined();
  });
}

/** Declares, for each error `statuses` of an operation, that it answers the Huawei error body (call inside a describe). */
export function testHuaweiErrorAnswers(service: ServiceId, [method, path]: readonly [HttpMethod, string], statuses: readonly string[], example: { error_code: string; error_msg: string }): void {
  it.each(statuses)('answers %s with the Huawei error body', (status) => {
    const error = answerValidator(service, method, path, status);
    expect(error(example)).toEqual([]);
    expect(error({ error_msg: 'no code' })).toEqual([{ path: '', rule: 'required', property: 'error_code' }]);
  });
}

/** Declares the tests of a Huawei create's answers: 200 with the new instance id, the error statuses with the Huawei error body (call inside a describe). */
export function testHuaweiCreateAnswers(service: ServiceId, operation: readonly [HttpMethod, string]): void {
  const [method, path] = operation;
  const created = answerValidator(service, method, path);
  it('answers 200 with the new instance id, as on the page', () => {
    expect(created({ instance_id: '8959ab1c-7n1a-yyb1-a05t-93dfc361b32d' })).toEqual([]);
  });
  it('always carries instance_id in a 200', () => {
    expect(created({})).toEqual([{ path: '', rule: 'required', property: 'instance_id' }]);
  });
  testHuaweiErrorAnswers(service, operation, ['400', '401', '403', '429', '5XX'], { error_code: 'DMS.00400009', error_msg: 'Invalid product_id.' });
}

/** Declares the tests of the tenant-quota answer the three Huawei engines share (ShowQuotas; call inside a describe). */
export function testQuotaAnswers(service: ServiceId, operation: readonly [HttpMethod, string]): void {
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
}

/** Declares the tests of a Huawei batch restart or delete's answers: 200 with a result per instance, 204 for all_failure, the errors (call inside a describe). */
export function testBatchActionAnswers(service: ServiceId, operation: readonly [HttpMethod, string]): void {
  const [method, path] = operation;
  const responses = bundledSpec(service).paths[path][method].responses;
  const results = validatorAt(service, '/components/schemas/BatchInstanceActionResponse');
  it('answers 200 with results, 204 without a body, and the Huawei errors', () => {
    expect(Object.keys(responses).sort()).toEqual(['200', '204', '400', '401', '403', '429', '5XX']);
    expect(resolve(service, responses['200']).content['application/json'].schema.$ref).toBe('#/components/schemas/BatchInstanceActionResponse');
    expect(resolve(service, responses['204']).content).toBeUndefined();
  });
  it("accepts the page's answer", () => {
    expect(results({ results: [{ result: 'success', instance: '019cacb7-4ff0-4d3c-9f33-f5f7b7fdc0e6' }] })).toEqual([]);
  });
  it('accepts an empty answer and unknown fields (answers stay open)', () => {
    expect(results({})).toEqual([]);
    expect(results({ results: [{ result: 'failed', instance: 'x', reason: 'busy' }], total: 1 })).toEqual([]);
  });
  it('knows the two result values', () => {
    expect(results({ results: [{ result: 'pending', instance: 'x' }] })).toEqual([{ path: '/results/0/result', rule: 'enum' }]);
  });
  testHuaweiErrorAnswers(service, operation, ['400', '401', '403', '429', '5XX'], { error_code: 'DMS.00400026', error_msg: 'This operation is not allowed due to the instance status.' });
}

/** Declares that an operation takes exactly the parameters `want`, in order: [name, in, required] (call inside a describe). */
export function testParameterList(service: ServiceId, [method, path]: readonly [HttpMethod, string], want: [string, string, boolean][]): void {
  it('takes the parameters of the SDK model', () => {
    const parameters = bundledSpec(service).paths[path][method].parameters.map((parameter: object) => resolve(service, parameter));
    expect(parameters.map((parameter: { name: string; in: string; required?: boolean }) => [parameter.name, parameter.in, parameter.required === true])).toEqual(want);
  });
}
