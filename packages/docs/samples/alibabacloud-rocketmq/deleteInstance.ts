import { createClient, waitForDeleted } from '@cloudmq/alibabacloud-rocketmq';

const apsaramq = createClient({ region: 'cn-hangzhou', throwOnError: true });
const instanceId = 'rmq-cn-7e22ody5s0a';

// Pay-as-you-go instances only; a released instance cannot be restored.
const { data } = await apsaramq.DELETE('/instances/{instanceId}', {
  params: { path: { instanceId } },
});
console.log('deleted:', data.data);

// Resolves once the instance is RELEASED or no longer found (404).
await waitForDeleted(apsaramq, { instanceId });
