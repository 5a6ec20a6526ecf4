// `npm run vendor:snapshot -- --huawei <dir> --alibaba <dir>`: rewrites specs/vendor/<service id>.json from the vendors' SDK sources.
// <dir> is a checkout or a bare mirror of huaweicloud/huaweicloud-sdk-nodejs-v3 and of aliyun/alibabacloud-sdk; each snapshot records the commit it read.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { alibabaSnapshot } from './lib/vendor/alibaba-dara.mjs';
import { huaweiSnapshot } from './lib/vendor/huawei-sdk.mjs';
import { normalizedSnapshot } from './lib/vendor/snapshot-format.mjs';
import { gitTree } from './lib/vendor/source-tree.mjs';

const { values } = parseArgs({ options: { huawei: { type: 'string' }, alibaba: { type: 'string' } } });
if (!values.huawei && !values.alibaba) throw new Error('give --huawei <huaweicloud-sdk-nodejs-v3 checkout> and/or --alibaba <alibabacloud-sdk checkout>');

/** Which vendor folder each service is read from. */
const HUAWEI_SERVICES = { 'huaweicloud-kafka': 'services/kafka/v2', 'huaweicloud-rocketmq': 'services/rocketmq/v2', 'huaweicloud-rabbitmq': 'services/rabbitmq/v2' };
const ALIBABA_SERVICES = { 'alibabacloud-rocketmq': 'rocketmq-20220801' };

const snapshots = [];
if (values.huawei) {
  const tree = gitTree(values.huawei);
  for (const [service, folder] of Object.entries(HUAWEI_SERVICES)) snapshots.push(huaweiSnapshot(tree, service, folder));
}
if (values.alibaba) {
  const tree = gitTree(values.alibaba);
  for (const [service, folder] of Object.entries(ALIBABA_SERVICES)) snapshots.push(alibabaSnapshot(tree, service, folder));
}
for (const snapshot of snapshots) {
  const file = fileURLToPath(new URL(`../specs/vendor/${snapshot.service}.json`, import.meta.url));
  writeFileSync(file, `${JSON.stringify(normalizedSnapshot(snapshot), null, 2)}\n`);
  console.log(`${snapshot.service}: ${snapshot.operations.length} operations from ${snapshot.source.repository}@${snapshot.source.commit?.slice(0, 12)}`);
}
