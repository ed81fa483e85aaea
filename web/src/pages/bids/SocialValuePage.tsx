import { useState } from "react";
import { useNavigate } from "react-router";
import { BackLink, Button, Textarea } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { useFormErrors } from "../../forms/form-errors.ts";
import { useSubmit } from "../../forms/use-submit.ts";
import { bidPath } from "./bid-sections.ts";
import { Closed } from "./OfferPage.tsx";
import { type BidPageData, useFocusFieldFromHash, useSaveBid, WithBid } from "./with-bid.tsx";

const title = "Social value";
const links = { "content.socialValueAnswer": "#socialValueAnswer" };

function SocialValueForm({ opportunity, bid }: BidPageData) {
  const navigate = useNavigate();
  const save = useSaveBid(opportunity.id);
  const [answer, setAnswer] = useState(bid?.content.socialValueAnswer ?? "");
  const { errors, showError } = useFormErrors(links);
  const { busy, submit } = useSubmit(showError);
  usePageTitle(errors ? `Error: ${title}` : title);
  useFocusFieldFromHash();

  const onSubmit = submit(async () => {
    await save(bid, (content) => ({ ...content, socialValueAnswer: answer }));
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
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <Textarea
              id="socialValueAnswer"
              label="Your social value answer"
              labelClassName="govuk-label--m"
              rows={10}
              value={answer}
              onChange={setAnswer}
              error={errors?.fields["content.socialValueAnswer"]}
            />
            <Button type="submit" disabled={busy}>
              Save and return to your bid
            </Button>
          </form>
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
