// The requests credential sources make (instance metadata, STS, a credentials URI): bounded in time and size, never redirected, read as text.
import { CredentialsError } from './errors.js';
import type { ProxySettings } from './proxy.js';

export interface CredentialRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Metadata services answer at once or not at all: 1 s; STS and URIs get 5 s. */
  timeoutMs: number;
  /** STS and credentials URIs go through the environment's proxies; instance metadata never does (default). */
  proxies?: ProxySettings | false;
}

/** Credential answers are a few hundred bytes. */
const MAX_ANSWER_BYTES = 64 * 1024;
const decoder = new TextDecoder();

/**
 * The status and text of one request of a credential source, `what` naming it in errors (which
 * never quote the answer, since it may carry a secret). Each request has its own sockets, closed
 * after it: a credential refresh every hour must not hold a connection open in between.
 */
export async function credentialRequest(url: string, request: CredentialRequest, what: string): Promise<{ status: number; text: string }> {
  // The senders load with a client's first call (client.ts), which may be what needs these credentials.
  const { defaultSender, SendFailure } = await import('./senders.js');
  const send = defaultSender({ proxies: request.proxies ?? false });
  try {
    const answer = await send({ method: request.method ?? 'GET', url, headers: request.headers ?? {}, body: request.body }, { timeoutMs: request.timeoutMs, maxResponseBytes: MAX_ANSWER_BYTES }, null);
    return { status: answer.status, text: decoder.decode(answer.body) };
  } catch (error) {
    if (!(error instanceof SendFailure)) throw error;
    const why = error.kind === 'network' ? `the connection failed (${error.code ?? 'network error'})` : error.kind === 'timeout' ? `no answer within ${request.timeoutMs} ms` : `its answer could not be read (${error.kind})`;
    throw new CredentialsError(`${what}: ${why}.`);
  } finally {
    send.close();
  }
}

/** The JSON object of a 2xx answer, or a CredentialsError naming `what` and the status. */
export async function credentialJson(url: string, request: CredentialRequest, what: string): Promise<Record<string, unknown>> {
  const { status, text } = await credentialRequest(url, request, what);
  if (status < 200 || status > 299) throw new CredentialsError(`${what} answered HTTP ${status}.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CredentialsError(`${what} answered something that is not JSON.`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new CredentialsError(`${what} answered JSON that is not an object.`);
  return value as Record<string, unknown>;
}
