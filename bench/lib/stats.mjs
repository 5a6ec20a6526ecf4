// Summaries of repeated measurements.

/** The smallest and the median of `values`. */
export function minAndMedian(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)] };
}
