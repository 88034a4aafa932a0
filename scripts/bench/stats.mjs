// Summaries of timing samples: the median and the nearest-rank 95th percentile, rounded for printing.

const round = (value, digits = 1) => +value.toFixed(digits);

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest rank: the smallest sample with at least 95% of the samples at or below it. */
export function p95(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)];
}

export function summarize(samples) {
  return {
    runs: samples.length,
    medianMs: round(median(samples)),
    p95Ms: round(p95(samples)),
    minMs: round(Math.min(...samples)),
    maxMs: round(Math.max(...samples)),
  };
}

export function ratio(value, floor) {
  return floor > 0 ? round(value / floor, 2) : null;
}

/** PASS or MISS against a target ratio (or an absolute ceiling); REPORT when the issue sets no target. */
export function verdict(value, target) {
  if (target === null || target === undefined || value === null) return 'REPORT';
  return value <= target ? 'PASS' : 'MISS';
}
