// A credential's usage history as a chart: stacked bars per day (accepted, refused, rate limited), an SVG of our own.
import { api, type Schemas } from '../api.ts';
import { useLoad } from '../hooks.ts';
import { ErrorNote, Loading } from '../ui.tsx';

export type Usage = Schemas['Usage'];
export type UsageBucket = Usage['buckets'][number];

/** Whose usage: a key's (its owner and the key) or an app's. */
export type UsageOf = { user: string; key: string } | { app: string };

export const loadUsage = (
  of: UsageOf,
  query: { from?: string; to?: string; per_page?: number; direction?: 'asc' | 'desc' },
) =>
  'app' in of
    ? api.GET('/v0/apps/{app}/usage', { params: { path: of, query: { granularity: 'day', ...query } } })
    : api.GET('/v0/users/{user}/keys/{key}/usage', {
        params: { path: of, query: { granularity: 'day', ...query } },
      });

/** The series, bottom to top, with their colours (the palette's good, bad and warning tones). */
const SERIES = [
  { name: 'Accepted', colour: '#2f7d4f', of: (b: UsageBucket) => b.accepted },
  {
    name: 'Refused',
    colour: '#b3261e',
    of: (b: UsageBucket) => Object.values(b.refused).reduce((sum, n) => sum + n, 0),
  },
  {
    name: 'Rate limited or exhausted',
    colour: '#b76e00',
    of: (b: UsageBucket) => b.rate_limited + b.usage_exhausted,
  },
] as const;

const WIDTH = 640;
const HEIGHT = 180;
const LEFT = 40;
const BOTTOM = 22;

/** A round maximum for the axis: 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (value <= step * power) return step * power;
  return 10 * power;
}

const day = (iso: string) => iso.slice(5, 10);

/** Stacked bars, one per bucket, oldest on the left; each bar's title tells its counts. */
export function UsageChart({ buckets }: { buckets: UsageBucket[] }) {
  const totals = buckets.map((bucket) => SERIES.reduce((sum, series) => sum + series.of(bucket), 0));
  const max = niceMax(Math.max(0, ...totals));
  const plotWidth = WIDTH - LEFT;
  const plotHeight = HEIGHT - BOTTOM;
  const slot = plotWidth / Math.max(1, buckets.length);
  const scale = (n: number) => (n / max) * (plotHeight - 8);
  const labelEvery = Math.ceil(buckets.length / 8);
  return (
    <figure className="usage-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Requests per day: ${totals.reduce((a, b) => a + b, 0)} in ${buckets.length} days`}
      >
        {(Number.isInteger(max / 2) ? [0, max / 2, max] : [0, max]).map((tick) => (
          <g key={tick}>
            <line
              x1={LEFT}
              x2={WIDTH}
              y1={plotHeight - scale(tick)}
              y2={plotHeight - scale(tick)}
              stroke="#ddd"
            />
            <text x={LEFT - 6} y={plotHeight - scale(tick) + 4} textAnchor="end" fontSize="11" fill="#555">
              {tick}
            </text>
          </g>
        ))}
        {buckets.map((bucket, index) => {
          let y = plotHeight;
          const x = LEFT + index * slot + slot * 0.15;
          return (
            <g key={bucket.start}>
              <title>
                {`${bucket.start.slice(0, 10)}: ${SERIES.map((series) => `${series.of(bucket)} ${series.name.toLowerCase()}`).join(', ')}`}
              </title>
              {SERIES.map((series) => {
                const height = scale(series.of(bucket));
                y -= height;
                return height > 0 ? (
                  <rect
                    key={series.name}
                    x={x}
                    y={y}
                    width={slot * 0.7}
                    height={height}
                    fill={series.colour}
                  />
                ) : null;
              })}
              {index % labelEvery === 0 && (
                <text x={x + slot * 0.35} y={HEIGHT - 6} textAnchor="middle" fontSize="11" fill="#555">
                  {day(bucket.start)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {SERIES.map((series) => (
          <span key={series.name} className="legend">
            <span className="swatch" style={{ background: series.colour }} /> {series.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** The last 30 days of a key's or an app's usage: the chart, the totals and the busiest addresses. */
export function UsageCard({ of }: { of: UsageOf }) {
  const usage = useLoad(() => loadUsage(of, { per_page: 31, direction: 'asc' }), [JSON.stringify(of)]);
  const data = usage.data;
  return (
    <div className="card">
      <h2>Usage, last 30 days</h2>
      {usage.loading && !data && <Loading what="usage" />}
      <ErrorNote error={usage.error} />
      {data && (
        <>
          <UsageChart buckets={data.buckets} />
          <p>
            {data.totals.accepted} accepted, {data.totals.refused} refused, {data.totals.rate_limited} rate
            limited. Used {data.permissions.used.filter((use) => use.allowed > 0).length} of its{' '}
            {data.permissions.granted.length} permissions.
          </p>
          {data.addresses.length > 0 && (
            <p className="muted">
              From {data.addresses.map((address) => `${address.address} (${address.requests})`).join(', ')}
            </p>
          )}
        </>
      )}
    </div>
  );
}
