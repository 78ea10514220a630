const FIRST = ["Ava", "Ben", "Chloé", "Dmitri", "Elif", "Farah", "Gustav", "Hana", "Ivan", "Jonas"];
const LAST = ["Almeida", "Brown", "Čapek", "Dubois", "Eriksen", "Fischer", "García", "Hughes"];
const CITIES = ["Lisbon,Portugal", "Austin,United States", "Lyon,France", "Berlin,Germany"];

/**
 * A CRM-like export of `rows` unique leads, ~150 bytes a row: 50,000 rows make a 7 MB file,
 * generated at run time rather than committed.
 */
export function bigLeadsCsv(rows: number, domain = "bulk.example.com"): string {
  const lines = ["Email,First Name,Last Name,Company,Job Title,Phone,City,Country,Website,Notes"];
  for (let i = 0; i < rows; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[i % LAST.length];
    const city = CITIES[i % CITIES.length];
    const phone = `+1 512 555 ${String(i % 10_000).padStart(4, "0")}`;
    lines.push(
      `lead${i}@${domain},${first},${last},Company ${i % 997} LLC,Account Executive ${i % 13},${phone},${city},https://company${i % 997}.example.com,"Met at booth ${i % 50}, follow up"`,
    );
  }
  return `${lines.join("\n")}\n`;
}
