// The shape every page test shares: the page's field table, bodies it accepts, one body per rule it breaks.
import { expect, it } from 'vitest';
import { type FieldFacts, type HttpMethod, type RuleViolation, requestBodyField, requestBodyValidator, type ServiceId } from './spec.ts';

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
