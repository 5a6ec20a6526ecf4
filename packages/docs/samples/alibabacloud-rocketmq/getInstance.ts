import { createClient, waitForInstance } from '@cloudmq/alibabacloud-rocketmq';

const apsaramq = createClient({ region: 'cn-hangzhou', throwOnError: true });
const instanceId = 'rmq-cn-7e22ody5s0a';

// One look at the instance:
const { data } = await apsaramq.GET('/instances/{instanceId}', {
  params: { path: { instanceId } },
});
console.log(data.data?.instanceName, data.data?.status);

// Or poll it until it runs (WaiterError on RELEASED, after timeoutMs,
// or on abort):
const running = await waitForInstance(apsaramq, {
  instanceId,
  timeoutMs: 20 * 60_000,
});
console.log(running.instanceName, running.status);
