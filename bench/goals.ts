/**
 * The goals the bench holds its figures against (issue 15's table, and "reads do not grow with the
 * data" from issue 7). Each figure is printed beside its goal with "met" or "missed", and every
 * judged figure is written to bench/results/latest.json, so a reader never has to remember a target.
 */
export interface Goal {
  /** What is measured, in words. */
  figure: string;
  /** "at most" for sizes, times and ratios; "at least" for throughput. */
  kind: "at most" | "at least";
  target: number;
  unit: string;
}

export const goals = {
  bundleKb: { figure: "Lambda bundle per context, minified", kind: "at most", target: 250, unit: "KB" },
  importMs: { figure: "import time of a bundle in a fresh Node", kind: "at most", target: 60, unit: "ms" },
  firstPageKb: {
    figure: "JS + CSS before a role's first page, gzipped",
    kind: "at most",
    target: 120,
    unit: "KB",
  },
  overhead: { figure: "read overhead gateway ÷ raw DynamoDB, p50", kind: "at most", target: 1.25, unit: "×" },
  scale: { figure: "read at 100× the data ÷ read at 1×, p50", kind: "at most", target: 1.25, unit: "×" },
  throughput: {
    figure: "throughput, 50 clients, 0 errors, 0 lost writes",
    kind: "at least",
    target: 1000,
    unit: "req/s",
  },
} as const satisfies Record<string, Goal>;

/** One figure judged against its goal. */
export interface Judged {
  figure: string;
  subject: string;
  measured: number;
  goal: string;
  met: boolean;
}

const judgements: Judged[] = [];

/** Judges `measured` against `goal`, remembers it for the summary and returns "met" / "missed". */
export const judge = (goal: Goal, subject: string, measured: number, extraCondition = true): string => {
  const within = goal.kind === "at most" ? measured <= goal.target : measured >= goal.target;
  const met = within && extraCondition;
  judgements.push({
    figure: goal.figure,
    subject,
    measured,
    goal: `${goal.kind === "at most" ? "≤" : "≥"} ${goal.target.toLocaleString("en-GB")} ${goal.unit}`,
    met,
  });
  return met ? "met" : "missed";
};

/** Every judgement made so far, in the order made. */
export const judged = (): readonly Judged[] => judgements;

/** The goal's text, for a table column header or cell. */
export const goalText = (goal: Goal) =>
  `${goal.kind === "at most" ? "≤" : "≥"} ${goal.target.toLocaleString("en-GB")} ${goal.unit}`;
