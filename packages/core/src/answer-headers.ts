// An answer's headers as received: looked up by name without a Headers object, which is built only when asked for.

/**
 * Name/value pairs in received order (`[name, value, name, value, ...]`, names in any case). A
 * Headers object costs about as much CPU as the signature of a call; most calls read two headers
 * and never the rest, so `toHeaders()` builds one on first use.
 */
export class AnswerHeaders {
  readonly #pairs: readonly string[];
  /** The names in lower case, once: a call looks up several headers. */
  readonly #names: string[];
  #headers: Headers | undefined;

  constructor(pairs: readonly string[]) {
    this.#pairs = pairs;
    this.#names = [];
    for (let i = 0; i < pairs.length; i += 2) this.#names.push(pairs[i].toLowerCase());
  }

  /** The pairs of a fetch answer's Headers (whose names are lower case and repeats joined). */
  static of(headers: Headers): AnswerHeaders {
    const pairs: string[] = [];
    headers.forEach((value, name) => {
      pairs.push(name, value);
    });
    return new AnswerHeaders(pairs);
  }

  /** The value of a header, repeated ones joined with ", " as Headers.get does; null when absent. */
  get(name: string): string | null {
    const wanted = name.toLowerCase();
    let found: string | null = null;
    for (let i = 0; i < this.#names.length; i++) {
      if (this.#names[i] === wanted) found = found === null ? this.#pairs[2 * i + 1] : `${found}, ${this.#pairs[2 * i + 1]}`;
    }
    return found;
  }

  has(name: string): boolean {
    return this.get(name) !== null;
  }

  /** The same headers with one added (a Content-Length the answer did not declare). */
  with(name: string, value: string): AnswerHeaders {
    return new AnswerHeaders([...this.#pairs, name, value]);
  }

  /** The same headers, whose Headers object will be a new one. */
  copy(): AnswerHeaders {
    return new AnswerHeaders(this.#pairs);
  }

  toHeaders(): Headers {
    if (!this.#headers) {
      const headers = new Headers();
      for (let i = 0; i < this.#pairs.length; i += 2) headers.append(this.#pairs[i], this.#pairs[i + 1]);
      this.#headers = headers;
    }
    return this.#headers;
  }
}
