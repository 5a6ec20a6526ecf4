// The services the site documents, where their bundled descriptions are, and their operations: shared by the build and the browser test.
import { fileURLToPath } from 'node:url';

export const SERVICE_IDS = ['huaweicloud-rocketmq', 'huaweicloud-kafka', 'huaweicloud-rabbitmq', 'alibabacloud-rocketmq'];

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The bundled description of a service as its spec package exports it (`json` or `yaml`). */
export function bundlePath(id, format) {
  return fileURLToPath(import.meta.resolve(`@cloudmq/spec-${id}/openapi.${format}`));
}

/** Every operation of a description, in document order: `{ method, path, operationId, operation }`. */
export function operationsOf(description) {
  return Object.entries(description.paths).flatMap(([path, pathItem]) =>
    METHODS.filter((method) => pathItem[method]).map((method) => ({ method, path, operationId: pathItem[method].operationId, operation: pathItem[method] })),
  );
}
