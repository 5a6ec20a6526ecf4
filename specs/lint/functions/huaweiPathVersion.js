// Reports every path of a Huawei Cloud description (a server on myhuaweicloud.*) that does not start with /v<N>/.
const HUAWEI_SERVER = /\.myhuaweicloud\.(com|eu)/;
const VERSIONED_PATH = /^\/v[0-9]+\//;

export default function huaweiPathVersion(document) {
  const servers = document?.servers ?? [];
  if (!servers.some((server) => HUAWEI_SERVER.test(server.url ?? ''))) return [];
  return Object.keys(document.paths ?? {})
    .filter((path) => !VERSIONED_PATH.test(path))
    .map((path) => ({ message: `Path "${path}" does not start with a version segment such as /v2/.`, path: ['paths', path] }));
}
