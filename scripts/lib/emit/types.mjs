// Emits schema.d.ts: the TypeScript types of a description's paths, operations and components, by openapi-typescript.
import openapiTS, { astToString } from 'openapi-typescript';

/**
 * Types only, so a declaration file copied to dist as it is, indented by two spaces: compiled by
 * tsc, or printed by openapi-typescript's four, the same types take an eighth more room.
 * @param {any} document a bundled description
 * @returns {Promise<string>} the module's source
 */
export async function emitTypes(document) {
  const printed = astToString(await openapiTS(document, { defaultNonNullable: false, readWriteMarkers: true }));
  return printed.replace(/^((?: {4})+)/gm, (indent) => ' '.repeat(indent.length / 2));
}
