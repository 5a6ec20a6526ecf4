// Every example in every description (request bodies, responses, parameters) validates against its schema.
import { describe, expect, it } from 'vitest';
import { escapeToken, examplesOf, operationsOf, unescapeToken } from '@cloudmq/openapi-walk';
import { bundledSpec, resolve, SERVICES_UNDER_TEST, type ServiceId, validatorAt } from '../support/spec.ts';

interface ExampleCase {
  service: ServiceId;
  schemaPointer: string;
  value: unknown;
}

/** The JSON pointer of a node reached by `tokens`, or of its `$ref` target when it is a reference. */
function pointerOf(service: ServiceId, tokens: (string | number)[]): string {
  const node = tokens.reduce<any>((value, token) => value?.[token], bundledSpec(service));
  if (node?.$ref) return node.$ref.slice(1);
  return tokens.map((t) => `/${escapeToken(t)}`).join('');
}

function collectExamples(service: ServiceId): [string, ExampleCase][] {
  const cases: [string, ExampleCase][] = [];
  for (const { path, method, operation } of operationsOf(bundledSpec(service))) {
    const where = `${service} ${operation.operationId}`;
    const mediaTypes: [string, (string | number)[]][] = [];
    if (operation.requestBody) {
      const base = pointerOf(service, ['paths', path, method, 'requestBody']).slice(1).split('/');
      for (const type of Object.keys(resolve(service, operation.requestBody).content)) mediaTypes.push([`request ${type}`, [...base, 'content', type]]);
    }
    for (const [status, response] of Object.entries<any>(operation.responses)) {
      const base = pointerOf(service, ['paths', path, method, 'responses', status]).slice(1).split('/');
      for (const type of Object.keys(resolve(service, response).content ?? {})) mediaTypes.push([`response ${status} ${type}`, [...base, 'content', type]]);
    }
    for (const [label, tokens] of mediaTypes) {
      const unescaped = tokens.map((t) => unescapeToken(String(t)));
      const mediaType = unescaped.reduce<any>((value, token) => value?.[token], bundledSpec(service));
      for (const [name, value] of examplesOf(bundledSpec(service), mediaType)) {
        cases.push([`${where} ${label} ${name}`, { service, schemaPointer: pointerOf(service, [...unescaped, 'schema']), value }]);
      }
    }
    (operation.parameters ?? []).forEach((parameter: any, index: number) => {
      const base = pointerOf(service, ['paths', path, method, 'parameters', index]).slice(1).split('/').map(unescapeToken);
      for (const [name, value] of examplesOf(bundledSpec(service), resolve(service, parameter))) {
        cases.push([`${where} parameter ${resolve(service, parameter).name} ${name}`, { service, schemaPointer: pointerOf(service, [...base, 'schema']), value }]);
      }
    });
  }
  return cases;
}

const cases = SERVICES_UNDER_TEST.flatMap(collectExamples);

describe('examples', () => {
  it('exist for every operation of every service', () => {
    for (const service of SERVICES_UNDER_TEST) {
      for (const { operationId, operation } of operationsOf(bundledSpec(service))) {
        const requestExamples = cases.filter(([name]) => name.startsWith(`${service} ${operationId} request`));
        const answerExamples = cases.filter(([name]) => name.startsWith(`${service} ${operationId} response 2`));
        const answersWithBody = Object.entries<any>(operation.responses).filter(([status, response]) => status.startsWith('2') && resolve(service, response).content);
        // A body: the page's example plus at least two realistic ones. A success answer with a body: at least one.
        if (operation.requestBody) expect(requestExamples.length, `${service} ${operationId} request examples`).toBeGreaterThanOrEqual(3);
        if (answersWithBody.length > 0) expect(answerExamples.length, `${service} ${operationId} success examples`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it.each(cases)('%s validates against its schema', (_, { service, schemaPointer, value }) => {
    expect(validatorAt(service, schemaPointer)(value)).toEqual([]);
  });
});
