import { signHuaweiRequest } from '@cloudmq/core';
import { createPostPaidInstanceBody } from '../packages/huaweicloud-rocketmq/dist/validators.js';
import { readFileSync } from 'node:fs';
const spec = JSON.parse(readFileSync('specs/huaweicloud-rocketmq/dist/openapi.json'));
const body = spec.paths['/v2/{project_id}/instances'].post.requestBody.content['application/json'].examples.page.value;
async function time(name, n, fn) { for (let i = 0; i < 200; i++) await fn(); const c = process.cpuUsage(); for (let i = 0; i < n; i++) await fn(); const u = process.cpuUsage(c); console.log(name.padEnd(40), ((u.user + u.system) / n).toFixed(1), 'µs'); }
const json = JSON.stringify(body);
await time('JSON.stringify', 5000, () => JSON.stringify(body));
await time('new Request + arrayBuffer', 3000, async () => { const r = new Request('http://127.0.0.1:1/v2/x/instances', { method: 'POST', body: json, headers: { 'content-type': 'application/json' } }); await r.arrayBuffer(); });
await time('AbortSignal.timeout+any', 3000, () => { const t = AbortSignal.timeout(30000); AbortSignal.any([new AbortController().signal, t]); });
await time('signHuaweiRequest', 2000, () => signHuaweiRequest(new Request('http://127.0.0.1:1/v2/x/instances', { method: 'POST', body: json }), { accessKeyId: 'a', secretAccessKey: 'b', projectId: 'p' }));
const sub = globalThis.crypto.subtle; const enc = new TextEncoder();
await time('subtle importKey+sign', 3000, async () => { const k = await sub.importKey('raw', enc.encode('key'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']); await sub.sign('HMAC', k, enc.encode('message')); });
await time('subtle digest', 3000, () => sub.digest('SHA-256', enc.encode(json)));
const { createHmac, createHash } = await import('node:crypto');
await time('node:crypto hmac+hash', 5000, () => { createHmac('sha256', 'key').update('message').digest('hex'); createHash('sha256').update(json).digest('hex'); });
await time('ajv body validator', 5000, () => createPostPaidInstanceBody(body));
