// Continues with a value at once when it is at hand, or when its promise settles: the synchronous path (node:crypto, fresh credentials) makes no promise.

export type MaybePromise<Value> = Value | Promise<Value>;

/** `then` applied to `value` at once, or when it settles. */
export function nowOrLater<Value, Result>(value: MaybePromise<Value>, then: (value: Value) => MaybePromise<Result>): MaybePromise<Result> {
  return value instanceof Promise ? value.then(then) : then(value);
}
