// The services the site documents, where their bundled descriptions are, their operations, examples, regions and the $ref resolver: shared by the build and the browser test.
export { exampleRequests, operationsOf, regionEndpoints, resolveRef } from '@cloudmq/openapi-walk';
export { bundlePath, SERVICE_IDS } from '../../../scripts/lib/services.mjs';
