// Generated from specs/huaweicloud-rabbitmq/openapi.yaml by scripts/generate-client.mjs. Do not edit: run `npm run build`.
import type { CompiledValidator } from '@cloudmq/core';
export declare const query: CompiledValidator;
