// Type-level tests of the generated clients (checked by `tsc -p test`): every @ts-expect-error line must stay an error.
import { createClient as alibabaClient, paginate as paginateAlibaba, paginateListTagResources, waitForInstance as waitForAlibabaInstance } from '@cloudmq/alibabacloud-rocketmq';
import {
  type CreateInstanceByEngineBody,
  type ListInstancesParameters,
  type RequestBody,
  type ShowInstanceAnswer,
  createClient as kafkaClient,
  type Instance as KafkaInstance,
  paginate as paginateKafka,
  paginateListBackgroundTasks,
  waitForDeleted as waitForKafkaDeleted,
  waitForInstance as waitForKafkaInstance,
} from '@cloudmq/huaweicloud-kafka';
import { createClient as rabbitmqClient } from '@cloudmq/huaweicloud-rabbitmq';

const kafka = kafkaClient({ region: 'cn-north-4' });
const rabbitmq = rabbitmqClient({ region: 'eu-west-101' });
const alibaba = alibabaClient({ region: 'cn-hangzhou' });
const project_id = '0605767a3300d5762fb0c0186d9e1c2e';

const kafkaBody = {
  name: 'kafka-orders',
  engine: 'kafka' as const,
  engine_version: '2.3.0' as const,
  specification: '100MB' as const,
  storage_space: 600,
  vpc_id: 'vpc-1',
  subnet_id: 'subnet-1',
  security_group_id: 'sg-1',
  available_zones: ['az-1'],
  product_id: '00300-30308-0--0',
  kafka_manager_user: 'kafka-admin',
  kafka_manager_password: 'Manager-Pass1',
  storage_spec_code: 'dms.physical.storage.high' as const,
};

export async function typeLevelTests() {
  // A correct call compiles, and its answer is typed.
  const { data } = await kafka.POST('/v2/{project_id}/instances', { params: { path: { project_id } }, body: kafkaBody });
  const instanceId: string | undefined = data?.instance_id;

  // @ts-expect-error wrong enum value: Kafka's engine is "kafka"
  await kafka.POST('/v2/{project_id}/instances', { params: { path: { project_id } }, body: { ...kafkaBody, engine: 'rabbitmq' } });

  const { name: _name, ...withoutName } = kafkaBody;
  // @ts-expect-error missing required field: name
  await kafka.POST('/v2/{project_id}/instances', { params: { path: { project_id } }, body: withoutName });

  // @ts-expect-error unknown field: the page example's misspelt public_boundwidth
  await kafka.POST('/v2/{project_id}/instances', { params: { path: { project_id } }, body: { ...kafkaBody, public_boundwidth: 3 } });

  // @ts-expect-error wrong path parameter: RabbitMQ's path needs engine too
  await rabbitmq.POST('/v2/{engine}/{project_id}/instances', { params: { path: { project_id } }, body: {} as never });

  // @ts-expect-error wrong body: the newest Kafka create (createPostPaidKafkaInstance) takes the createInstanceByEngine body, with broker_num
  await kafka.POST('/v2/{project_id}/kafka/instances', { params: { path: { project_id } }, body: kafkaBody });

  // @ts-expect-error unknown region
  kafkaClient({ region: 'mars-north-1' });

  // @ts-expect-error the Alibaba clientToken is a string
  await alibaba.POST('/instances', { params: { query: { clientToken: 42 } }, body: {} as never });

  // With throwOnError the answer always carries data (errors are thrown).
  const throwing = kafkaClient({ region: 'cn-north-4', throwOnError: true });
  const created = await throwing.POST('/v2/{project_id}/instances', { params: { path: { project_id } }, body: kafkaBody });
  const sureId: string = created.data.instance_id;
  // @ts-expect-error without throwOnError, data may be missing
  const unsureId: string = (await kafka.POST('/v2/{project_id}/instances', { params: { path: { project_id } }, body: kafkaBody })).data.instance_id;

  return [instanceId, sureId, unsureId];
}

export async function lifecycleTypeTests() {
  const throwing = kafkaClient({ region: 'cn-north-4', throwOnError: true });
  const instance_id = '8959ab1c-7c1a-4b11-a05f-93dfc361b32d';

  // The waiter takes either kind of client and resolves with the show answer's type.
  const running: KafkaInstance = await waitForKafkaInstance(kafka, { projectId: project_id, instanceId: instance_id, until: 'RUNNING' });
  const status: string | undefined = (await waitForKafkaInstance(throwing, { projectId: project_id, instanceId: instance_id })).status;

  // @ts-expect-error not a status of the service
  await waitForKafkaInstance(kafka, { projectId: project_id, instanceId: instance_id, until: 'STARTED' });
  // onPoll sees the service's statuses, typed, and the progress.
  await waitForKafkaInstance(kafka, {
    projectId: project_id,
    instanceId: instance_id,
    onPoll: (status, { polls, elapsedMs }) => {
      // @ts-expect-error: a status no Kafka instance has.
      if (status === 'SPINNING') return;
      console.log(status, polls + elapsedMs);
    },
  });
  // Every answer says how many attempts it took, and may carry the request id.
  const { attempts, requestId } = await kafka.POST('/v2/{project_id}/instances', { params: { path: { project_id } }, body: kafkaBody });
  const counted: number = attempts;
  const id: string | undefined = requestId;
  console.log(counted, id);

  // A Huawei instance's project defaults to the credentials' one: the waiters, like the calls, may leave it out.
  await waitForKafkaDeleted(kafka, { instanceId: instance_id });
  // @ts-expect-error the waiter still needs the instance
  await waitForKafkaDeleted(kafka, {});
  const shown = await kafka.GET('/v2/{project_id}/instances/{instance_id}', { params: { path: { instance_id } } });
  const listed = await kafka.GET('/v2/{project_id}/instances', { params: { query: { engine: 'kafka' } } });
  console.log(shown.data?.name, listed.data?.instance_num);
  // @ts-expect-error the instance is still required
  await kafka.GET('/v2/{project_id}/instances/{instance_id}', { params: { path: {} } });
  // @ts-expect-error and still only documented path parameters
  await kafka.GET('/v2/{project_id}/instances/{instance_id}', { params: { path: { instance_id, projectId: 'p' } } });

  // @ts-expect-error an Alibaba instance has no project
  await waitForAlibabaInstance(alibaba, { projectId: project_id, instanceId: 'rmq-cn-7e22ody5s0a' });

  // @ts-expect-error the client of another service
  await waitForAlibabaInstance(kafka, { instanceId: 'rmq-cn-7e22ody5s0a' });

  // The paginator yields list items and takes the list's filters, but not the paging it sets itself.
  for await (const listed of paginateKafka(kafka, { projectId: project_id, filters: { name: 'orders', status: 'RUNNING' } })) {
    const id: string = listed.instance_id;
    void id;
  }
  // @ts-expect-error offset is the paginator's
  paginateKafka(kafka, { projectId: project_id, filters: { offset: 10 } });
  // @ts-expect-error engine is fixed by the service
  paginateKafka(kafka, { projectId: project_id, filters: { engine: 'rocketmq' } });
  // @ts-expect-error pageNumber is the paginator's
  paginateAlibaba(alibaba, { filters: { pageNumber: 2 } });

  // Each paged list has its paginator: it takes the operation's parameters but those of paging, and yields the items of its pages.
  for await (const task of paginateListBackgroundTasks(kafka, { params: { path: { instance_id: 'i-1' }, query: { begin_time: '20200515000000' } }, pageSize: 100 })) {
    const status: string | undefined = task.status;
    void status;
  }
  // @ts-expect-error the instance is required
  paginateListBackgroundTasks(kafka, { params: { path: {} } });
  // @ts-expect-error limit is the paginator's: pageSize sets it
  paginateListBackgroundTasks(kafka, { params: { path: { instance_id: 'i-1' }, query: { limit: 10 } } });
  // @ts-expect-error start is the deprecated name of the offset the paginator sets
  paginateListBackgroundTasks(kafka, { params: { path: { instance_id: 'i-1' }, query: { start: 10 } } });
  for await (const pair of paginateListTagResources(alibaba, { params: { query: { regionId: 'cn-hangzhou' } } })) {
    const key: string | undefined = pair.tagKey;
    void key;
  }
  // @ts-expect-error ListTagResources takes no page size
  paginateListTagResources(alibaba, { pageSize: 10 });
  // @ts-expect-error nextToken is the paginator's
  paginateListTagResources(alibaba, { params: { query: { nextToken: 't-1' } } });

  // A client closes, by hand or, where the lib knows Symbol.asyncDispose, with `await using`.
  const closing: Promise<void> = kafka.close();
  await closing;
  {
    await using disposed = alibabaClient({ region: 'cn-hangzhou' });
    void disposed;
  }
  // @ts-expect-error maxResponseBytes is a number of bytes
  kafkaClient({ region: 'cn-north-4', maxResponseBytes: '8MB' });

  return [running, status];
}

export async function namedTypeTests() {
  // A body built in its own variable, typed by name: write-only fields (a password) are plain strings.
  const body: CreateInstanceByEngineBody = {
    name: 'kafka-orders',
    engine: 'kafka',
    engine_version: '2.7',
    broker_num: 3,
    storage_space: 300,
    vpc_id: 'vpc-1',
    subnet_id: 'subnet-1',
    security_group_id: 'sg-1',
    available_zones: ['az-1'],
    product_id: 'c6.2u4g.cluster',
    storage_spec_code: 'dms.physical.storage.ultra.v2',
    ssl_enable: true,
    access_user: 'kafka-user',
    password: 'Sasl-Passw0rd',
  };
  await kafka.POST('/v2/{engine}/{project_id}/instances', { params: { path: { engine: 'kafka' } }, body });

  // A body written `as const` (readonly arrays, literal types) is accepted as it is.
  const frozen = {
    name: 'kafka-frozen',
    engine: 'kafka',
    engine_version: '2.7',
    broker_num: 3,
    storage_space: 300,
    vpc_id: 'vpc-1',
    subnet_id: 'subnet-1',
    security_group_id: 'sg-1',
    available_zones: ['az-1', 'az-2'],
    product_id: 'c6.2u4g.cluster',
    storage_spec_code: 'dms.physical.storage.ultra.v2',
  } as const;
  await kafka.POST('/v2/{engine}/{project_id}/instances', { params: { path: { engine: 'kafka' } }, body: frozen });
  const generic: RequestBody<'createInstanceByEngine'> = frozen;

  // @ts-expect-error a named body still refuses a field the operation does not have
  const misspelt: CreateInstanceByEngineBody = { ...frozen, public_boundwidth: 3 };

  // An answer typed by name reads as the show operation answers.
  const { data } = await kafka.GET('/v2/{project_id}/instances/{instance_id}', { params: { path: { instance_id: 'i' } } });
  if (data) {
    const shown: ShowInstanceAnswer = data;
    console.log(shown.status);
  }
  // Parameters by name: the list's query, typed.
  const filters: ListInstancesParameters['query'] = { engine: 'kafka', limit: 10 };
  // @ts-expect-error a page size is a number
  const badFilters: ListInstancesParameters['query'] = { engine: 'kafka', limit: '10' };
  console.log(generic, misspelt, filters, badFilters);
}
