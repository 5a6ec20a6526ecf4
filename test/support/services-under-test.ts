// The services a test run covers: a service's own test task runs its service, every other run all of them.
import { SERVICE_IDS } from '../../scripts/lib/services.mjs';

export type ServiceId = (typeof SERVICE_IDS)[number];

/**
 * The service CLOUDMQ_TEST_SERVICE names; else, under `npm test` of a client package (npm sets
 * npm_package_name to `@cloudmq/<service id>`), that package's service; else every service.
 */
export function servicesUnderTest(env: Record<string, string | undefined> = process.env): readonly ServiceId[] {
  const named = env.CLOUDMQ_TEST_SERVICE;
  if (named !== undefined) {
    if (!(SERVICE_IDS as readonly string[]).includes(named)) throw new Error(`CLOUDMQ_TEST_SERVICE=${named} is no service; the services are ${SERVICE_IDS.join(', ')}`);
    return [named as ServiceId];
  }
  const fromPackage = SERVICE_IDS.find((id) => env.npm_package_name === `@cloudmq/${id}`);
  return fromPackage ? [fromPackage] : SERVICE_IDS;
}
