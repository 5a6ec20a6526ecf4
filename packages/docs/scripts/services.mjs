// The services the site documents, where their bundled descriptions are, and their operations: shared by the build and the browser test.
export { operationsOf } from '../../../scripts/lib/openapi-walk.mjs';
export { bundlePath, SERVICE_IDS } from '../../../scripts/lib/services.mjs';
