import type { PlanNode } from "@/db/testing/captured-plans";

/*
 * A captured plan (auto_explain's JSON) as the indented text EXPLAIN prints, with the parts that
 * say whether an index served: node, relation and index, conditions, rows, loops, buffers.
 */

const CONDITIONS = [
  "Index Cond",
  "Recheck Cond",
  "Hash Cond",
  "Merge Cond",
  "Join Filter",
  "Filter",
  "Sort Key",
  "Sort Method",
  "Conflict Resolution",
] as const;

function title(node: PlanNode): string {
  const parts = [
    node["Scan Direction"] === "Backward" ? `${node["Node Type"]} Backward` : node["Node Type"],
  ];
  if (node.Operation && node["Node Type"] === "ModifyTable") parts[0] = String(node.Operation);
  if (node["Join Type"] && node["Join Type"] !== "Inner") parts.push(`(${node["Join Type"]})`);
  if (node["Index Name"]) parts.push(`using ${node["Index Name"]}`);
  if (node["Relation Name"]) parts.push(`on ${node["Relation Name"]}`);
  if (node["CTE Name"]) parts.push(`CTE ${node["CTE Name"]}`);
  if (node["Subplan Name"]) parts.unshift(`${node["Subplan Name"]}:`);
  return parts.join(" ");
}

function figures(node: PlanNode): string {
  const rows = node["Actual Rows"];
  const loops = node["Actual Loops"] ?? 1;
  const time = node["Actual Total Time"];
  const parts = [`rows=${rows}${loops === 1 ? "" : ` loops=${loops}`}`];
  if (typeof time === "number") parts.unshift(`${time.toFixed(1)} ms`);
  const buffers = [
    ["hit", node["Shared Hit Blocks"]],
    ["read", node["Shared Read Blocks"]],
    ["dirtied", node["Shared Dirtied Blocks"]],
    ["temp", Number(node["Temp Read Blocks"] ?? 0) + Number(node["Temp Written Blocks"] ?? 0) || 0],
  ].filter(([, count]) => Number(count) > 0);
  if (buffers.length) parts.push(`buffers ${buffers.map(([k, v]) => `${k}=${v}`).join(" ")}`);
  return `(${parts.join(", ")})`;
}

function details(node: PlanNode): string[] {
  const lines: string[] = [];
  for (const key of CONDITIONS) {
    const value = node[key];
    if (value !== undefined)
      lines.push(`${key}: ${Array.isArray(value) ? value.join(", ") : value}`);
  }
  for (const key of [
    "Rows Removed by Filter",
    "Rows Removed by Index Recheck",
    "Exact Heap Blocks",
  ]) {
    if (Number(node[key] ?? 0) > 0) lines.push(`${key}: ${node[key]}`);
  }
  for (const key of ["Tuples Inserted", "Conflicting Tuples"]) {
    if (node[key] !== undefined) lines.push(`${key}: ${node[key]}`);
  }
  return lines;
}

export function renderPlan(plan: PlanNode, depth = 0): string {
  const indent = "  ".repeat(depth);
  const lines = [`${indent}${depth ? "-> " : ""}${title(plan)}  ${figures(plan)}`];
  for (const line of details(plan)) lines.push(`${indent}${depth ? "     " : "  "}${line}`);
  for (const child of plan.Plans ?? []) lines.push(renderPlan(child, depth + 1));
  return lines.join("\n");
}
