import { useState } from "react";
import { useParams } from "react-router";
import type { Referral } from "#shared/referrals/referral.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { referralAction, useReferral } from "../../api/referrals.ts";
import { useReference } from "../../api/queries.ts";
import { BackLink, Button, Radios, Textarea } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { personName } from "./ReferralDetails.tsx";
import { useReferralAction } from "./use-referral-action.ts";

function WithdrawForm({ referral, reference }: { referral: Referral; reference: ReferenceData }) {
  const [reasonId, setReasonId] = useState<string | undefined>();
  const [notes, setNotes] = useState("");
  const { errors, busy, run } = useReferralAction({ reasonId: "#reasonId", notes: "#notes" });
  const early = referral.status === "in-progress";
  const title = early ? "Close this referral early" : "Withdraw this referral";
  usePageTitle(errors ? `Error: ${title}` : title);
  return (
    <>
      <BackLink href={`/referrals/${referral.id}`}>Back to the referral</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={`${personName(referral)} – ${referral.reference ?? ""}`}>{title}</PageHeading>
          <form
            noValidate
            onSubmit={(event) =>
              void run(
                () => referralAction(referral.id, "withdraw", { reasonId, notes, version: referral.version }),
                `/referrals/${referral.id}`,
                early ? "Referral closed early" : "Referral withdrawn",
              )(event)
            }
          >
            <Radios
              name="reasonId"
              legend="Why?"
              value={reasonId}
              onChange={setReasonId}
              error={errors?.fields.reasonId}
              items={reference.withdrawalReasons.map((r) => ({ value: r.id, text: r.name }))}
            />
            <Textarea
              id="notes"
              label="Anything the provider should know (optional)"
              value={notes}
              onChange={setNotes}
              error={errors?.fields.notes}
            />
            <Button type="submit" variant="warning" disabled={busy}>
              {early ? "Close referral early" : "Withdraw referral"}
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}

/** `/referrals/:referralId/withdraw`: withdraw or close early, with a reason from the list. */
export function WithdrawPage() {
  const { referralId = "" } = useParams();
  const referral = useReferral(referralId);
  const reference = useReference();
  const state = settle(referral, reference);
  usePageTitle(state.title ?? "Withdraw this referral");
  if (!state.ready) return state.view;
  return <WithdrawForm referral={state.data[0]} reference={state.data[1]} />;
}
