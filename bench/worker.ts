import { copyCase, drizzleBatchCase, naiveLoopCase } from "./cases/baselines";
import { csvPhasesCase, engineCase, engineUpdateCase, jsonPhasesCase } from "./cases/engine";
import { workbookParseCase } from "./cases/workbook";
import { printResult, type WorkerJob, type WorkerResult } from "./worker-protocol";

/** One in-process case in its own process; see runWorker. */
function run(job: WorkerJob): Promise<WorkerResult> {
  switch (job.kind) {
    case "engine":
      return engineCase(job.db, job.spec);
    case "engine-update":
      return engineUpdateCase(job.db, job.spec);
    case "csv-phases":
      return csvPhasesCase(job.db, job.spec);
    case "json-phases":
      return jsonPhasesCase(job.db, job.spec);
    case "copy":
      return copyCase(job.spec);
    case "copy-lean":
      return copyCase(job.spec, true);
    case "naive":
      return naiveLoopCase(job.spec);
    case "drizzle-batch":
      return drizzleBatchCase(job.spec);
    case "xlsx-parse":
      return workbookParseCase();
  }
}

const job = JSON.parse(process.argv[2] ?? "null") as WorkerJob;
printResult(await run(job));
// postgres.js and PGlite may keep timers alive; the result is out, so the worker is done.
process.exit(0);
