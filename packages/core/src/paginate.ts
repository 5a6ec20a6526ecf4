// A paginator over any paged list operation, by offset, page number or token, as its description declares it (x-cloudmq-paginated).
import { InvalidOptionError, InvalidResponseError, recordOf } from './errors.js';
import { answerOf } from './get-answer.js';
import type { ServiceClient } from './service-client.js';
import { VENDOR_PROFILES, type VendorId } from './vendors.js';

/** What the generated code of a service package tells the paginator about one paged list operation. */
export interface PagedOperation {
  /** The vendor the description names in `info.x-cloudmq-vendor`. */
  vendor: VendorId;
  operationId: string;
  /** Path template of the list operation. */
  path: string;
  /** The keys of the page's list of items in the answer (`['data', 'list']`). */
  items: readonly string[];
  /** The keys of the count of items over all pages, where the answer has one; a number or a string of digits. */
  total?: readonly string[];
  /** The key of an item that tells it apart (`instance_id`); without one, an item is told by its JSON. */
  itemId?: string;
  /** The query parameter that sets the page size, and the size asked for when the caller names none (its maximum, if it has one). */
  pageSize?: { name: string; default?: number };
  /** How the next page is asked for: how many items to skip, which page number (from 1), or the token the last answer gave. */
  paging: { offset: string } | { pageNumber: string } | { inputToken: string; outputToken: readonly string[] };
  /** Parameters the operation requires with a single allowed value (Huawei `engine`): the paginator sends them. */
  fixed: { path: Record<string, string>; query: Record<string, string> };
}

export interface PaginateListOptions<Params = { path?: Record<string, unknown>; query?: Record<string, unknown> }> {
  /** The operation's path and query parameters, but those of paging. */
  params?: Params;
  /** Items per call (default: the most the operation allows, where its description says). */
  pageSize?: number;
  signal?: AbortSignal;
}

/**
 * Every item of a paged list operation, across pages, in the service's order. An item that moves
 * to another page while the pages are read (one was added or removed meanwhile) is yielded once;
 * a page of items all yielded before, or a token that repeats, means the service ignored the
 * paging parameters and would answer the same page forever: it ends with an InvalidResponseError.
 */
export async function* paginateList<Item>(client: ServiceClient<any, boolean>, operation: PagedOperation, options: PaginateListOptions = {}): AsyncGenerator<Item, void, undefined> {
  for await (const page of paginatePages(client, operation, options)) yield* page.items as Item[];
}

/** Each answer of a paged list operation, with its items not yielded before: what paginateList yields, for a caller that also reads the rest of the answer. */
export async function* paginatePages(client: ServiceClient<any, boolean>, operation: PagedOperation, options: PaginateListOptions = {}): AsyncGenerator<{ answer: unknown; items: unknown[] }, void, undefined> {
  const pageSize = pageSizeOf(operation, options.pageSize);
  const vendor = VENDOR_PROFILES[operation.vendor];
  const { paging } = operation;
  const seen = new Set<unknown>();
  let received = 0;
  let token: string | undefined;
  for (let number = 1; ; number++) {
    const query: Record<string, unknown> = { ...options.params?.query, ...operation.fixed.query };
    if (pageSize !== undefined && operation.pageSize) query[operation.pageSize.name] = pageSize;
    if ('offset' in paging) query[paging.offset] = received;
    else if ('pageNumber' in paging) query[paging.pageNumber] = number;
    else if (token !== undefined) query[paging.inputToken] = token;
    const path = { ...options.params?.path, ...operation.fixed.path } as Record<string, string>;
    const data = await answerOf(client, operation.path, { path, query }, options.signal, vendor);
    const items = itemsOf(data, operation);
    const fresh = items.filter((item) => {
      const key = keyOf(item, operation.itemId);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (items.length > 0 && fresh.length === 0) {
      throw new InvalidResponseError('repeated-page', 200, `Page ${number} of ${operation.operationId} holds only items of earlier pages: the service ignored the paging parameters; stopped.`);
    }
    yield { answer: data, items: fresh };
    received += items.length;
    if (items.length === 0) return;
    if ('inputToken' in paging) {
      const next = valueAt(data, paging.outputToken);
      if (typeof next !== 'string' || next === '') return;
      if (next === token) throw new InvalidResponseError('repeated-page', 200, `Page ${number} of ${operation.operationId} gave the token it was asked with: the service ignored it; stopped.`);
      token = next;
    } else {
      const total = totalOf(data, operation.total);
      if (total !== undefined ? seen.size >= total : pageSize !== undefined && items.length < pageSize) return;
    }
  }
}

function pageSizeOf(operation: PagedOperation, asked: number | undefined): number | undefined {
  if (asked === undefined) return operation.pageSize?.default;
  if (!operation.pageSize) throw new InvalidOptionError('pageSize', `is not taken by ${operation.operationId}: the service chooses its page size`);
  if (!Number.isSafeInteger(asked) || asked < 1) throw new InvalidOptionError('pageSize', 'must be a whole number of items, 1 or more');
  return asked;
}

/** The page's items; none when the answer leaves the list out. A list that is not one is a broken answer. */
function itemsOf(data: unknown, operation: PagedOperation): unknown[] {
  const items = valueAt(data, operation.items);
  if (items === undefined || items === null) return [];
  if (!Array.isArray(items)) throw new InvalidResponseError('shape', 200, `${operation.operationId} answered ${operation.items.join('.')} that is not a list.`);
  return items;
}

/** The count over all pages, when the answer gives a usable one (Huawei sends some as strings of digits). */
function totalOf(data: unknown, keys: readonly string[] | undefined): number | undefined {
  const total = keys && valueAt(data, keys);
  const count = typeof total === 'string' && /^[0-9]+$/.test(total) ? Number(total) : total;
  return typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : undefined;
}

function keyOf(item: unknown, itemId: string | undefined): unknown {
  const id = itemId === undefined ? undefined : recordOf(item)[itemId];
  return typeof id === 'string' || typeof id === 'number' ? id : JSON.stringify(item);
}

function valueAt(data: unknown, keys: readonly string[]): unknown {
  return keys.reduce<unknown>((value, key) => recordOf(value)[key], data);
}
