import { createClient } from '@cloudmq/huaweicloud-rocketmq';

// throwOnError: a failure throws HuaweiCloudError, so the
// answer always has `data`.
const rocketmq = createClient({
  region: 'ap-southeast-1',
  throwOnError: true,
});

const { data } = await rocketmq.POST(
  '/v2/{engine}/{project_id}/instances',
  {
    params: {
      path: {
        engine: 'reliability',
        project_id: '0605767a3300d5762fb0c0186d9e1c2e',
      },
    },
    body: {
      name: 'rocketmq-payments',
      engine: 'reliability',
      engine_version: '5.x',
      storage_space: 300,
      vpc_id: '3db8490c-4d6d-4d8f-8d3f-047b0de4c5cf',
      subnet_id: '0a0f1fcb-f019-458d-b9e5-301867394d50',
      security_group_id: '23c5977f-ff33-4b95-a73e-08d8a0bc4e6c',
      available_zones: ['az-1', 'az-2', 'az-3'],
      product_id: 'rocketmq.b2.large.4',
      storage_spec_code: 'dms.physical.storage.ultra.v2',
      broker_num: 1,
      // Yearly/monthly: one month, paid from the balance.
      bss_param: {
        charging_mode: 'prePaid',
        period_type: 'month',
        period_num: 1,
        is_auto_pay: true,
      },
    },
  },
);
console.log('created', data.instance_id);
