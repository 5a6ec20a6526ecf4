// Generated from specs/alibabacloud-rocketmq/openapi.yaml by scripts/generate-client.mjs. Do not edit: run `npm run build`.
export { validate as query } from './createInstance.query.js';
export { validate as body } from './createInstance.body.js';
