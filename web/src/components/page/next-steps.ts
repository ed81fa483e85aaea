/** What a person can do about a broken rule the API named, given the page's route parameters. */
export interface NextStep {
  text: string;
  href: string;
}

type Params = Readonly<Partial<Record<string, string>>>;

const nextSteps: Record<string, (params: Params) => NextStep | undefined> = {
  "conflicts-not-declared": ({ opportunityId }) =>
    opportunityId
      ? {
          text: "Declare any conflicts of interest first",
          href: `/opportunities/${opportunityId}/evaluation/declaration`,
        }
      : undefined,
};

/** The next step for a rule, when the portal knows one and the page has what its link needs. */
export function nextStepFor(rule: string | undefined, params: Params): NextStep | undefined {
  return rule ? nextSteps[rule]?.(params) : undefined;
}
