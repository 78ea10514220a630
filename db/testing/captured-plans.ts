import type postgres from "postgres";

/*
 * The plans of the statements the services really send, as PostgreSQL ran them: auto_explain
 * (a contrib module shipped with PostgreSQL) logs `EXPLAIN (ANALYZE, BUFFERS)` of every statement
 * at NOTICE level, so the session that ran it receives the plan. Tests and the bench read them
 * instead of restating the services' SQL.
 */

export interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Loops"?: number;
  "Subplans Removed"?: number;
  Plans?: PlanNode[];
  [key: string]: unknown;
}

export interface CapturedPlan {
  query: string;
  durationMs: number;
  plan: PlanNode;
  /** Time spent in triggers, foreign key checks included (EXPLAIN ANALYZE's "Trigger for …"). */
  triggers: { name: string; ms: number; calls: number }[];
}

/**
 * Every later session of `database` explains each statement it runs, nested ones too (foreign
 * key checks, SQL functions) unless `isNested` is false. `timing` adds per-node times, which
 * cost a clock read per row.
 */
export async function explainEverySession(
  admin: postgres.Sql,
  database: string,
  { timing = false, isNested = true }: { timing?: boolean; isNested?: boolean } = {},
): Promise<void> {
  const settings: Record<string, string> = {
    session_preload_libraries: "auto_explain",
    "auto_explain.log_min_duration": "0",
    "auto_explain.log_level": "notice",
    "auto_explain.log_format": "json",
    "auto_explain.log_analyze": "on",
    "auto_explain.log_buffers": "on",
    "auto_explain.log_triggers": "on",
    "auto_explain.log_timing": timing ? "on" : "off",
    "auto_explain.log_nested_statements": isNested ? "on" : "off",
  };
  for (const [name, value] of Object.entries(settings)) {
    await admin.unsafe(`alter database "${database}" set ${name} = '${value}'`);
  }
}

const PLAN_NOTICE = /^duration: ([\d.]+) ms\s+plan:\n/;

/** Collects the plans auto_explain sends; pass `onNotice` to the connection (openPostgres). */
export class PlanCollector {
  private plans: CapturedPlan[] = [];

  readonly onNotice = (notice: { message?: string }) => {
    const match = PLAN_NOTICE.exec(notice.message ?? "");
    if (!match) return;
    const explained = JSON.parse((notice.message ?? "").slice(match[0].length)) as {
      "Query Text": string;
      Plan: PlanNode;
      Triggers?: { "Trigger Name": string; Time: number; Calls: number }[];
    };
    this.plans.push({
      query: explained["Query Text"],
      durationMs: Number(match[1]),
      plan: explained.Plan,
      triggers: (explained.Triggers ?? []).map((trigger) => ({
        name: trigger["Trigger Name"],
        ms: trigger.Time,
        calls: trigger.Calls,
      })),
    });
  };

  /** The plans of every statement `run` sent, in the order they finished. */
  async during<T>(run: () => Promise<T>): Promise<{ value: T; plans: CapturedPlan[] }> {
    this.plans = [];
    const value = await run();
    const plans = this.plans;
    this.plans = [];
    return { value, plans };
  }
}

export function planNodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(planNodes)];
}

/** Relations a plan read or wrote in nodes that ran at least once. */
export function relationsRead(plan: PlanNode): string[] {
  return planNodes(plan)
    .filter((node) => node["Relation Name"] && (node["Actual Loops"] ?? 1) > 0)
    .map((node) => node["Relation Name"] as string);
}
