// The Alibaba reference client's signer: ACS3-HMAC-SHA256 written out with node:crypto, synchronously, for the one request the benchmark sends.
import { createHash, createHmac, randomUUID } from 'node:crypto';

/**
 * Headers of a signed Alibaba Cloud request whose path and query need no escaping (what the
 * benchmark sends); the full recipe lives in @cloudmq/core's signAlibabaRequest.
 */
export function alibabaSignedHeaders({ method, url, body, accessKeyId, secretAccessKey, action, version }) {
  const { host, pathname, searchParams } = new URL(url);
  const payloadHash = createHash('sha256').update(body).digest('hex');
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'x-acs-action': action,
    'x-acs-content-sha256': payloadHash,
    'x-acs-date': new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'x-acs-signature-nonce': randomUUID(),
    'x-acs-version': version,
  };
  const signed = Object.entries({ ...headers, host }).sort(([a], [b]) => (a < b ? -1 : 1));
  const names = signed.map(([name]) => name).join(';');
  const canonicalRequest = [
    method,
    pathname,
    [...searchParams].map(([key, value]) => `${key}=${value}`).join('&'),
    signed.map(([name, value]) => `${name}:${value}\n`).join(''),
    names,
    payloadHash,
  ].join('\n');
  const stringToSign = `ACS3-HMAC-SHA256\n${createHash('sha256').update(canonicalRequest).digest('hex')}`;
  const signature = createHmac('sha256', secretAccessKey).update(stringToSign).digest('hex');
  return { ...headers, authorization: `ACS3-HMAC-SHA256 Credential=${accessKeyId},SignedHeaders=${names},Signature=${signature}` };
}
