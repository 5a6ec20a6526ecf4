import { createClient } from '@cloudmq/huaweicloud-kafka';

// Credentials come from the environment: HUAWEICLOUD_SDK_AK,
// HUAWEICLOUD_SDK_SK and HUAWEICLOUD_SDK_PROJECT_ID.
const kafka = createClient({ region: 'cn-north-4' });

const { data, error } = await kafka.POST(
  '/v2/{project_id}/instances',
  {
    params: {
      path: { project_id: '0605767a3300d5762fb0c0186d9e1c2e' },
    },
    body: {
      name: 'kafka-orders',
      engine: 'kafka',
      engine_version: '2.3.0',
      specification: '100MB',
      storage_space: 600,
      partition_num: 300,
      vpc_id: '3db8490c-4d6d-4d8f-8d3f-047b0de4c5cf',
      subnet_id: '0a0f1fcb-f019-458d-b9e5-301867394d50',
      security_group_id: '23c5977f-ff33-4b95-a73e-08d8a0bc4e6c',
      available_zones: ['9f1c5806706d4c1fb0eb72f0a9b18c77'],
      product_id: '00300-30308-0--0',
      kafka_manager_user: 'kafka-admin',
      kafka_manager_password: 'Manager-Pass1',
      storage_spec_code: 'dms.physical.storage.high',
    },
  },
);
if (error) console.error(error.error_code, error.error_msg);
else console.log('created', data.instance_id);
