import { createClient, paginate } from '@cloudmq/huaweicloud-rabbitmq';

const rabbitmq = createClient({ region: 'cn-east-3', throwOnError: true });
const projectId = '0605767a3300d5762fb0c0186d9e1c2e';

// One page (limit 1–50, offset from 0); instance_num counts all pages:
const { data } = await rabbitmq.GET('/v2/{project_id}/instances', {
  params: {
    path: { project_id: projectId },
    query: { engine: 'rabbitmq', status: 'RUNNING', limit: 10, offset: 0 },
  },
});
console.log(`${data.instances?.length} of ${data.instance_num}`);

// Every instance, page after page (paginate sets engine, offset, limit):
for await (const instance of paginate(rabbitmq, { projectId, filters: { name: 'orders' } })) {
  console.log(instance.instance_id, instance.name, instance.status);
}
