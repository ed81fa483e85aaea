import type { Results } from "./evaluation.ts";

/** One CSV cell: quoted when needed, and defused when a spreadsheet would run it as a formula. */
export const csvCell = (value: string | number | boolean): string => {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

const pounds = (pence: number) => (pence / 100).toFixed(2);
const two = (n: number) => n.toFixed(2);

/** The ranked results as CSV, best first, with the working: one column per moderated answer. */
export const resultsCsv = (results: Results): string => {
  const questions = results.weights.questions;
  const header = [
    "Rank",
    "Organisation",
    "Submitted at",
    ...questions.map((q, i) => `Question ${i + 1} moderated score (weight ${q.weight})`),
    `Social value moderated score (weight ${results.weights.socialValue})`,
    "Quality score",
    "Social value score",
    "Volume-weighted price per referral (GBP)",
    "Lowest volume-weighted price (GBP)",
    `Price score (weight ${results.weights.price})`,
    "Total",
    "Passes quality threshold",
    "Estimated contract value (GBP)",
    "Over budget",
  ];
  const rows = results.ranking.map((r) => [
    r.rank,
    r.organisationName,
    r.submittedAt,
    ...questions.map((q) => r.quality.find((line) => line.id === q.id)?.moderated ?? ""),
    r.socialValue.moderated,
    two(r.qualityScore),
    two(r.socialValueScore),
    pounds(r.weightedPricePence),
    pounds(r.lowestWeightedPricePence),
    two(r.priceScore),
    two(r.total),
    r.passesQualityThreshold ? "yes" : "no",
    r.estimatedContractValuePence === undefined ? "" : pounds(r.estimatedContractValuePence),
    r.overBudget ? "yes" : "no",
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
};
