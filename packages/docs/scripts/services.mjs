// The services the site documents, where their bundled descriptions are, their operations and the $ref resolver: shared by the build and the browser test.
export { operationsOf, resolveRef } from '../../../scripts/lib/openapi-walk.mjs';
export { bundlePath, SERVICE_IDS } from '../../../scripts/lib/services.mjs';
