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
  flavoursOf,
  type Range,
} from './flavours.js';
export type { InstanceOperations, PaginateOptions, WaitForDeletedOptions, WaitForInstanceOptions, WaitForResizeOptions } from './instances.js';
export type { PagedOperation, PaginateListOptions } from './paginate.js';
export type { TaskOperations, WaitForTaskOptions } from './tasks.js';
// Every function that calls a service loads its module on its first call (docs/decisions.md).
export { findFlavours, paginateInstances, paginateList, signAlibabaRequest, signHuaweiRequest, waitForDeleted, waitForInstance, waitForResize, waitForTask } from './deferred.js';
export type { InstanceRef, VendorId } from './vendors.js';
export type { PollProgress, WaiterTiming } from './waiter.js';
export type { RetryOptions } from './retry.js';
export type { AlibabaSigningOptions } from './sign-alibaba.js';
export type { HuaweiSigningOptions } from './sign-huawei.js';
export type { Fetch } from './senders.js';
export type { NodeAgent } from './node-builtins.js';
export { bypassesProxy, type ProxySettings, proxyFor, proxySettingsOf, tunnellingAgent } from './proxy.js';
export type { CompiledValidator } from './validation.js';
export type { AcceptingReadonly, CallFacts, ServiceClient } from './service-client.js';
export type { AttemptReport } from './transport.js';
