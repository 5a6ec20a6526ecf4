// Every description as the project promises it: service id, the operations the runtime reads, servers, signing, strict bodies and write-only secrets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findOperation, operationsOf } from '@cloudmq/openapi-walk';
import { VENDORS, vendorOf } from '../../scripts/lib/vendors.mjs';
import { bundledSpec, flattenObject, resolve, SERVICES_UNDER_TEST, type ServiceId } from '../support/spec.ts';

// The instance statuses: Huawei's fifteen values of the official SDKs' models plus four some of its pages list; Alibaba's five (GetInstance).
const HUAWEI_STATUSES =
  'CREATING RUNNING RESTARTING DELETING ERROR CREATEFAILED FREEZING FROZEN EXTENDING SHRINKING EXTENDEDFAILED CONFIGURING ROLLBACK ROLLBACKFAILED VOLUMETYPECHANGING STARTING UPGRADING ROLLINGBACK DELETED'.split(
    ' ',
  );
const ALIBABA_STATUSES = ['RELEASED', 'RUNNING', 'STOPPED', 'CHANGING', 'CREATING'];

// The regions the official Huawei SDKs know (their region tables); eu-west-101 has its own domain.
const HUAWEI_REGIONS =
  'ae-ad-1 af-north-1 af-south-1 ap-southeast-1 ap-southeast-2 ap-southeast-3 ap-southeast-4 ap-southeast-5 cn-east-2 cn-east-3 cn-east-4 cn-east-5 cn-north-1 cn-north-2 cn-north-4 cn-north-9 cn-north-11 cn-north-12 cn-south-1 cn-south-2 cn-south-4 cn-southwest-2 cn-southwest-3 eu-west-0 eu-west-101 la-north-2 la-south-2 me-east-1 my-kualalumpur-1 na-mexico-1 ru-moscow-1 ru-northwest-2 sa-brazil-1 tr-west-1'.split(
    ' ',
  );
// The ApsaraMQ for RocketMQ 5.x regions of Alibaba's endpoint list.
const ALIBABA_REGIONS =
  'cn-qingdao cn-beijing cn-zhangjiakou cn-huhehaote cn-wulanchabu cn-hangzhou cn-shanghai cn-nanjing cn-fuzhou cn-shenzhen cn-heyuan cn-guangzhou ap-southeast-2 ap-southeast-6 ap-northeast-2'.split(
    ' ',
  );

// A paging position (nextToken) is named like a token but is none: the next call sends it back.
const SECRET_NAME = /password|secret|(?<!next_?)token|_key$/i;

/** Every property schema reachable from `node` (through $ref, allOf, if/then, items, nested properties), with its name. */
function* properties(service: ServiceId, node: any, seen = new Set<any>()): Generator<[string, any]> {
  const schema = resolve(service, node);
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
  seen.add(schema);
  for (const [name, value] of Object.entries<any>(schema.properties ?? {})) {
    yield [name, resolve(service, value)];
    yield* properties(service, value, seen);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) for (const part of schema[key] ?? []) yield* properties(service, part, seen);
  for (const key of ['items', 'if', 'then', 'else', 'not']) if (schema[key]) yield* properties(service, schema[key], seen);
}

/** Every object schema reachable from a request body that declares properties. */
function* objectSchemas(service: ServiceId, node: any, seen = new Set<any>()): Generator<any> {
  const schema = resolve(service, node);
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
  seen.add(schema);
  if (schema.properties && !schema.if) yield schema;
  for (const value of Object.values<any>(schema.properties ?? {})) yield* objectSchemas(service, value, seen);
  if (schema.items) yield* objectSchemas(service, schema.items, seen);
}

describe.each(SERVICES_UNDER_TEST)('%s', (service) => {
  const document = bundledSpec(service);
  const operations = operationsOf(document).map(({ method, path, operationId }) => [`${method} ${path}`, operationId]);

  it('is an OpenAPI 3.1.0 description of its service, with the operations the waiters and the paginator call', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info['x-cloudmq-service-id']).toBe(service);
    const ids = operations.map(([, operationId]) => operationId);
    expect(ids).toEqual(expect.arrayContaining([VENDORS[vendorOf(document)].lifecycle.show, 'listInstances', 'deleteInstance']));
    expect(new Set(ids).size, 'operationIds are unique').toBe(ids.length);
  });

  const withBody = operations.filter(([route]) => {
    const [method, path] = route.split(' ');
    return document.paths[path][method].requestBody !== undefined;
  });

  it.each(withBody)('%s (%s) rejects unknown body properties at every level', (route) => {
    const [method, path] = route.split(' ');
    const body = resolve(service, resolve(service, document.paths[path][method].requestBody).content['application/json'].schema);
    expect(body.unevaluatedProperties ?? body.additionalProperties).toBe(false);
    for (const schema of objectSchemas(service, body)) {
      if (schema === body) continue;
      expect(schema.unevaluatedProperties ?? schema.additionalProperties, Object.keys(schema.properties).join(',')).toBe(false);
    }
  });

  it.each(withBody)('%s (%s) marks every secret writeOnly with format password', (route) => {
    const [method, path] = route.split(' ');
    const secrets = [...properties(service, resolve(service, document.paths[path][method].requestBody).content['application/json'].schema)].filter(([name]) => SECRET_NAME.test(name));
    for (const [name, schema] of secrets) expect({ name, writeOnly: schema.writeOnly, format: schema.format }).toEqual({ name, writeOnly: true, format: 'password' });
  });

  // Secrets are write-only: no answer may declare a field named like one (the vendors' answers that carry one are left undeclared).
  it.each(operations)('%s (%s) declares no secret in its answers', (route) => {
    const [method, path] = route.split(' ');
    const answers = Object.values<any>(document.paths[path][method].responses).map((response) => resolve(service, response).content?.['application/json']?.schema);
    const secrets = answers.filter(Boolean).flatMap((schema) => [...properties(service, schema)].map(([name]) => name).filter((name) => SECRET_NAME.test(name)));
    expect(secrets).toEqual([]);
  });

  it("shows an instance with the vendor's status values, and documents a 404 for show and delete", () => {
    const show = findOperation(document, vendorOf(bundledSpec(service)) === 'huaweicloud' ? 'showInstance' : 'getInstance');
    const answer = resolve(service, resolve(service, show.operation.responses['200']).content['application/json'].schema);
    // Alibaba wraps the instance in its envelope's `data`, which is null when `success` is false.
    const data = vendorOf(bundledSpec(service)) === 'huaweicloud' ? answer : resolve(service, flattenObject(service, answer).properties.data);
    const instance = data.oneOf ? data.oneOf.map((branch: any) => resolve(service, branch)).find((branch: any) => branch.type !== 'null') : data;
    const status = resolve(service, flattenObject(service, instance).properties.status);
    expect([...status.enum].sort()).toEqual([...(vendorOf(bundledSpec(service)) === 'huaweicloud' ? HUAWEI_STATUSES : ALIBABA_STATUSES)].sort());
    for (const operationId of [show.operationId, 'deleteInstance']) {
      expect(findOperation(document, operationId).operation.responses, operationId).toHaveProperty('404');
    }
  });

  it('names a signing algorithm on the Authorization header', () => {
    const schemes = Object.values<any>(document.components.securitySchemes);
    expect(schemes).toHaveLength(1);
    const [scheme] = schemes;
    expect(scheme).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' });
    const algorithm = vendorOf(bundledSpec(service)) === 'huaweicloud' ? 'SDK-HMAC-SHA256' : 'ACS3-HMAC-SHA256';
    expect(scheme['x-cloudmq-signing'].algorithm).toBe(algorithm);
    expect(scheme.description).toContain(algorithm);
  });

  it('has servers whose region enums are the known regions', () => {
    const regions = document.servers.flatMap((server: any) => Object.values<any>(server.variables ?? {}).flatMap((variable) => variable.enum ?? []));
    if (vendorOf(bundledSpec(service)) === 'huaweicloud') expect([...new Set(regions)].sort()).toEqual([...HUAWEI_REGIONS].sort());
    else expect([...new Set(regions)].sort()).toEqual([...ALIBABA_REGIONS].sort());
  });

  it("is in the README's operation table with every operation it describes, the deprecated ones marked", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const row = readme.split('\n').find((line) => line.startsWith(`| \`@cloudmq/${service}\` | \``));
    expect(row, `README.md has no operations row for @cloudmq/${service}`).toBeDefined();
    const listed = [...(row ?? '').matchAll(/`(\w+)`( \(deprecated\))?/g)].map(([, name, deprecated]) => `${name}${deprecated ? ' (deprecated)' : ''}`);
    const described = operationsOf(document).map(({ operationId, operation }) => `${operationId}${operation.deprecated ? ' (deprecated)' : ''}`);
    expect(listed.sort()).toEqual(described.sort());
  });

  it('gives every operation a summary of its own: the reference page names its sections by them', () => {
    const summaries = operationsOf(document).map(({ operation }) => operation.summary);
    expect(summaries.every((summary) => typeof summary === 'string' && summary !== '')).toBe(true);
    expect(summaries.filter((summary, index) => summaries.indexOf(summary) !== index)).toEqual([]);
  });
});
