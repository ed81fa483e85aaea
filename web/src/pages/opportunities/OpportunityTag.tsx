import type { CompetitionLifecycle, CompetitionStage } from "#shared/competition/lifecycle.ts";
import type { OpportunityStatus } from "#shared/opportunities/opportunity.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { Tag, type TagColour } from "../../components/govuk/index.ts";
import { opportunityStatusTags } from "./labels.ts";

/** Stages past "closed" that people need named, rather than "Closed" (ADR "one life cycle per competition"). */
const stageTags: Partial<Record<CompetitionStage, { text: string; colour?: TagColour }>> = {
  "in-evaluation": { text: "In evaluation", colour: "turquoise" },
  standstill: { text: "Standstill", colour: "yellow" },
  awarded: { text: "Awarded" },
  contracted: { text: "Contracts created", colour: "green" },
  unsuccessful: { text: "Unsuccessful", colour: "grey" },
};

/** What a stage is called in a sentence, e.g. "Standstill until 5:00pm on 20 January 2027 (UK time)". */
export const stageText = (lifecycle: CompetitionLifecycle): string | undefined => {
  const tag = stageTags[lifecycle.stage];
  if (!tag) return undefined;
  return lifecycle.stage === "standstill" && lifecycle.standstillEndsAt
    ? `Standstill until ${formatDeadline(lifecycle.standstillEndsAt)}`
    : tag.text;
};

/** The opportunity's status; past its deadline, the stage its competition has reached. */
export function OpportunityTag({
  status,
  lifecycle,
}: {
  status: OpportunityStatus;
  lifecycle?: CompetitionLifecycle | undefined;
}) {
  const stage = lifecycle ? stageTags[lifecycle.stage] : undefined;
  if (lifecycle && stage) return <Tag colour={stage.colour}>{stageText(lifecycle)}</Tag>;
  return <Tag colour={opportunityStatusTags[status].colour}>{opportunityStatusTags[status].text}</Tag>;
}
