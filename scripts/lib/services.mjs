// The services this repository describes and where `npm run build` leaves their bundled descriptions.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Service ids: each names `specs/<id>/` (the description) and `packages/<id>/` (its client). */
export const SERVICE_IDS = /** @type {const} */ (['huaweicloud-rocketmq', 'huaweicloud-kafka', 'huaweicloud-rabbitmq', 'alibabacloud-rocketmq']);

/**
 * The bundled description of a service, `specs/<id>/dist/openapi.<format>`.
 * @param {string} serviceId
 * @param {'json' | 'yaml'} [format]
 */
export function bundlePath(serviceId, format = 'json') {
  return join(repositoryRoot, 'specs', serviceId, 'dist', `openapi.${format}`);
}
