// The reference clients' signer: SDK-HMAC-SHA256 written out with node:crypto, synchronously, for the one request the benchmark sends.
import { createHash, createHmac } from 'node:crypto';

/**
 * Headers of a signed Huawei Cloud request whose path needs no escaping and that has no query
 * (what the benchmark sends); the full recipe lives in @cloudmq/core's signHuaweiRequest.
 */
export function huaweiSignedHeaders({ method, url, body, accessKeyId, secretAccessKey, projectId }) {
  const { host, pathname } = new URL(url);
  const date = new Date()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
  const signed = [
    ['content-type', 'application/json'],
    ['host', host],
    ['x-project-id', projectId],
    ['x-sdk-date', date],
  ];
  const names = signed.map(([name]) => name).join(';');
  const canonicalRequest = [
    method,
    pathname.endsWith('/') ? pathname : `${pathname}/`,
    '',
    signed.map(([name, value]) => `${name}:${value}\n`).join(''),
    names,
    createHash('sha256').update(body).digest('hex'),
  ].join('\n');
  const stringToSign = `SDK-HMAC-SHA256\n${date}\n${createHash('sha256').update(canonicalRequest).digest('hex')}`;
  const signature = createHmac('sha256', secretAccessKey).update(stringToSign).digest('hex');
  return {
    'content-type': 'application/json',
    'x-project-id': projectId,
    'x-sdk-date': date,
    authorization: `SDK-HMAC-SHA256 Access=${accessKeyId}, SignedHeaders=${names}, Signature=${signature}`,
  };
}
