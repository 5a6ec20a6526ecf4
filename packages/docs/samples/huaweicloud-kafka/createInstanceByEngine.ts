import { createClient, waitForInstance } from '@cloudmq/huaweicloud-kafka';

// Credentials come from the environment: HUAWEICLOUD_SDK_AK,
// HUAWEICLOUD_SDK_SK and HUAWEICLOUD_SDK_PROJECT_ID.
const kafka = createClient({ region: 'cn-north-4', throwOnError: true });
const projectId = '0605767a3300d5762fb0c0186d9e1c2e';

const { data } = await kafka.POST('/v2/{engine}/{project_id}/instances', {
  params: { path: { engine: 'kafka', project_id: projectId } },
  body: {
    name: 'kafka-orders',
    engine: 'kafka',
    engine_version: '3.x',
    broker_num: 3,
    storage_space: 300,
    vpc_id: '3db8490c-4d6d-4d8f-8d3f-047b0de4c5cf',
    security_group_id: '23c5977f-ff33-4b95-a73e-08d8a0bc4e6c',
    subnet_id: '0a0f1fcb-f019-458d-b9e5-301867394d50',
    available_zones: ['9f1c5806706d4c1fb0eb72f0a9b18c77'],
    product_id: 'c6.2u4g.cluster',
    storage_spec_code: 'dms.physical.storage.high.v2',
  },
});

// The answer carries the id at once; the instance runs minutes later.
const instance = await waitForInstance(kafka, {
  projectId,
  instanceId: data.instance_id,
  timeoutMs: 30 * 60_000,
});
console.log(instance.name, instance.status, instance.connect_address);
