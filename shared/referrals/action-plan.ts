/**
 * How far an action plan may go beyond the sessions the contract's intervention states for its tier:
 * a quarter more (at least one), so a caseworker can respond to need without turning a 4-session
 * intervention into a 99-session one. See docs/adr/0016-action-plan-session-tolerance.md.
 */
export const planSessionTolerance = (contracted: number): number => Math.max(1, Math.ceil(contracted * 0.25));

/** The most sessions an action plan may have for an intervention that states `contracted` sessions. */
export const maxPlanSessions = (contracted: number): number => contracted + planSessionTolerance(contracted);

/** The limit as a person reads it, e.g. "up to 5 sessions (4 contracted, plus up to 1 more)". */
export const planSessionLimitText = (contracted: number): string =>
  `up to ${maxPlanSessions(contracted)} sessions (the intervention states ${contracted}, plus up to ${planSessionTolerance(contracted)} more where the person needs them)`;
