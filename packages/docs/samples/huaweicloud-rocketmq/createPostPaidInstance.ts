import { createClient } from '@cloudmq/huaweicloud-rocketmq';

// Credentials come from the environment: HUAWEICLOUD_SDK_AK,
// HUAWEICLOUD_SDK_SK and HUAWEICLOUD_SDK_PROJECT_ID.
const rocketmq = createClient({ region: 'cn-north-4' });

const { data, error } = await rocketmq.POST(
  '/v2/{project_id}/instances',
  {
    params: {
      path: { project_id: '0605767a3300d5762fb0c0186d9e1c2e' },
    },
    body: {
      name: 'rocketmq-orders',
      engine: 'reliability',
      engine_version: '4.8.0',
      storage_space: 600,
      vpc_id: '3db8490c-4d6d-4d8f-8d3f-047b0de4c5cf',
      subnet_id: '0a0f1fcb-f019-458d-b9e5-301867394d50',
      security_group_id: '23c5977f-ff33-4b95-a73e-08d8a0bc4e6c',
      available_zones: ['9f1c5806706d4c1fb0eb72f0a9b18c77'],
      product_id: 'c6.4u8g.cluster',
      storage_spec_code: 'dms.physical.storage.ultra.v2',
      broker_num: 1,
    },
  },
);
if (error) console.error(error.error_code, error.error_msg);
else console.log('created', data.instance_id);
