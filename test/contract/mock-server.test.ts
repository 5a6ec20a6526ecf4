// Round trips through the generated clients to Prism: every example passes the mock's checks, and the mock really refuses what the pages forbid.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleRequests } from '@cloudmq/openapi-walk';
import { startMockServer } from '../../scripts/lib/mock-server.mjs';
import { BODY_OPERATIONS, serviceClient } from '../clients/services.ts';
import { bundledSpec, resolve, type RuleViolation, SERVICES_UNDER_TEST } from '../support/spec.ts';

/** One violation Prism reports in `sl-violations`: `location` is `["request", "body", ...field path]`, `code` the broken keyword. */
interface PrismViolation {
  location: string[];
  code: string | number;
  message: string;
}

function violationsOf(response: Response): PrismViolation[] {
  return JSON.parse(response.headers.get('sl-violations') ?? '[]');
}

/** Whether Prism names the rule a page table says the body breaks (same keyword, same place). */
function namesRule(violations: PrismViolation[], want: RuleViolation): boolean {
  const where = want.path.split('/').slice(1);
  return violations.some((v) => v.code === want.rule && v.location.slice(0, 2).join('.') === 'request.body' && v.location.slice(2).join('/') === where.join('/'));
}

describe.each(SERVICES_UNDER_TEST)('%s on its mock server', (service) => {
  let mock: Awaited<ReturnType<typeof startMockServer>>;
  beforeAll(async () => {
    mock = await startMockServer(service);
  }, 30_000);
  afterAll(() => mock?.stop());

  const client = () => serviceClient(service, mock.url, { retry: false });

  // The round trips run side by side: each waits mostly on Prism, which answers them concurrently.
  it.concurrent.for(exampleRequests(bundledSpec(service)))('$name is a request Prism accepts, answered with the documented example', async ({ method, path, params, body }, { expect }) => {
    const { response, data, error } = await (await client()).request(method, path, { params, body });
    expect(violationsOf(response), `Prism reports violations for ${method.toUpperCase()} ${path}`).toEqual([]);
    expect(error).toBeUndefined();
    // The documented success: 200 with a body, or a 204 delete without one.
    const [status, answer] = Object.entries<any>(bundledSpec(service).paths[path][method].responses).find(([code]) => code.startsWith('2'))!;
    expect(response.status).toBe(Number(status));
    expect(data).toBeTypeOf(resolve(service, answer).content ? 'object' : 'undefined');
  });

  it('refuses a request without a signature', async () => {
    const [{ method, path, params, body }] = exampleRequests(bundledSpec(service));
    const url = new URL(
      Object.entries((params as { path?: Record<string, string> }).path ?? {}).reduce((p, [name, value]) => p.replace(`{${name}}`, String(value)), path),
      mock.url,
    );
    const response = await fetch(url, { method: method.toUpperCase(), headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.status).toBe(401);
  });

  const operations = BODY_OPERATIONS.filter((operation) => operation.service === service);
  describe.each(operations)('$name', ({ tables, send, successStatuses }) => {
    it.concurrent.for(tables.validBodies)('accepts the page body %s', async ([, body], { expect }) => {
      const { response } = await send(mock.url, body, { retry: false });
      expect(violationsOf(response)).toEqual([]);
      expect(successStatuses).toContain(response.status);
    });

    // With client validation off the body reaches Prism, which must refuse it for the same rule.
    it.concurrent.for(tables.invalidBodies)('refuses %s when the client does not validate', async ([, { given, want }], { expect }) => {
      const { response } = await send(mock.url, given, { retry: false, validate: false });
      const violations = violationsOf(response);
      expect(response.status).toBe(400);
      expect(namesRule(violations, want), `Prism's violations ${JSON.stringify(violations.map((v) => [v.location.join('.'), v.code]))} do not name ${JSON.stringify(want)}`).toBe(true);
    });
  });
});
