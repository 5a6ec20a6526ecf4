// Generated from specs/huaweicloud-rocketmq/openapi.yaml by scripts/generate-client.mjs. Do not edit: run `npm run build`.
export { validate as query } from './showRocketMqProductCores.query.js';
