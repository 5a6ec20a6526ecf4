// @cloudmq/core: the runtime shared by the cloudmq service clients.
export { type AlibabaCloudClientOptions, type ClientOptions, createAlibabaCloudClient, createHuaweiCloudClient, type HuaweiCloudClientOptions, type OperationDefinition, type ServiceDefinition } from './client.js';
export {
  type AlibabaCloudCredentialOptions,
  alibabaCliProfileCredentials,
  alibabaCloudCredentialChain,
  alibabaCredentialsFile,
  alibabaCredentialsUri,
  alibabaEcsRamRoleCredentials,
  alibabaEnvironmentCredentials,
  alibabaOidcRoleCredentials,
  alibabaRamRoleArnCredentials,
  type RamRoleArnOptions,
  rpcSignature,
} from './alibaba-credentials.js';
export { type CachingOptions, type CredentialProvider, type CredentialSource, credentialChain, type Expiring } from './credential-provider.js';
export type { AlibabaCloudCredentials, CredentialsOption, HuaweiCloudCredentials } from './credentials.js';
export {
  type HuaweiCloudCredentialOptions,
  huaweiCloudCredentialChain,
  huaweiCredentialsFile,
  huaweiEcsMetadataCredentials,
  huaweiEnvironmentCredentials,
  huaweiSharedConfigCredentials,
} from './huawei-credentials.js';
export {
  AlibabaCloudError,
  CloudMqError,
  CredentialsError,
  HuaweiCloudError,
  InvalidOptionError,
  InvalidResponseError,
  type InvalidResponseReason,
  NetworkError,
  RequestAbortedError,
  RequestValidationError,
  TimeoutError,
  type ValidationIssue,
  WaiterError,
  type WaiterFailure,
} from './errors.js';
export {
  createFieldsOf,
  type FindFlavoursOptions,
  type Flavour,
  type FlavourCreateFields,
  type FlavourOperations,
  type FlavourStorage,
  findFlavours,
  flavoursOf,
  type Range,
} from './flavours.js';
export {
  type InstanceOperations,
  type PaginateOptions,
  paginateInstances,
  type WaitForDeletedOptions,
  type WaitForInstanceOptions,
  type WaitForResizeOptions,
  waitForDeleted,
  waitForInstance,
  waitForResize,
} from './instances.js';
export { type PagedOperation, type PaginateListOptions, paginateList } from './paginate.js';
export { type TaskOperations, type WaitForTaskOptions, waitForTask } from './tasks.js';
export type { InstanceRef, VendorId } from './vendors.js';
export type { PollProgress, WaiterTiming } from './waiter.js';
export type { RetryOptions } from './retry.js';
export type { AlibabaSigningOptions } from './sign-alibaba.js';
export type { HuaweiSigningOptions } from './sign-huawei.js';
// The request signers load their modules on first call: importing a client never needs them.
export const signAlibabaRequest: typeof import('./sign-alibaba.js').signAlibabaRequest = async (...args) => (await import('./sign-alibaba.js')).signAlibabaRequest(...args);
export const signHuaweiRequest: typeof import('./sign-huawei.js').signHuaweiRequest = async (...args) => (await import('./sign-huawei.js')).signHuaweiRequest(...args);
export type { Fetch } from './senders.js';
export type { NodeAgent } from './node-builtins.js';
export { bypassesProxy, type ProxySettings, proxyFor, proxySettingsOf, tunnellingAgent } from './proxy.js';
export type { CompiledValidator } from './validation.js';
export type { AcceptingReadonly, CallFacts, ServiceClient } from './service-client.js';
export type { AttemptReport } from './transport.js';
