/**
 * Where each field of a plan step's form stands (`#<prefix>-<name>`), for the error summary's links; the
 * fields are named as the request's, so the API's errors land on them.
 */
export const stepFields = (prefix: string, names: readonly string[]): Record<string, string> =>
  Object.fromEntries(names.map((name) => [name, `#${prefix}-${name}`]));

type Choice = { value: string; text: string }[];

/** The commissioner's answers to a submitted plan. */
export const reviewAnswers: Choice = [
  { value: "agree", text: "Agree the plan" },
  { value: "send-back", text: "Send it back with comments" },
];

/** Where an agreed action stands. */
export const actionStates: Choice = [
  { value: "not-started", text: "Not started" },
  { value: "in-progress", text: "In progress" },
  { value: "done", text: "Done" },
];

/** How a closed plan turned out. */
export const planOutcomes: Choice = [
  { value: "improved", text: "Improved" },
  { value: "partly-improved", text: "Partly improved" },
  { value: "not-improved", text: "Not improved" },
];
