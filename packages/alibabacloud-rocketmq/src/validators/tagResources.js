// Generated from specs/alibabacloud-rocketmq/openapi.yaml by scripts/generate-client.mjs. Do not edit: run `npm run build`.
export { validate as query } from './tagResources.query.js';
