import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import type { BenchDatabase } from "./bench-database";

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (Linux's USER_HZ). */
const TICKS_PER_SECOND = 100;

function cpuTicks(pid: number): number {
  try {
    // Fields after the command (which may hold spaces): state is 3rd, utime 14th, stime 15th.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

async function backendPids(bench: BenchDatabase): Promise<number[]> {
  const rows = rowsOf<{ pid: number }>(
    await bench.database.db.execute(
      sql`select pid from pg_stat_activity where datname = current_database()`,
    ),
  );
  return rows.map((row) => Number(row.pid));
}

const ticksToMs = (ticks: number) => Math.round((ticks * 1000) / TICKS_PER_SECOND);

/**
 * CPU time spent by this process (or the server process `serverPid`) and by the PostgreSQL
 * backends serving the bench database (same machine): unlike wall time, it barely moves when
 * other work shares the cores. Backends that start during the run count whole; one that ends
 * before `stop` is missed (the pool keeps its connections open, so none does).
 */
export async function watchCpu(bench: BenchDatabase, serverPid?: number) {
  const nodeBefore = process.cpuUsage();
  const serverBefore = serverPid === undefined ? 0 : cpuTicks(serverPid);
  const before = new Map<number, number>();
  for (const pid of await backendPids(bench)) before.set(pid, cpuTicks(pid));
  return {
    async stop(): Promise<{ nodeCpuMs: number; dbCpuMs: number }> {
      const node = process.cpuUsage(nodeBefore);
      let ticks = 0;
      for (const pid of await backendPids(bench)) ticks += cpuTicks(pid) - (before.get(pid) ?? 0);
      return {
        nodeCpuMs:
          serverPid === undefined
            ? Math.round((node.user + node.system) / 1000)
            : ticksToMs(cpuTicks(serverPid) - serverBefore),
        dbCpuMs: ticksToMs(ticks),
      };
    },
  };
}
