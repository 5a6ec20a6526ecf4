// How the client tests call and judge: the two senders, the error a call threw, and the check that an error shows no secret.
import { inspect } from 'node:util';
import { expect } from 'vitest';
import { SECRETS } from './services.ts';

/** A client option choosing the sender: none for Node's http module (the default on Node.js), `fetch` for a fetch function. */
export type Sender = { fetch?: (request: Request) => Promise<Response> };

/** The two ways a client sends: Node's http module (the default on Node.js) and a fetch function (elsewhere, or the `fetch` option). */
export const SENDERS: [string, Sender][] = [
  ['node:http sender', {}],
  ['fetch sender', { fetch: (request) => globalThis.fetch(request) }],
];

/** Runs `call` and returns what it threw (or undefined). */
export async function thrown(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Every way an error can be shown (message, JSON, stack, util.inspect with its causes): none may carry a credential, nor any of `also`. */
export function expectNoSecret(error: unknown, also: string[] = []) {
  const shown = [String(error), JSON.stringify(error), (error as Error | undefined)?.stack, inspect(error, { depth: 10 })].join(' ');
  for (const secret of [...SECRETS, ...also]) expect(shown).not.toContain(secret);
}
