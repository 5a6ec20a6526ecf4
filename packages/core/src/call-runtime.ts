// What sending a call takes and making a client does not (senders, signers, transport, request validation, the buffered answer): a client loads it on its first call.
export * from './buffered-response.js';
export * from './outgoing-request.js';
export * from './senders.js';
export * from './sign-alibaba.js';
export * from './sign-huawei.js';
export * from './transport.js';
export * from './validation.js';
