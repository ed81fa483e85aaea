import { useCallback } from "react";
import { useNavigate, useParams } from "react-router";
import {
  amendmentGroupSchema,
  amendmentGroupTitles,
  amendmentInputSchema,
  type AmendmentGroup,
} from "#shared/referrals/amendments.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { useReferral } from "../../api/referrals.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { Button } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { NotFoundPage } from "../errors/NotFoundPage.tsx";
import { AmendFields } from "./AmendFields.tsx";
import {
  amendDefaults,
  amendDraftKey,
  amendFields,
  amendPath,
  amendRequest,
  type AmendValues,
} from "./amend-form.ts";
import { personName } from "./referral-words.ts";

function AmendForm({ referral, group }: { referral: Referral; group: AmendmentGroup }) {
  const navigate = useNavigate();
  const title = `Change ${amendmentGroupTitles[group].toLowerCase()}`;
  const toRequest = useCallback(
    (values: AmendValues) => ({ ...amendRequest(group, values), version: referral.version }),
    [group, referral.version],
  );
  const form = useGovForm({
    schema: amendmentInputSchema,
    toRequest,
    defaultValues: amendDefaults(referral),
    fields: { ...amendFields[group], reason: "#reason" },
    draftKey: amendDraftKey(referral.id, group),
    keepDraft: true,
  });
  usePageTitle(form.errors ? `Error: ${title}` : title);
  const onSubmit = form.submit(async () => {
    await navigate(amendPath(referral.id, group, "/check"));
  });
  return (
    <>
      <BackLink href={`/referrals/${referral.id}`}>Back to the referral</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={form.errors} />
          <PageHeading caption={`${personName(referral)} – ${referral.reference ?? ""}`}>{title}</PageHeading>
          <GovForm form={form} onSubmit={onSubmit}>
            <AmendFields group={group} referral={referral} />
            <Button type="submit" disabled={form.busy}>
              Continue
            </Button>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/** `/referrals/:referralId/amend/:group`: the new answers for one group of a sent referral, and why. */
export function AmendPage() {
  const { referralId = "", group = "" } = useParams();
  const parsed = amendmentGroupSchema.safeParse(group);
  const referral = useReferral(referralId);
  const state = settle(referral);
  usePageTitle(
    state.title ??
      (parsed.success ? `Change ${amendmentGroupTitles[parsed.data].toLowerCase()}` : "Page not found"),
  );
  if (!parsed.success) return <NotFoundPage />;
  if (!state.ready) return state.view;
  return <AmendForm referral={state.data[0]} group={parsed.data} />;
}
