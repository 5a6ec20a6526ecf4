// The data of a successful GET on any path of any service, whether or not the client throws on errors.
import type { ServiceClient } from './service-client.js';
import type { VendorProfile } from './vendors.js';

/** The data of a successful GET, whether or not the client throws on errors; an error answer is thrown. */
export async function answerOf(client: ServiceClient<any, boolean>, path: string, params: { path: Record<string, string>; query?: Record<string, unknown> }, signal: AbortSignal | undefined, vendor: VendorProfile): Promise<unknown> {
  // The helpers work on any path of any service: openapi-fetch's path-typed GET is used untyped here.
  const get = client.GET as unknown as (path: string, init: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  const { data, error, response } = await get(path, { params, signal });
  if (error !== undefined) throw vendor.toError(response, error);
  return data;
}
