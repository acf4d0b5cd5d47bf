import type { Point } from '../../../domain/task-history';
import { formatDuration } from '../../../lib/format';
import { t } from '../../../lib/i18n';

const WIDTH = 600;
const HEIGHT = 120;
const PAD = 6;

interface Mark {
  at: number;
  value: number;
  /** Said in the chart's table, e.g. "went backwards from 90 %". */
  note: string;
}

interface TrendChartProps {
  /** The accessible name, e.g. "Progress over time". */
  title: string;
  /** A sentence describing the whole chart for screen readers and as a caption. */
  summary: string;
  points: readonly Point[];
  /** Highest value on the axis (100 for progress). */
  max: number;
  /** Draws the line as steps (a queue position holds until it changes). */
  steps?: boolean;
  marks?: readonly Mark[];
  formatValue: (value: number) => string;
  formatTime: (at: number) => string;
}

/** A small line chart over time, with its numbers available as a table. */
export function TrendChart(props: TrendChartProps) {
  const { title, summary, points, max, steps = false, marks = [], formatValue, formatTime } = props;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  const span = Math.max(1, last.at - first.at);
  const x = (at: number) => PAD + ((at - first.at) / span) * (WIDTH - 2 * PAD);
  const y = (value: number) => HEIGHT - PAD - (Math.min(value, max) / max) * (HEIGHT - 2 * PAD);
  const path = points
    .map((point, index) => {
      const previous = points[index - 1];
      const move = `${index === 0 ? 'M' : 'L'}${x(point.at).toFixed(1)},${y(point.value).toFixed(1)}`;
      return steps && previous
        ? `L${x(point.at).toFixed(1)},${y(previous.value).toFixed(1)} ${move}`
        : move;
    })
    .join(' ');
  const noteAt = new Map(marks.map((mark) => [mark.at, mark.note]));

  return (
    <figure className="space-y-1">
      <figcaption className="text-sm font-medium text-slate-800">{title}</figcaption>
      <svg
        role="img"
        aria-label={t('{title}: {summary}', { title, summary })}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-28 w-full rounded bg-slate-50 ring-1 ring-slate-200"
        preserveAspectRatio="none"
      >
        <line x1={PAD} x2={WIDTH - PAD} y1={y(max)} y2={y(max)} className="stroke-slate-200" />
        <path
          d={path}
          fill="none"
          className="stroke-indigo-500"
          strokeWidth={2}
          vectorEffect="non-scaling-stroke"
        />
        {points.map((point) => (
          <circle
            key={point.at}
            cx={x(point.at)}
            cy={y(point.value)}
            r={noteAt.has(point.at) ? 4 : 2}
            className={noteAt.has(point.at) ? 'fill-rose-600' : 'fill-indigo-500'}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
      <div className="flex justify-between text-xs text-slate-600" aria-hidden="true">
        <span>{formatTime(first.at)}</span>
        <span>{formatDuration(span / 1000)}</span>
        <span>{formatTime(last.at)}</span>
      </div>
      <p className="text-xs text-slate-600">{summary}</p>
      <details className="text-sm">
        <summary className="cursor-pointer py-0.5 text-slate-700">{t('Show the numbers')}</summary>
        <table className="mt-1 w-full text-left text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="text-slate-600">
              <th scope="col" className="py-0.5 pr-4 font-normal">
                {t('Time')}
              </th>
              <th scope="col" className="py-0.5 pr-4 font-normal">
                {t('Value')}
              </th>
              <th scope="col" className="py-0.5 font-normal">
                {t('Note')}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.at} className="border-t border-slate-100">
                <td className="py-0.5 pr-4 tabular-nums">{formatTime(point.at)}</td>
                <td className="py-0.5 pr-4 tabular-nums">{formatValue(point.value)}</td>
                <td className="py-0.5 text-rose-800">{noteAt.get(point.at) ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
