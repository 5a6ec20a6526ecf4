// Emits a client package's README.md: what it is, how to install it, credentials, a create then a wait, the errors, its helpers and its operations.
import { exampleCreateRequest, operationsOf, regionEndpoints } from '@cloudmq/openapi-walk';
import { createdIdExpression, VENDORS, vendorOf } from '../vendors.mjs';
import { typeNameOf } from './index-module.mjs';
import { flavourOperations, pagedOperations, taskOperations } from './service.mjs';

/**
 * @param {any} document a bundled description
 * @param {string} serviceId
 * @returns {string} the README's Markdown
 */
export function emitReadme(document, serviceId) {
  const vendorId = vendorOf(document);
  const vendor = VENDORS[vendorId];
  const packageName = `@cloudmq/${serviceId}`;
  const regions = Object.keys(regionEndpoints(document));
  const region = regions.includes(document.servers?.[0]?.variables?.region?.default) ? document.servers[0].variables.region.default : regions[0];
  const { method, path, params, body } = exampleCreateRequest(document);
  // The example's idempotency token is made per call, and the credentials' project fills project_id.
  const { [vendor.credentialPathParameter ?? '']: _, ...pathParameters } = params.path ?? {};
  const init = Object.keys(pathParameters).length > 0 ? { params: { path: pathParameters }, body } : { body };
  const operations = operationsOf(document).map(
    ({ method: verb, path: template, operationId, operation }) =>
      `| \`${verb.toUpperCase()} ${template}\` | \`${operationId}\`${operation.deprecated ? ' (deprecated)' : ''} | ${operation.summary ?? ''} |`,
  );
  return `# ${packageName}

A typed, validating, signing client for ${document.info.title}, generated from its OpenAPI 3.1
description. Every call is checked against the description before it is sent, signed as the
vendor's SDKs sign (\`${Object.values(document.components.securitySchemes)[0]['x-cloudmq-signing'].algorithm}\`), retried only when that is safe, and every failure is a typed
error that never shows a secret. Part of cloudmq-openapi, with clients for the message-queue services
of Huawei Cloud and Alibaba Cloud.

## Install

\`\`\`sh
npm install ${packageName}
\`\`\`

ESM only; Node.js 20 or later (or a runtime with \`fetch\` and WebCrypto). TypeScript: \`"moduleResolution"\`
\`node16\`, \`nodenext\` or \`bundler\`.

## Credentials

Without a \`credentials\` option the client looks where the vendor's own tools do, in their order:
${vendor.credentialSources}. Give fixed credentials (\`{ accessKeyId, secretAccessKey${vendor.credentialPathParameter ? ', projectId' : ''} }\`) or a provider function instead; the chains and each source are exported by \`@cloudmq/core\`.

## Create, then wait

\`\`\`ts
import { createClient, waitForInstance } from '${packageName}';

const client = createClient({${region ? ` region: '${region}',` : ''} throwOnError: true });
const { data } = await client.${method.toUpperCase()}('${path}', ${JSON.stringify(init, null, 2)});
const instanceId = ${createdIdExpression(vendorId)} ?? '';
const running = await waitForInstance(client, { instanceId });
console.log(running.status);
\`\`\`

## Errors

A body or parameter the description forbids throws \`RequestValidationError\` (its \`issues\` name
the field and the rule) and nothing is sent. With \`throwOnError\`, an error answer throws
\`${vendor.clientPrefix}Error\` (status, code, message, request id); without it, \`error\` is set.
Timeouts, aborts and connection failures throw \`TimeoutError\`, \`RequestAbortedError\` and
\`NetworkError\`; an answer that cannot be read throws \`InvalidResponseError\`; a waiter that
gives up throws \`WaiterError\`. All are \`CloudMqError\`s, exported by \`@cloudmq/core\`.

## Helpers

${helpers(document, serviceId).join('\n')}

## Operations

| method and path | operation | summary |
| --- | --- | --- |
${operations.join('\n')}

## License

MIT
`;
}

/**
 * The package's helpers, one Markdown item each: the waiters, the flavour lookup and the task waiter where the
 * description has their operations, and a paginator per paged list.
 * @param {any} document
 * @param {string} serviceId
 */
function helpers(document, serviceId) {
  const { show } = VENDORS[vendorOf(document)].lifecycle;
  const paginators = Object.keys(pagedOperations(document)).map((operationId) => `\`paginate${typeNameOf(operationId)}\``);
  return [
    `- \`waitForInstance\`, \`waitForDeleted\`, \`waitForResize\`: poll \`${show}\` until the instance runs, is gone, or shows a resize done.`,
    ...(taskOperations(document) ? ['- `waitForTask`: polls a background task (the `job_id` a change answered) until it succeeds.'] : []),
    ...(flavourOperations(document, serviceId)
      ? ['- `findFlavours`, `createFieldsOf`: the flavours, versions, storage classes and zone ids this engine can be created with now, and the create fields one fills.']
      : []),
    `- \`paginate\` (instances, with filters) and ${paginators.join(', ')}: every item of a paged list, page after page.`,
  ];
}
