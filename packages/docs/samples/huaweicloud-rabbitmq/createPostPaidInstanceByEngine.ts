import { createClient } from '@cloudmq/huaweicloud-rabbitmq';

// The body is checked before anything is sent: a broken rule
// throws RequestValidationError naming the field and the rule.
const rabbitmq = createClient({ region: 'cn-east-3' });

const { data, error } = await rabbitmq.POST(
  '/v2/{engine}/{project_id}/instances',
  {
    params: {
      path: {
        engine: 'rabbitmq',
        project_id: '0605767a3300d5762fb0c0186d9e1c2e',
      },
    },
    body: {
      name: 'rabbitmq-notifications',
      engine: 'rabbitmq',
      engine_version: '3.8.35',
      storage_space: 100,
      access_user: 'rabbit-admin',
      password: 'Rabbit-Pass1',
      vpc_id: '1e93f86e-13af-46c8-97d6-d40fa62b76c2',
      subnet_id: 'b5fa806c-35e7-4299-b659-b39398dd4718',
      security_group_id: '0aaa0033-bf7f-4c41-a6c2-18cd04cad2c8',
      available_zones: ['d573142f24894ef3bd3664de068b44b0'],
      product_id: 'c6.2u4g.single',
      storage_spec_code: 'dms.physical.storage.high.v2',
    },
  },
);
if (error) console.error(error.error_code, error.error_msg);
else console.log('created', data.instance_id);
