// Generated from specs/huaweicloud-kafka/openapi.yaml by scripts/generate-client.mjs. Do not edit: run `npm run build`.
export { validate as path } from './listInstances.path.js';
export { validate as query } from './showQuotas.query.js';
