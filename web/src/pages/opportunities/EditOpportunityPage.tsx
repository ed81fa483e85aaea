import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation, useNavigate, useParams } from "react-router";
import type { Me } from "#shared/accounts/me.ts";
import {
  type Opportunity,
  type OpportunityDraft,
  opportunityDraftSchema,
} from "#shared/opportunities/opportunity.ts";
import { publishableOpportunitySchema } from "#shared/opportunities/rules.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import {
  opportunityKeys,
  publishOpportunity,
  updateOpportunity,
  useOpportunity,
} from "../../api/opportunities.ts";
import { useMe, useReference } from "../../api/queries.ts";
import { AppLink, Button, InsetText, NotificationBanner } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { formValuesFrom, opportunityFieldLinks, toOpportunityRequest } from "./opportunity-form.ts";
import { AboutSection, ContractSection, DeadlinesSection, ScoringSection } from "./opportunity-sections.tsx";

const title = "Edit the draft opportunity";

function EditForm({
  me,
  reference,
  opportunity,
}: {
  me: Me;
  reference: ReferenceData;
  opportunity: Opportunity;
}) {
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  // The version the next save must match: not a field; each save puts the saved draft in the cache.
  const version = () =>
    queryClient.getQueryData<Opportunity>(opportunityKeys.one(opportunity.id))?.version ??
    opportunity.version;
  const [saves, setSaves] = useState(0);
  const edit = useGovForm({
    // "Save as draft" keeps whatever is valid on its own; "Save and publish" judges by every rule.
    schema: opportunityDraftSchema,
    toRequest: toOpportunityRequest,
    defaultValues: formValuesFrom(opportunity),
    fields: opportunityFieldLinks,
  });
  const { errors, busy } = edit;
  usePageTitle(errors ? `Error: ${title}` : title);
  const flash = (location.state as { flash?: unknown } | null)?.flash;

  const save = async (fields: OpportunityDraft) => {
    const saved = await updateOpportunity(opportunity.id, { ...fields, version: version() });
    queryClient.setQueryData(opportunityKeys.one(opportunity.id), saved);
  };
  const saveDraft = edit.submit(async (fields) => {
    await save(fields);
    setSaves((n) => n + 1);
  });
  const saveAndPublish = edit.submit(
    async (fields) => {
      await save(fields);
      await publishOpportunity(opportunity.id, version());
      await queryClient.invalidateQueries({ queryKey: opportunityKeys.all });
      navigate(`/opportunities/${opportunity.id}`, { state: { flash: "Opportunity published" } });
    },
    { schema: publishableOpportunitySchema },
  );

  return (
    <>
      <BackLink href={`/opportunities/${opportunity.id}`} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          {!errors && saves > 0 ? (
            <NotificationBanner key={saves} type="success" heading="Draft saved" />
          ) : null}
          {!errors && saves === 0 && typeof flash === "string" ? (
            <NotificationBanner type="success" heading={flash} />
          ) : null}
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          <p className="govuk-body">
            You can save the draft at any time. To publish it, every field must be filled in and the weights
            must add up to 100.
          </p>
          <GovForm form={edit} onSubmit={saveDraft}>
            <AboutSection me={me} reference={reference} />
            <ContractSection />
            <ScoringSection />
            <DeadlinesSection />
            <div className="govuk-button-group">
              <Button onClick={() => void saveAndPublish()} disabled={busy}>
                Save and publish
              </Button>
              <Button type="submit" variant="secondary" disabled={busy}>
                Save as draft
              </Button>
            </div>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/** `/opportunities/:opportunityId/edit`: every field of a draft, saved with its version, then published. */
export function EditOpportunityPage() {
  const { opportunityId = "" } = useParams();
  const me = useMe();
  const reference = useReference();
  const opportunity = useOpportunity(opportunityId);
  const state = settle(me, reference, opportunity);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [meData, referenceData, opp] = state.data;
  if (opp.state !== "draft") {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={opp.title}>{title}</PageHeading>
          <InsetText>
            Only drafts can be edited. Once an opportunity is published, its deadlines can be extended.
          </InsetText>
          <p className="govuk-body">
            <AppLink href={`/opportunities/${opp.id}`} className="govuk-link">
              Go to the opportunity
            </AppLink>
          </p>
        </div>
      </div>
    );
  }
  return <EditForm me={meData} reference={referenceData} opportunity={opp} />;
}
