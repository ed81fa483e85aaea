/** Prints one titled table with a sentence saying what its figures mean. */
export const printTable = (title: string, meaning: string, rows: Record<string, string | number>[]) => {
  console.log(`\n${title}`);
  console.log(`  ${meaning}`);
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells: string[]) => `  ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ")}`;
  console.log(line(columns));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(columns.map((c) => String(row[c]))));
};
