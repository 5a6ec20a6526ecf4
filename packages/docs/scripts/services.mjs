// The services the site documents, where their bundled descriptions are, and their operations: shared by the build and the browser test.
import { fileURLToPath } from 'node:url';

export { operationsOf } from '../../../scripts/lib/openapi-walk.mjs';

export const SERVICE_IDS = ['huaweicloud-rocketmq', 'huaweicloud-kafka', 'huaweicloud-rabbitmq', 'alibabacloud-rocketmq'];

/** The bundled description of a service as its spec package exports it (`json` or `yaml`). */
export function bundlePath(id, format) {
  return fileURLToPath(import.meta.resolve(`@cloudmq/spec-${id}/openapi.${format}`));
}
