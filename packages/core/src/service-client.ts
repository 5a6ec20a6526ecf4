// The client type every service package returns: openapi-fetch's, with call options checked exactly.
import type { Client, FetchResponse, MaybeOptionalInit } from 'openapi-fetch';
import type { HttpMethod, PathsWithMethod, RequiredKeysOf } from 'openapi-typescript-helpers';

/**
 * The options argument of one operation. openapi-fetch infers it as a type parameter, which lets
 * unknown body fields through; a fixed type makes TypeScript's excess-property check catch a typo
 * such as `public_boundwidth` at compile time.
 */
type ExactInit<Init> = RequiredKeysOf<Init> extends never ? [init?: Init] : [init: Init];

/** `T` with every array accepted readonly too (a body written `as const`), objects kept exact. */
export type AcceptingReadonly<T> = T extends readonly (infer Item)[] ? readonly AcceptingReadonly<Item>[] : T extends object ? { [K in keyof T]: AcceptingReadonly<T[K]> } : T;

/** `Init` whose body takes readonly arrays. */
type WithReadonlyBody<Init> = Init extends { body: infer Body }
  ? Omit<Init, 'body'> & { body: AcceptingReadonly<Body> }
  : Init extends { body?: infer Body }
    ? Omit<Init, 'body'> & { body?: AcceptingReadonly<Body> }
    : Init;

/** `Value` under `Key`, optional when nothing in it is required. */
type KeyedBy<Key extends string, Value> = RequiredKeysOf<Value> extends never ? { [K in Key]?: Value } : { [K in Key]: Value };

/** The path parameters `Filled` (those the client takes from the credentials) made optional, and `params` with them when nothing else is required. */
type WithFilledPath<Init, Filled extends string> = [Filled] extends [never]
  ? Init
  : Init extends { params: infer Params }
    ? Params extends { path: infer Path }
      ? Omit<Init, 'params'> & KeyedBy<'params', Omit<Params, 'path'> & KeyedBy<'path', Omit<Path, Filled & keyof Path> & Partial<Pick<Path, Filled & keyof Path>>>>
      : Init
    : Init;

type Init<Paths, Path extends keyof Paths, Method extends HttpMethod, Filled extends string = never> = WithReadonlyBody<WithFilledPath<MaybeOptionalInit<Paths[Path], Method & keyof Paths[Path]>, Filled>>;
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

type ExactMethod<Paths extends {}, Method extends HttpMethod, ThrowOnError extends boolean, Filled extends string> = <Path extends PathsWithMethod<Paths, Method>>(
  url: Path,
  ...init: ExactInit<Init<Paths, Path, Method, Filled>>
) => Promise<Answer<Paths, Path, Method, ThrowOnError>>;

/**
 * An openapi-fetch client typed by a service's `paths`, whose calls reject unknown fields at
 * compile time. With `ThrowOnError` (the client was made with `throwOnError: true`) an answer
 * always carries `data`: errors are thrown instead. `Filled` names the path parameters the
 * client takes from its credentials (Huawei: `project_id`), which calls may leave out.
 */
export type ServiceClient<Paths extends {}, ThrowOnError extends boolean = false, Filled extends string = never> = Omit<Client<Paths>, 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH'> & {
  GET: ExactMethod<Paths, 'get', ThrowOnError, Filled>;
  PUT: ExactMethod<Paths, 'put', ThrowOnError, Filled>;
  POST: ExactMethod<Paths, 'post', ThrowOnError, Filled>;
  DELETE: ExactMethod<Paths, 'delete', ThrowOnError, Filled>;
  PATCH: ExactMethod<Paths, 'patch', ThrowOnError, Filled>;
  /** Closes the client's keep-alive sockets; later calls throw, calls in flight fail. */
  close(): Promise<void>;
} & AsyncDisposable;

/**
 * `[Symbol.asyncDispose]` (the same as `close`) where the TypeScript lib knows the symbol
 * (`esnext.disposable`), so that `await using` works; nothing where it does not.
 */
type AsyncDisposable = SymbolConstructor extends { readonly asyncDispose: infer Key extends symbol } ? { [K in Key]: () => Promise<void> } : {};
