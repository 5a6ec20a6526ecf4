// Generated from specs/huaweicloud-kafka/openapi.yaml by scripts/generate-client.mjs. Do not edit: run `npm run build`.
import type { CompiledValidator } from '@cloudmq/core';
export declare const path: CompiledValidator;
