// The one ajv (draft 2020-12) set-up for OpenAPI 3.1 schemas, shared by the tests and the validator codegen.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** OpenAPI keywords that are annotations for ajv; declaring them keeps ajv from rejecting the schemas. */
const OPENAPI_KEYWORDS = ['example', 'discriminator', 'xml', 'externalDocs'];

/**
 * Creates an ajv instance that knows the given bundled OpenAPI documents, each registered under
 * `cloudmq:<serviceId>` so that `cloudmq:<serviceId>#/components/schemas/X` resolves.
 * @param {Record<string, object>} documentsByService
 * @param {import('ajv').Options} [options]
 */
export function createOpenApiAjv(documentsByService, options = {}) {
  // strict stays off: it rejects `then: { required: [x] }` where x is declared on the parent (ajv#1950).
  const ajv = new Ajv2020({ allErrors: true, strict: false, ...options });
  addFormats(ajv);
  ajv.addFormat('password', true);
  for (const keyword of OPENAPI_KEYWORDS) ajv.addKeyword(keyword);
  for (const [serviceId, document] of Object.entries(documentsByService)) {
    ajv.addSchema(document, schemaIdFor(serviceId));
  }
  return ajv;
}

/** The id under which a service's bundled document is registered. */
export function schemaIdFor(serviceId) {
  return `cloudmq:${serviceId}`;
}
