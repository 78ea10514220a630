import { formatCount, formatDuration } from "@/components/ui/format";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { ActiveRun } from "../run/run-machine";

/**
 * Rows done of the total, the rate since sending last (re)started (rows over the time to the
 * last answer) and the time left at that rate, counted down between answers.
 */
export function ImportProgress({ run, now }: { run: ActiveRun; now: number }) {
  const { rowsDone, rowsTotal, rateFrom, lastChunkAt } = run.progress;
  const elapsed = (lastChunkAt - rateFrom.at) / 1000;
  const rows = rowsDone - rateFrom.rows;
  const rate = rows > 0 && elapsed > 0 ? rows / elapsed : 0;
  const sinceLast = Math.max(0, (now - lastChunkAt) / 1000);
  const left = rate > 0 ? Math.max(0, (rowsTotal - rowsDone) / rate - sinceLast) : Number.NaN;
  const percent = rowsTotal > 0 ? Math.floor((rowsDone / rowsTotal) * 100) : 0;
  return (
    <div className="import-progress">
      <ProgressBar
        label="Import progress"
        value={rowsDone}
        max={rowsTotal}
        valueText={`${formatCount(rowsDone)} of ${formatCount(rowsTotal)} rows imported`}
      />
      <dl className="progress-facts">
        <div>
          <dt>Rows</dt>
          <dd data-testid="import-rows-done">
            {formatCount(rowsDone)} of {formatCount(rowsTotal)} ({percent}%)
          </dd>
        </div>
        <div>
          <dt>Rate</dt>
          <dd>{rate > 0 ? `${formatCount(Math.round(rate))} rows/s` : "—"}</dd>
        </div>
        <div>
          <dt>Time left</dt>
          <dd>
            {run.retry
              ? "waiting for the connection"
              : rate > 0
                ? formatDuration(left)
                : "estimating…"}
          </dd>
        </div>
      </dl>
    </div>
  );
}
