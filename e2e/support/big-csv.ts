import { once } from "node:events";
import { createWriteStream } from "node:fs";

const FIRST = ["Ava", "Ben", "Chloé", "Dmitri", "Elif", "Farah", "Gustav", "Hana", "Ivan", "Jonas"];
const LAST = ["Almeida", "Brown", "Čapek", "Dubois", "Eriksen", "Fischer", "García", "Hughes"];
const CITIES = ["Lisbon,Portugal", "Austin,United States", "Lyon,France", "Berlin,Germany"];
const HEADER = "Email,First Name,Last Name,Company,Job Title,Phone,City,Country,Website,Notes";

function leadLine(i: number, domain: string): string {
  const first = FIRST[i % FIRST.length];
  const last = LAST[i % LAST.length];
  const city = CITIES[i % CITIES.length];
  const phone = `+1 512 555 ${String(i % 10_000).padStart(4, "0")}`;
  return `lead${i}@${domain},${first},${last},Company ${i % 997} LLC,Account Executive ${i % 13},${phone},${city},https://company${i % 997}.example.com,"Met at booth ${i % 50}, follow up"`;
}

/**
 * A CRM-like export of `rows` unique leads, ~150 bytes a row: 50,000 rows make a 7 MB file,
 * generated at run time rather than committed.
 */
export function bigLeadsCsv(rows: number, domain = "bulk.example.com"): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) lines.push(leadLine(i, domain));
  return `${lines.join("\n")}\n`;
}

/** The same file written to `path` a piece at a time: a million rows never sit in one string. */
export async function writeBigLeadsCsv(path: string, rows: number, domain = "bulk.example.com") {
  const out = createWriteStream(path);
  out.write(`${HEADER}\n`);
  for (let start = 0; start < rows; start += 10_000) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(rows, start + 10_000); i++) lines.push(leadLine(i, domain));
    if (!out.write(`${lines.join("\n")}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}
