import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';

export interface ChartSeries {
  key: string;
  label: string;
  /** One value per category; null where the count is hidden by disclosure control. */
  values: readonly (number | null)[];
  /** Written where a value is null, when it differs from the chart's suppressedLabel (e.g. ".." beside "<5"). */
  hiddenLabels?: readonly (string | undefined)[];
}

export interface BarChartProps {
  id: string;
  /** Shown above the chart and read as the image's name. */
  title: string;
  /** The text alternative: what the chart shows, in a sentence or two (the table beside it has the numbers). */
  summary: string;
  /** The groups along the horizontal axis, e.g. quarters. */
  categories: readonly string[];
  /** The bars in each group; at most six, each drawn in its own colour (chart__bar--0 to 5). */
  series: readonly ChartSeries[];
  formatNumber: (value: number) => string;
  /** Written where a count is hidden, e.g. "<5". */
  suppressedLabel: string;
}

const size = { width: 720, height: 320 };
const margin = { top: 16, right: 8, bottom: 40, left: 48 };
const innerWidth = size.width - margin.left - margin.right;
const innerHeight = size.height - margin.top - margin.bottom;
export const maxChartSeries = 6;

/**
 * A grouped bar chart in SVG (visx), with no inline script or style, so it renders under the
 * strict CSP: colours come from classes in styles.css. The SVG is one image with a name and a
 * description; its numbers are in the table the page shows beside it, so nothing is only visual.
 */
export function BarChart({ id, title, summary, categories, series, formatNumber, suppressedLabel }: BarChartProps) {
  const shown = series.slice(0, maxChartSeries);
  const largest = Math.max(1, ...shown.flatMap((s) => s.values.map((v) => v ?? 0)));
  const x = scaleBand({ domain: [...categories], range: [0, innerWidth], padding: 0.2 });
  const inGroup = scaleBand({ domain: shown.map((s) => s.key), range: [0, x.bandwidth()], padding: 0.1 });
  const y = scaleLinear({ domain: [0, largest], range: [innerHeight, 0], nice: true });
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;

  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart__title">
        {title}
      </figcaption>
      <svg
        className="chart__image"
        viewBox={`0 0 ${size.width} ${size.height}`}
        role="img"
        aria-labelledby={`${titleId} ${summaryId}`}
      >
        <desc id={summaryId}>{summary}</desc>
        <Group left={margin.left} top={margin.top}>
          {categories.map((category, c) => (
            <Group key={category} left={x(category) ?? 0}>
              {shown.map((s, n) => {
                const value = s.values[c] ?? null;
                const left = inGroup(s.key) ?? 0;
                if (value === null) {
                  return (
                    <text key={s.key} className="chart__suppressed" x={left + inGroup.bandwidth() / 2} y={innerHeight - 4} textAnchor="middle">
                      {s.hiddenLabels?.[c] ?? suppressedLabel}
                    </text>
                  );
                }
                const top = y(value);
                return <Bar key={s.key} className={`chart__bar chart__bar--${n}`} x={left} y={top} width={inGroup.bandwidth()} height={innerHeight - top} />;
              })}
            </Group>
          ))}
          <AxisLeft scale={y} numTicks={5} tickFormat={(value) => formatNumber(Number(value))} axisClassName="chart__axis" />
          <AxisBottom scale={x} top={innerHeight} axisClassName="chart__axis" />
        </Group>
      </svg>
      {shown.length > 1 && (
        <ul className="chart__legend">
          {shown.map((s, n) => (
            <li key={s.key} className="chart__legend-item">
              <span className={`chart__swatch chart__bar--${n}`} aria-hidden="true" />
              {s.label}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
