// Emits schema.ts: the TypeScript types of a description's paths, operations and components, by openapi-typescript.
import openapiTS, { astToString } from 'openapi-typescript';

/**
 * @param {any} document a bundled description
 * @returns {Promise<string>} the module's source
 */
export async function emitTypes(document) {
  return astToString(await openapiTS(document, { defaultNonNullable: false, readWriteMarkers: true }));
}
