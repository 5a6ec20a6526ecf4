// Adding an operation is its path file and a reference from the root: on a copy of the repository, the client, the docs and the checks pick a new one up with no other edit.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyRepository, type RepositoryCopy } from '../support/repository-copy.ts';

/** A Kafka operation the descriptions do not have yet: listing an instance's scheduled tasks. */
const PATH_FILE = 'specs/huaweicloud-kafka/paths/instance_scheduled_tasks_list.yml';
const OPERATION = `# GET /v2/{project_id}/instances/{instance_id}/scheduled-tasks: a synthetic addition made by test/contract/new-operation.test.ts.
operationId: listScheduledTasks
tags:
  - Instances
summary: List the scheduled tasks of a Kafka instance
description: Lists the tasks scheduled to run on an instance later (upgrades, partition reassignments).
parameters:
  - $ref: ../../common/huaweicloud/parameters/project_id.yml
  - $ref: ../../common/huaweicloud/parameters/instance_id.yml
responses:
  '200':
    description: The instance's scheduled tasks.
    content:
      application/json:
        schema:
          title: ListScheduledTasksResponse
          type: object
          properties:
            job_count:
              type: string
              description: How many scheduled tasks there are.
        examples:
          one:
            summary: One task
            description: An instance with one task.
            value:
              job_count: '1'
  '404':
    $ref: ../../common/huaweicloud/responses/not_found.yml
`;

let copy: RepositoryCopy;
let built: { status: number | null; output: string };
beforeAll(() => {
  copy = copyRepository();
  writeFileSync(join(copy.dir, PATH_FILE), OPERATION);
  copy.edit('specs/huaweicloud-kafka/openapi.yaml', (text) =>
    text.replace(
      /(\n {2}\/v2\/\{engine\}\/\{project_id\}\/instances:)/,
      `\n  /v2/{project_id}/instances/{instance_id}/scheduled-tasks:\n    get:\n      $ref: paths/instance_scheduled_tasks_list.yml$1`,
    ),
  );
  built = copy.run('npm', 'run', 'build');
}, 600_000);
afterAll(() => copy?.remove());

it('builds: the description lints and bundles, and the client and the docs are generated', () => {
  expect(built.status, built.output).toBe(0);
});

it('gives the client the operation, with its own lazily loaded validators', () => {
  const service = readFileSync(join(copy.dir, 'packages/huaweicloud-kafka/src/service.ts'), 'utf8');
  expect(service).toContain(`"GET /v2/{project_id}/instances/{instance_id}/scheduled-tasks": { operationId: "listScheduledTasks"`);
  expect(existsSync(join(copy.dir, 'packages/huaweicloud-kafka/src/validators/listScheduledTasks.js'))).toBe(true);
  expect(readFileSync(join(copy.dir, 'packages/huaweicloud-kafka/src/schema.d.ts'), 'utf8')).toContain('listScheduledTasks: {');
});

it('documents it, with a sample made from its example', () => {
  const page = readFileSync(join(copy.dir, 'packages/docs/dist/huaweicloud-kafka.html'), 'utf8');
  expect(page).toContain('List the scheduled tasks of a Kafka instance');
  expect(page).toContain('client.GET(\\"/v2/{project_id}/instances/{instance_id}/scheduled-tasks\\"');
});

it('passes the breaking-change check: a new operation breaks nothing', () => {
  const { status, output } = copy.run('npm', 'run', 'check:breaking');
  expect(status, output).toBe(0);
});

it('is compared with the vendor metadata, which names what it leaves out', () => {
  const { status, output } = copy.run('node', 'scripts/check-vendor.mjs');
  expect(output).toContain('huaweicloud-kafka listScheduledTasks');
  expect(output).toMatch(/listScheduledTasks response:jobs: left-out/);
  expect(status).toBe(1);
});
