import type { BidContent, InterventionOffer } from "#shared/bids/bid.ts";
import { countWords } from "#shared/bids/rules.ts";
import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { AttachmentList } from "../../components/documents/AttachmentList.tsx";
import { AppLink, SummaryCard } from "../../components/govuk/index.ts";
import { formatPence, plural } from "../../format/format.ts";
import { tierNames } from "../opportunities/labels.ts";
import {
  attachmentsHref,
  bidDocumentPath,
  offerHref,
  questionHref,
  socialValueHref,
} from "./bid-sections.ts";

const notGiven = "Not given";

function List({ items }: { items: string[] }) {
  if (items.length === 0) return <>{notGiven}</>;
  return (
    <ul className="govuk-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

const text = (value: string | undefined) =>
  value?.trim() ? <span className="app-pre-line">{value}</span> : notGiven;

/** A bid's content as summary cards: each tier's offer, each quality answer, social value and documents. */
export function BidSummary({
  content,
  organisationId,
  opportunity,
  reference,
  changeLinks = false,
}: {
  content: BidContent;
  organisationId: string;
  opportunity: Opportunity;
  reference: ReferenceData;
  changeLinks?: boolean;
}) {
  const lookup = referenceLookup(reference);
  const name = (list: { id: string; name: string }[], id: string) =>
    list.find((x) => x.id === id)?.name ?? id;
  const offerRows = (offer: InterventionOffer | undefined) => [
    { key: "Title", value: text(offer?.title) },
    { key: "Assess & Plan", value: text(offer?.assessAndPlan) },
    { key: "Implement", value: text(offer?.implement) },
    { key: "Review & Evaluate", value: text(offer?.reviewAndEvaluate) },
    {
      key: "Sessions",
      value:
        offer?.sessions === undefined
          ? notGiven
          : `${plural(offer.sessions, "session")}${offer.sessionMinutes ? ` of ${offer.sessionMinutes} minutes` : ""}`,
    },
    {
      key: "Delivery methods",
      value: <List items={(offer?.deliveryMethods ?? []).map((id) => name(reference.deliveryMethods, id))} />,
    },
    {
      key: "Settings",
      value: <List items={(offer?.settings ?? []).map((id) => name(reference.settings, id))} />,
    },
    {
      key: "Cohorts",
      value: <List items={(offer?.cohorts ?? []).map((id) => name(reference.cohorts, id))} />,
    },
    {
      key: "Probation delivery units",
      value: <List items={(offer?.pduIds ?? []).map((id) => lookup.pdu(id)?.pdu.name ?? id)} />,
    },
    {
      key: "Price per referral",
      value: offer?.pricePerReferralPence === undefined ? notGiven : formatPence(offer.pricePerReferralPence),
    },
    {
      key: "Capacity a year",
      value: offer?.capacityPerYear === undefined ? notGiven : plural(offer.capacityPerYear, "referral"),
    },
  ];
  const change = (href: string, what: string) =>
    changeLinks ? { action: { href, text: "Change", visuallyHiddenText: what } } : {};
  return (
    <>
      <h2 className="govuk-heading-m">Intervention offers</h2>
      {(opportunity.tiers ?? []).map((tier) => (
        <SummaryCard
          key={tier}
          title={`${tierNames[tier]} offer`}
          {...change(offerHref(opportunity.id, tier), `${tierNames[tier].toLowerCase()} offer`)}
          rows={offerRows(content.offers[tier])}
        />
      ))}
      <h2 className="govuk-heading-m">Quality questions</h2>
      {(opportunity.qualityQuestions ?? []).map((q, i) => {
        const answer = content.qualityAnswers[q.id] ?? "";
        return (
          <SummaryCard
            key={q.id}
            title={`Question ${i + 1}`}
            {...change(questionHref(opportunity.id, q.id), `answer to question ${i + 1}`)}
            rows={[
              { key: "Question", value: q.text },
              { key: "Answer", value: text(answer) },
              { key: "Length", value: `${plural(countWords(answer), "word")} (limit ${q.wordLimit})` },
            ]}
          />
        );
      })}
      <h2 className="govuk-heading-m">Social value</h2>
      <SummaryCard
        title="Social value"
        {...change(socialValueHref(opportunity.id), "social value answer")}
        rows={[{ key: "Answer", value: text(content.socialValueAnswer) }]}
      />
      <h2 className="govuk-heading-m">Supporting documents</h2>
      <AttachmentList
        attachments={content.attachments}
        downloadPath={(documentId) => bidDocumentPath(opportunity.id, organisationId, documentId)}
      />
      {changeLinks ? (
        <p className="govuk-body">
          <AppLink href={attachmentsHref(opportunity.id)} className="govuk-link">
            Change supporting documents
          </AppLink>
        </p>
      ) : null}
    </>
  );
}
