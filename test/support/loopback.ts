// A loopback HTTP server for client tests: records every request and answers each from a script.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * An answer: a response (a string body is sent as HTML, anything else as JSON, a Buffer as it is),
 * a failure to inflict on the connection (`stall body`: status, headers and part of a body, then
 * nothing), or a function that writes the answer itself.
 */
export type Answer = { status: number; headers?: Record<string, string>; body?: unknown } | 'reset' | 'stall' | 'stall body' | ((response: ServerResponse) => void);

export interface Loopback {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  requests: RecordedRequest[];
  /** Connections open now, idle keep-alive ones included. */
  openConnections(): Promise<number>;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 (a free port) that answers request n with `answer(request, n)`. */
export async function startLoopback(answer: (request: RecordedRequest, index: number) => Answer): Promise<Loopback> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(recorded);
      const reply = answer(recorded, requests.length - 1);
      if (typeof reply === 'function') return reply(res);
      if (reply === 'reset') return req.socket.destroy();
      if (reply === 'stall') return;
      if (reply === 'stall body') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        return res.write('{"instance_id":');
      }
      const body = reply.body === undefined ? '' : typeof reply.body === 'string' || Buffer.isBuffer(reply.body) ? reply.body : JSON.stringify(reply.body);
      const type = typeof reply.body === 'string' ? 'text/html' : 'application/json';
      res.writeHead(reply.status, { 'content-type': type, ...reply.headers });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    openConnections: () => new Promise<number>((resolve, reject) => server.getConnections((error, count) => (error ? reject(error) : resolve(count)))),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback URL nothing listens on: a connection to it is refused at once, never reaching past loopback. */
export async function closedLoopbackUrl(): Promise<string> {
  const server = await startLoopback(() => ({ status: 500 }));
  await server.close();
  return server.url;
}
