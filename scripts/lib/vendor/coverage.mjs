// The coverage table of the vendor check: operations described of the vendor's, per service; CONTRIBUTING.md shows it.

/**
 * A Markdown table: service, operations described, the vendor's operations, the share.
 * @param {{ service: string, described: number, vendorOperations: number, snapshot: import('./snapshot-format.mjs').VendorSnapshot }[]} results
 */
export function coverageTable(results) {
  const rows = results.map(({ service, described, vendorOperations, snapshot }) => {
    const source = `${snapshot.source.repository}${snapshot.source.version ? ` ${snapshot.source.version}` : ''} @ ${snapshot.source.commit?.slice(0, 12) ?? 'no commit'}`;
    return `| ${service} | ${described} | ${vendorOperations} | ${percent(described, vendorOperations)} | ${source} |`;
  });
  const described = results.reduce((sum, result) => sum + result.described, 0);
  const vendor = results.reduce((sum, result) => sum + result.vendorOperations, 0);
  return [
    '| service | described | vendor operations | coverage | vendor metadata |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    `| all | ${described} | ${vendor} | ${percent(described, vendor)} | |`,
  ].join('\n');
}

function percent(part, whole) {
  return `${whole === 0 ? 0 : Math.round((100 * part) / whole)} %`;
}
