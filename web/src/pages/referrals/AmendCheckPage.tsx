import { useCallback, useState } from "react";
import { useParams } from "react-router";
import {
  amendmentGroupSchema,
  amendmentGroupTitles,
  amendmentInputSchema,
  type AmendmentGroup,
} from "#shared/referrals/amendments.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { referralAction, useReferral } from "../../api/referrals.ts";
import { AppLink, Button, SummaryList } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { clearDraft, readDraft } from "../../forms/session-draft.ts";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { NotFoundPage } from "../errors/NotFoundPage.tsx";
import {
  amendDefaults,
  amendDraftKey,
  amendPath,
  amendRequest,
  amendSummary,
  type AmendValues,
} from "./amend-form.ts";
import { personName } from "./referral-words.ts";
import { useAfterReferralChange } from "./use-referral-action.ts";

const title = "Check your changes before sending them";

function CheckChanges({ referral, group }: { referral: Referral; group: AmendmentGroup }) {
  const key = amendDraftKey(referral.id, group);
  const [values] = useState(() => readDraft<AmendValues>(key, amendDefaults(referral)));
  const done = useAfterReferralChange();
  const toRequest = useCallback(
    (v: AmendValues) => ({ ...amendRequest(group, v), version: referral.version }),
    [group, referral.version],
  );
  // The answers are the form's, read from the tab's draft; this page only sends them.
  const send = useGovForm({ schema: amendmentInputSchema, toRequest, defaultValues: values, fields: [] });
  usePageTitle(send.errors ? `Error: ${title}` : title);
  const request = amendRequest(group, values);
  const change = { href: amendPath(referral.id, group), text: "Change" };
  const onSubmit = send.submit(async (body) => {
    await referralAction(referral.id, "amendments", body as object);
    await done(amendPath(referral.id, group, "/done"));
    clearDraft(key);
  });
  return (
    <>
      <BackLink href={amendPath(referral.id, group)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={send.errors} />
          <PageHeading caption={`${personName(referral)} – ${referral.reference ?? ""}`}>{title}</PageHeading>
          <h2 className="govuk-heading-m">{amendmentGroupTitles[group]}</h2>
          <SummaryList
            rows={[
              ...amendSummary(group, request).map(([key, value]) => ({
                key,
                value,
                action: { ...change, visuallyHiddenText: key.toLowerCase() },
              })),
              {
                key: "Why you are changing it",
                value: values.reason,
                action: { ...change, visuallyHiddenText: "why you are changing it" },
              },
            ]}
          />
          <p className="govuk-body">
            {referral.organisationName} will be told about the change and can read it, with your reason, in
            the referral’s changelog.
          </p>
          <GovForm form={send} onSubmit={onSubmit}>
            <Button type="submit" disabled={send.busy}>
              Confirm and send the change
            </Button>
          </GovForm>
          <p className="govuk-body">
            <AppLink href={`/referrals/${referral.id}`} className="govuk-link">
              Cancel and go back to the referral
            </AppLink>
          </p>
        </div>
      </div>
    </>
  );
}

/** `/referrals/:referralId/amend/:group/check`: the change as it will be sent, and sending it. */
export function AmendCheckPage() {
  const { referralId = "", group = "" } = useParams();
  const parsed = amendmentGroupSchema.safeParse(group);
  const referral = useReferral(referralId);
  const state = settle(referral);
  usePageTitle(state.title ?? title);
  if (!parsed.success) return <NotFoundPage />;
  if (!state.ready) return state.view;
  return <CheckChanges referral={state.data[0]} group={parsed.data} />;
}
