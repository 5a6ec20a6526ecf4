// An answer whose body is already in memory, behind the fetch Response interface that openapi-fetch and callers read.
import type { AnswerHeaders } from './answer-headers.js';
import { InvalidResponseError } from './errors.js';
import type { ReceivedResponse } from './senders.js';

/** What a Response accepts as a reason phrase (RFC 9110: tab, space, visible ASCII, obs-text). */
const REASON_PHRASE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Statuses whose answers carry no body by definition. */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

const decoder = new TextDecoder();

/**
 * The Response of a call, made of plain fields: building a WHATWG Response (its body stream, its
 * header guard, its transferable machinery) cost about a tenth of a call's CPU, for a body that
 * openapi-fetch reads once through `json()`. Every reader answers from the bytes, so the body can
 * be read again; `body` makes a stream only when asked for. It is not `instanceof Response`.
 */
export class BufferedResponse implements Response {
  readonly status: number;
  /** A reason phrase a Response would refuse (a control character) is dropped, the status kept. */
  readonly statusText: string;
  readonly ok: boolean;
  readonly redirected = false;
  readonly type: ResponseType = 'basic';
  readonly url: string;
  readonly bodyUsed = false;
  readonly #answerHeaders: AnswerHeaders;
  readonly #bytes: Uint8Array | null;
  readonly #parsed: { value: unknown } | undefined;
  readonly #attempts: number;

  /** `attempts`: how many the call took, the last one answering this. */
  constructor({ status, statusText, headers, body, parsed }: ReceivedResponse, url: string, attempts = 1) {
    this.status = status;
    this.statusText = REASON_PHRASE.test(statusText) ? statusText : '';
    this.#answerHeaders = headers;
    this.ok = status >= 200 && status < 300;
    this.url = url;
    // A 204, 205 or 304 answer has no body, not even an empty one.
    this.#bytes = NULL_BODY_STATUSES.has(status) ? null : body;
    this.#parsed = parsed;
    this.#attempts = attempts;
  }

  /** One header of the answer, read without building its Headers object. */
  static headerOf(response: BufferedResponse, name: string): string | null {
    return response.#answerHeaders.get(name);
  }

  /** How many attempts the call took to get this answer. */
  static attemptsOf(response: BufferedResponse): number {
    return response.#attempts;
  }

  /** Built on first read: most calls never read the headers. */
  get headers(): Headers {
    return this.#answerHeaders.toHeaders();
  }

  /** Whether the answer says its body is empty (Content-Length 0, not chunked): openapi-fetch then reads nothing. */
  static declaresNoBody(response: BufferedResponse): boolean {
    const headers = response.#answerHeaders;
    return headers.get('content-length') === '0' && !headers.get('transfer-encoding')?.includes('chunked');
  }

  get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    const bytes = this.#bytes;
    if (bytes === null) return null;
    return new ReadableStream({
      start(controller) {
        if (bytes.length > 0) controller.enqueue(bytes.slice());
        controller.close();
      },
    });
  }

  async text(): Promise<string> {
    return BufferedResponse.text(this);
  }

  /** The body as text, at once. */
  static text(response: BufferedResponse): string {
    return response.#bytes === null ? '' : decoder.decode(response.#bytes);
  }

  async json(): Promise<any> {
    return BufferedResponse.parse(this);
  }

  /** The body as JSON, at once (`json()` without the promise); InvalidResponseError when it is not JSON. */
  static parse(response: BufferedResponse): unknown {
    if (response.#parsed) return response.#parsed.value;
    try {
      return JSON.parse(BufferedResponse.text(response));
    } catch {
      // The SyntaxError quotes the answer's first bytes: not kept.
      throw new InvalidResponseError('not-json', response.status, `The answer (HTTP ${response.status}) is not JSON, or is cut short; it was not read.`);
    }
  }

  async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.#bytes === null ? new Uint8Array(0) : this.#bytes.slice();
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return (await this.bytes()).buffer;
  }

  async blob(): Promise<Blob> {
    return new Blob([await this.bytes()], { type: this.headers.get('content-type') ?? '' });
  }

  async formData(): Promise<FormData> {
    // Management APIs answer JSON; a form is parsed by a real Response rather than by hand.
    return new Response(await this.bytes(), { headers: this.headers }).formData();
  }

  /** A copy whose `json()` parses afresh: the two never share a parsed object. */
  clone(): BufferedResponse {
    return new BufferedResponse({ status: this.status, statusText: this.statusText, headers: this.#answerHeaders.copy(), body: this.#bytes ?? new Uint8Array(0) }, this.url, this.#attempts);
  }
}
