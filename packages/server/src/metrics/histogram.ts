// A histogram whose observation is a bucket scan and two additions: no labels object, no hash string, no allocation.
import type { Metric, MetricValueWithName } from 'prom-client';

/** One label set's buckets; made once (at route registration, or on first use), then only incremented. */
export class Timings {
  readonly counts: Float64Array;
  sum = 0;
  count = 0;

  constructor(private readonly bounds: readonly number[]) {
    this.counts = new Float64Array(bounds.length);
  }

  /** Seconds. */
  observe(value: number): void {
    this.sum += value;
    this.count += 1;
    const bounds = this.bounds;
    for (let i = 0; i < bounds.length; i++) {
      if (value <= (bounds[i] as number)) {
        (this.counts[i] as number) += 1;
        return;
      }
    }
  }
}

type Labels = Record<string, string>;

/**
 * Timings under label sets, shown to prom-client's registry as a metric: prom-client's own Histogram
 * builds a labels object and a hash string on every observation, which the hot path cannot afford.
 */
export class AccumulatedHistogram {
  readonly type = 'histogram' as const;
  readonly aggregator = 'sum' as const;
  private readonly series: { labels: Labels; timings: Timings }[] = [];

  constructor(
    readonly name: string,
    readonly help: string,
    readonly bounds: readonly number[],
  ) {}

  /** The timings for one label set; call once per label set and keep the result. */
  timingsFor(labels: Labels): Timings {
    const found = this.series.find((entry) => sameLabels(entry.labels, labels));
    if (found) return found.timings;
    const timings = new Timings(this.bounds);
    this.series.push({ labels, timings });
    return timings;
  }

  /** prom-client's registry renders any metric from this shape. */
  async get(): Promise<{
    name: string;
    help: string;
    type: 'histogram';
    aggregator: 'sum';
    values: MetricValueWithName<string>[];
  }> {
    const values: MetricValueWithName<string>[] = [];
    for (const { labels, timings } of this.series) {
      if (timings.count === 0) continue;
      let cumulative = 0;
      for (const [i, bound] of this.bounds.entries()) {
        cumulative += timings.counts[i] ?? 0;
        values.push({
          metricName: `${this.name}_bucket`,
          labels: { ...labels, le: bound },
          value: cumulative,
        });
      }
      values.push({
        metricName: `${this.name}_bucket`,
        labels: { ...labels, le: '+Inf' },
        value: timings.count,
      });
      values.push({ metricName: `${this.name}_sum`, labels, value: timings.sum });
      values.push({ metricName: `${this.name}_count`, labels, value: timings.count });
    }
    return {
      name: this.name,
      help: this.help,
      type: this.type,
      aggregator: this.aggregator,
      values,
    };
  }

  /**
   * Registered as prom-client metrics are: the registry reads only name, type and get(). (prom-client's
   * types declare `type` an enum; at run time, and in its own metrics, it is the string.)
   */
  asMetric(): Metric<string> {
    return this as unknown as Metric<string>;
  }
}

const sameLabels = (a: Labels, b: Labels): boolean => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
};
