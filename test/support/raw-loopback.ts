// A raw TCP loopback server for client tests: reads each request whole, answers it with exactly the bytes a script gives, then closes or cuts the connection.
import { createServer, type AddressInfo, type Socket } from 'node:net';

/** How an answer leaves: all its bytes then a clean close, or its first `at` bytes then a cut (`destroy`: the socket closed; `reset`: a TCP RST). */
export type Delivery = { kind: 'close' } | { kind: 'destroy' | 'reset'; at: number };

/** One answer: the bytes on the wire (status line, headers, body, framing and all) and how they are delivered. */
export interface RawAnswer {
  bytes: Uint8Array;
  delivery: Delivery;
}

export interface RawLoopback {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  /** Requests read whole so far. */
  readonly requests: number;
  close(): Promise<void>;
}

const HEAD_END = Buffer.from('\r\n\r\n');
const LAST_CHUNK = Buffer.from('0\r\n\r\n');

/** How many bytes of `buffer` the first request takes, or undefined while it is incomplete (Content-Length, chunked, or no body). */
function requestLength(buffer: Buffer): number | undefined {
  const headEnd = buffer.indexOf(HEAD_END);
  if (headEnd < 0) return undefined;
  const bodyStart = headEnd + HEAD_END.length;
  const head = buffer.subarray(0, headEnd).toString('latin1');
  const length = /^content-length:\s*(\d+)\s*$/im.exec(head);
  if (length) return buffer.length >= bodyStart + Number(length[1]) ? bodyStart + Number(length[1]) : undefined;
  if (/^transfer-encoding:.*chunked/im.test(head)) {
    const end = buffer.indexOf(LAST_CHUNK, bodyStart);
    return end < 0 ? undefined : end + LAST_CHUNK.length;
  }
  return bodyStart;
}

/** Starts a server on 127.0.0.1 (a free port) that answers request n with `answer(n)`, one request per connection. */
export async function startRawLoopback(answer: (index: number) => RawAnswer): Promise<RawLoopback> {
  let requests = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // The client may cut the connection at any moment (a timeout, a size limit): that is no failure of the server.
    socket.on('error', () => undefined);
    let received = Buffer.alloc(0);
    let answered = false;
    socket.on('data', (chunk: Buffer) => {
      if (answered) return;
      received = Buffer.concat([received, chunk]);
      if (requestLength(received) === undefined) return;
      answered = true;
      const { bytes, delivery } = answer(requests++);
      if (delivery.kind === 'close') return void socket.end(bytes);
      socket.write(bytes.subarray(0, Math.min(delivery.at, bytes.length)), () => {
        if (delivery.kind === 'reset') socket.resetAndDestroy();
        else socket.destroy();
      });
    });
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
