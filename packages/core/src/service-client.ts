// The client type every service package returns: openapi-fetch's, with call options checked exactly.
import type { Client, FetchResponse, MaybeOptionalInit } from 'openapi-fetch';
import type { HttpMethod, PathsWithMethod, RequiredKeysOf } from 'openapi-typescript-helpers';

/**
 * The options argument of one operation. openapi-fetch infers it as a type parameter, which lets
 * unknown body fields through; a fixed type makes TypeScript's excess-property check catch a typo
 * such as `public_boundwidth` at compile time.
 */
type ExactInit<Init> = RequiredKeysOf<Init> extends never ? [init?: Init] : [init: Init];

type Init<Paths, Path extends keyof Paths, Method extends HttpMethod> = MaybeOptionalInit<Paths[Path], Method & keyof Paths[Path]>;
/** What every answer also says: how many attempts the call took, and the vendor's request id. */
export interface CallFacts {
  /** 1 when the first attempt answered; more when the call was retried. */
  attempts: number;
  /** The vendor's request id of the answer (`X-Request-Id`, `x-acs-request-id`), for its support. */
  requestId?: string;
}

type Answer<Paths, Path extends keyof Paths, Method extends HttpMethod, ThrowOnError extends boolean> =
  Paths[Path][Method & keyof Paths[Path]] extends infer Operation extends Record<string | number, any>
    ? (ThrowOnError extends true
        ? Extract<FetchResponse<Operation, Init<Paths, Path, Method>, `${string}/${string}`>, { error?: never }>
        : FetchResponse<Operation, Init<Paths, Path, Method>, `${string}/${string}`>) &
        CallFacts
    : never;

type ExactMethod<Paths extends {}, Method extends HttpMethod, ThrowOnError extends boolean> = <Path extends PathsWithMethod<Paths, Method>>(
  url: Path,
  ...init: ExactInit<Init<Paths, Path, Method>>
) => Promise<Answer<Paths, Path, Method, ThrowOnError>>;

/**
 * An openapi-fetch client typed by a service's `paths`, whose calls reject unknown fields at
 * compile time. With `ThrowOnError` (the client was made with `throwOnError: true`) an answer
 * always carries `data`: errors are thrown instead.
 */
export type ServiceClient<Paths extends {}, ThrowOnError extends boolean = false> = Omit<Client<Paths>, 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH'> & {
  GET: ExactMethod<Paths, 'get', ThrowOnError>;
  PUT: ExactMethod<Paths, 'put', ThrowOnError>;
  POST: ExactMethod<Paths, 'post', ThrowOnError>;
  DELETE: ExactMethod<Paths, 'delete', ThrowOnError>;
  PATCH: ExactMethod<Paths, 'patch', ThrowOnError>;
  /** Closes the client's keep-alive sockets; later calls throw, calls in flight fail. */
  close(): Promise<void>;
} & AsyncDisposable;

/**
 * `[Symbol.asyncDispose]` (the same as `close`) where the TypeScript lib knows the symbol
 * (`esnext.disposable`), so that `await using` works; nothing where it does not.
 */
type AsyncDisposable = SymbolConstructor extends { readonly asyncDispose: infer Key extends symbol } ? { [K in Key]: () => Promise<void> } : {};
