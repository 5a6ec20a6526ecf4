// The other end of the per-call benchmark: a keep-alive HTTP server on 127.0.0.1, in its own process, answering every create at once.
import { createServer } from 'node:http';

const HUAWEI_ANSWER = JSON.stringify({ instance_id: '8959ab1c-7n1a-yyb1-a05t-93dfc361b32d' });
const ALIBABA_ANSWER = JSON.stringify({ requestId: 'B8AC6C8E-0D39-4E7B-B9B8-7D8C2A1E3F10', success: true, code: 'Success', data: 'rmq-cn-bench0001' });

const server = createServer((request, response) => {
  // Drain the body before answering, as a real service does.
  request.resume();
  request.on('end', () => {
    const body = request.url.startsWith('/v2/') ? HUAWEI_ANSWER : ALIBABA_ANSWER;
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })}\n`);
});
process.on('disconnect', () => server.close());
