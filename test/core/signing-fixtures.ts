// The fixed credentials, clock and nonce both signing test files sign with.
export const ACCESS_KEY_ID = 'HPUAXAMPLE7EXAMPLE42';
export const SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
export const SECURITY_TOKEN = 'gQpjbi1ub3J0aC00jq+example/sts+token==';
export const PROJECT_ID = '0605767a3300d5762fb0c0186d9e1c2e';
// Half a second past the minute: both date formats must drop the milliseconds the same way.
export const NOW = new Date('2026-03-14T09:26:53.589Z');
export const NONCE = '3f1c9d2e-8b7a-4c6d-9e0f-1a2b3c4d5e6f';
