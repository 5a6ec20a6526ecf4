import { AlibabaCloudError } from '@cloudmq/core';
import { createClient } from '@cloudmq/alibabacloud-rocketmq';

// Credentials come from the environment:
// ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET.
const apsaramq = createClient({
  region: 'cn-hangzhou',
  throwOnError: true,
});

try {
  // Retries reuse one generated clientToken: a retried
  // create never makes a second instance.
  const { data } = await apsaramq.POST('/instances', {
    body: {
      instanceName: 'rmq-orders',
      serviceCode: 'rmq',
      seriesCode: 'standard',
      subSeriesCode: 'cluster_ha',
      paymentType: 'PayAsYouGo',
      commodityCode: 'ons_rmqpost_public_intl',
      productInfo: {
        msgProcessSpec: 'rmq.s2.2xlarge',
        messageRetentionTime: 72,
      },
      networkInfo: {
        vpcInfo: {
          vpcId: 'vpc-bp1k5k2p3r6w8y0a2c4e6',
          vSwitches: [
            { vSwitchId: 'vsw-bp1m2n3b4v5c6x7z8a9s0' },
          ],
        },
        internetInfo: {
          internetSpec: 'disable',
          flowOutType: 'uninvolved',
        },
      },
    },
  });
  console.log('created', data.data);
} catch (error) {
  if (error instanceof AlibabaCloudError) {
    console.error(error.code, error.message, error.requestId);
  } else throw error;
}
