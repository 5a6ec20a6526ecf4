// Through each client: every invalid body of the page tables is refused with nothing sent; every valid body arrives unchanged.
import { RequestValidationError } from '@cloudmq/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Loopback, startLoopback } from '../support/loopback.ts';
import { BODY_OPERATIONS, SECRETS } from './services.ts';

/** The values of the secret-like fields in a body (passwords, keys), at any depth. */
function secretValues(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => (typeof inner === 'string' && /password|secret|_key$/i.test(key) && inner.length > 3 ? [inner] : secretValues(inner)));
}

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback(() => ({ status: 200, body: { instance_id: 'i-1', requestId: 'r-1', success: true, data: 'rmq-cn-1' } }));
});
afterAll(() => server.close());

describe.each(BODY_OPERATIONS)('$name', ({ tables, send }) => {
  it.each(tables.invalidBodies)('refuses %s before sending', async (_, { given, want }) => {
    const before = server.requests.length;
    const error = await send(server.url, given).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    const { issues, message } = error as RequestValidationError;
    const wantPath = `/body${want.path}${want.property === undefined ? '' : `/${want.property}`}`;
    expect(issues.map(({ path, rule }) => ({ path, rule }))).toEqual([{ path: wantPath, rule: want.rule }]);
    for (const secret of [...SECRETS, ...secretValues(given)]) expect(message).not.toContain(secret);
    expect(server.requests.length).toBe(before);
  });

  it.each(tables.validBodies)('sends %s unchanged', async (_, body) => {
    const before = server.requests.length;
    const { response } = await send(server.url, body);
    expect(response.status).toBe(200);
    expect(server.requests.length).toBe(before + 1);
    expect(JSON.parse(server.requests[before].body)).toEqual(body);
  });
});
