import { createClient, waitForInstance } from '@cloudmq/huaweicloud-rabbitmq';

const rabbitmq = createClient({ region: 'cn-east-3', throwOnError: true });
const projectId = '0605767a3300d5762fb0c0186d9e1c2e';
const instanceId = '8959ab1c-7c1a-4b11-a05f-93dfc361b32d';

// One look at the instance:
const { data } = await rabbitmq.GET(
  '/v2/{project_id}/instances/{instance_id}',
  { params: { path: { project_id: projectId, instance_id: instanceId } } },
);
console.log(data.name, data.status);

// Or poll it until it runs (WaiterError on CREATEFAILED, ERROR, ...,
// after timeoutMs, or on abort):
const running = await waitForInstance(rabbitmq, {
  projectId,
  instanceId,
  timeoutMs: 20 * 60_000,
});
console.log('running since', running.created_at);
