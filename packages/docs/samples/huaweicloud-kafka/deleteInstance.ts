import { createClient, waitForDeleted } from '@cloudmq/huaweicloud-kafka';

const kafka = createClient({ region: 'cn-north-4', throwOnError: true });
const projectId = '0605767a3300d5762fb0c0186d9e1c2e';
const instanceId = '8959ab1c-7c1a-4b11-a05f-93dfc361b32d';

// 204: deletion started. The instance goes DELETING, then it is gone.
await kafka.DELETE('/v2/{project_id}/instances/{instance_id}', {
  params: { path: { project_id: projectId, instance_id: instanceId } },
});

// Resolves once showing the instance answers 404 (DMS.00404022).
await waitForDeleted(kafka, { projectId, instanceId });
