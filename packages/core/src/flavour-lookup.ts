// findFlavours: asks a Huawei DMS engine's products and zones operations, every page of products, and joins the answers.
import { recordOf } from './errors.js';
import { type FindFlavoursOptions, type Flavour, type FlavourOperations, flavoursOf } from './flavours.js';
import { answerOf } from './get-answer.js';
import { type PagedOperation, paginatePages } from './paginate.js';
import type { ServiceClient } from './service-client.js';
import { VENDOR_PROFILES } from './vendors.js';

/**
 * Asks the products and zones operations (at once) and joins them. The products answer names
 * zones by code (`cn-north-4a`), a create takes zone ids: codes become ids here, and a zone that
 * is sold out, not available, or unknown to the zones answer is left out.
 */
export async function findFlavours<Product>(client: ServiceClient<any, boolean>, operations: FlavourOperations, options: FindFlavoursOptions = {}): Promise<Flavour<Product>[]> {
  const vendor = VENDOR_PROFILES.huaweicloud;
  const query = options.productId === undefined ? undefined : { product_id: options.productId };
  const [products, zones] = await Promise.all([
    operations.productPages ? allProducts(client, operations.productPages, query, options.signal) : answerOf(client, operations.products, { path: { engine: operations.engine }, query }, options.signal, vendor),
    answerOf(client, operations.zones, { path: {} }, options.signal, vendor),
  ]);
  return flavoursOf<Product>(products, zones, operations);
}

/** One products answer holding the products of every page: the first answer's engine versions, with each page's products. */
async function allProducts(client: ServiceClient<any, boolean>, operation: PagedOperation, query: Record<string, string> | undefined, signal: AbortSignal | undefined): Promise<unknown> {
  const pages = [];
  for await (const page of paginatePages(client, operation, { params: { query }, signal })) pages.push(page);
  return { ...recordOf(pages[0]?.answer), products: pages.flatMap((page) => page.items) };
}

