import { createClient, paginate } from '@cloudmq/alibabacloud-rocketmq';

const apsaramq = createClient({ region: 'cn-hangzhou', throwOnError: true });

// One page (pageNumber from 1, pageSize 10–200):
const { data } = await apsaramq.GET('/instances', {
  params: { query: { pageNumber: 1, pageSize: 50, seriesCodes: ['standard'] } },
});
console.log(`${data.data?.list.length} of ${data.data?.totalCount}`);

// Every instance, page after page (paginate sets pageNumber and pageSize):
for await (const instance of paginate(apsaramq, { filters: { filter: 'orders' } })) {
  console.log(instance.instanceId, instance.instanceName, instance.status);
}
