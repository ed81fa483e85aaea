import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { SummaryList, Table } from "../../components/govuk/index.ts";
import { formatDate, formatPence } from "../../format/format.ts";
import { formatTiers } from "../home/labels.ts";

const notSet = "Not set";

function NameList({ names }: { names: string[] }) {
  if (names.length === 0) return <>{notSet}</>;
  return (
    <ul className="govuk-list">
      {names.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}

/** A description typed with blank lines between paragraphs, as paragraphs. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, i) => (
          // Paragraphs of one text have no identity but their place in it.
          <p key={i} className="govuk-body">
            {paragraph}
          </p>
        ))}
    </>
  );
}

/** What is being bought, where, for how long and by when (deadlines in UK time). */
export function OpportunityFacts({
  opportunity: o,
  reference,
}: {
  opportunity: Opportunity;
  reference: ReferenceData;
}) {
  const lookup = referenceLookup(reference);
  return (
    <SummaryList
      rows={[
        { key: "Need area", value: lookup.needArea(o.needAreaId)?.name ?? o.needAreaId },
        {
          key: "Regions",
          value: <NameList names={o.regionIds.map((id) => lookup.region(id)?.name ?? id)} />,
        },
        {
          key: "Probation delivery units",
          value: <NameList names={(o.pduIds ?? []).map((id) => lookup.pdu(id)?.pdu.name ?? id)} />,
        },
        { key: "Complexity tiers", value: o.tiers?.length ? formatTiers(o.tiers) : notSet },
        {
          key: "Contract",
          value:
            o.contractStart && o.contractEnd
              ? `${formatDate(o.contractStart)} to ${formatDate(o.contractEnd)}`
              : notSet,
        },
        {
          key: "Expected referrals a year",
          value: o.expectedReferralsPerYear?.toLocaleString("en-GB") ?? notSet,
        },
        {
          key: "Budget ceiling",
          value: o.budgetCeilingPence === undefined ? notSet : formatPence(o.budgetCeilingPence),
        },
        {
          key: "Clarification questions by",
          value: o.clarificationDeadline ? formatDeadline(o.clarificationDeadline) : notSet,
        },
        {
          key: "Bids by",
          value: o.submissionDeadline ? formatDeadline(o.submissionDeadline) : notSet,
        },
      ]}
    />
  );
}

/** The evaluation model: each quality question with its weight and word limit, social value and price. */
export function ScoringTable({ opportunity: o }: { opportunity: Opportunity }) {
  const questions = o.qualityQuestions ?? [];
  return (
    <Table
      caption="How bids will be scored"
      columns={[
        { key: "what", header: "Part of the bid" },
        { key: "wordLimit", header: "Word limit", numeric: true },
        { key: "weight", header: "Weight", numeric: true },
      ]}
      rows={[
        ...questions.map((q, i) => ({
          id: q.id,
          cells: {
            what: `Question ${i + 1}: ${q.text}`,
            wordLimit: q.wordLimit.toLocaleString("en-GB"),
            weight: `${q.weight}%`,
          },
        })),
        {
          id: "social-value",
          cells: {
            what: "Social value",
            wordLimit: "None",
            weight: o.socialValueWeight === undefined ? notSet : `${o.socialValueWeight}%`,
          },
        },
        {
          id: "price",
          cells: {
            what: "Price",
            wordLimit: "Not applicable",
            weight: o.priceWeight === undefined ? notSet : `${o.priceWeight}%`,
          },
        },
      ]}
    />
  );
}
