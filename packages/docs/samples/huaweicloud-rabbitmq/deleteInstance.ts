import { createClient, waitForDeleted } from '@cloudmq/huaweicloud-rabbitmq';

const rabbitmq = createClient({ region: 'cn-east-3', throwOnError: true });
const projectId = '0605767a3300d5762fb0c0186d9e1c2e';
const instanceId = '8959ab1c-7c1a-4b11-a05f-93dfc361b32d';

// 204: deletion started. The instance goes DELETING, then it is gone.
await rabbitmq.DELETE('/v2/{project_id}/instances/{instance_id}', {
  params: { path: { project_id: projectId, instance_id: instanceId } },
});

// Resolves once showing the instance answers 404 (DMS.00404022).
await waitForDeleted(rabbitmq, { projectId, instanceId });
