import { useMemo } from "react";
import { useNavigate } from "react-router";
import { saveBidSchema } from "#shared/bids/bid.ts";
import { Button } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { FormTextarea } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { saveBidRequest } from "./bid-request.ts";
import { bidPath } from "./bid-sections.ts";
import { Closed } from "./Closed.tsx";
import { type BidPageData, useFocusFieldFromHash, useSaveBid, WithBid } from "./with-bid.tsx";

const title = "Social value";
const path = "content.socialValueAnswer";
const links = { [path]: "#socialValueAnswer" };

function SocialValueForm({ opportunity, bid }: BidPageData) {
  const navigate = useNavigate();
  const save = useSaveBid(opportunity.id);
  const form = useGovForm({
    schema: saveBidSchema,
    defaultValues: { socialValueAnswer: bid?.content.socialValueAnswer ?? "" },
    toRequest: useMemo(
      () =>
        ({ socialValueAnswer }: { socialValueAnswer: string }) =>
          saveBidRequest(bid, (content) => ({ ...content, socialValueAnswer })),
      [bid],
    ),
    fields: links,
  });
  const { errors, busy } = form;
  usePageTitle(errors ? `Error: ${title}` : title);
  useFocusFieldFromHash();

  const onSubmit = form.submit(async (request) => {
    await save(request);
    navigate(bidPath(opportunity.id), { state: { flash: "Your social value answer has been saved" } });
  });

  return (
    <>
      <BackLink href={bidPath(opportunity.id)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          <p className="govuk-body">
            Tell us the wider benefits your organisation will bring: for example, employing people with lived
            experience, volunteering, local supply chains or environmental measures.
            {opportunity.socialValueWeight !== undefined
              ? ` Social value carries ${opportunity.socialValueWeight}% of the total score.`
              : ""}
          </p>
          <GovForm form={form} onSubmit={onSubmit}>
            <FormTextarea
              name="socialValueAnswer"
              errorPath={path}
              label="Your social value answer"
              labelClassName="govuk-label--m"
              rows={10}
            />
            <Button type="submit" disabled={busy}>
              Save and return to your bid
            </Button>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/** `/opportunities/:opportunityId/bid/social-value`: the bid's social value answer. */
export function SocialValuePage() {
  return (
    <WithBid
      title={title}
      render={(data) =>
        data.opportunity.status === "open" ? <SocialValueForm {...data} /> : <Closed {...data} />
      }
    />
  );
}
