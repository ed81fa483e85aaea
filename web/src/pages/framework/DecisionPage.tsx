import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "react-router";
import { type Application, decisionInputSchema } from "#shared/framework/application.ts";
import { decideApplication, frameworkKeys, useApplication } from "../../api/framework.ts";
import { Button, InsetText } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormRadios, FormTextarea } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";

const fields = ["decision", "reason"] as const;

interface DecisionValues {
  decision: string | undefined;
  reason: string;
}

function DecisionForm({ application }: { application: Application }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const decide = useGovForm({
    schema: decisionInputSchema,
    toRequest: ({ decision, reason }: DecisionValues) => ({
      decision,
      ...(reason.trim() ? { reason } : {}),
      version: application.version,
    }),
    defaultValues: { decision: undefined, reason: "" } as DecisionValues,
    fields,
  });
  const { errors, busy } = decide;
  const title = `Decide on ${application.organisationName}’s application`;
  usePageTitle(errors ? `Error: ${title}` : title);

  const onSubmit = decide.submit(async (decision) => {
    await decideApplication(application.id, decision);
    await queryClient.invalidateQueries({ queryKey: frameworkKeys.all });
    await navigate(`/framework/applications/${application.id}/decided`);
  });

  return (
    <>
      <BackLink href={`/framework/applications/${application.id}`} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={application.organisationName}>Decide on this application</PageHeading>
          {application.status !== "submitted" ? (
            <InsetText>This application has already been decided.</InsetText>
          ) : (
            <GovForm form={decide} onSubmit={onSubmit}>
              <FormRadios
                name="decision"
                legend="Do you want to admit this organisation to the framework?"
                items={[
                  {
                    value: "admit",
                    text: "Admit",
                    hint: "The organisation can bid for opportunities in the need areas and regions it applied for.",
                  },
                  {
                    value: "reject",
                    text: "Reject",
                    hint: "The organisation will see your reason and can apply again.",
                    conditional: (
                      <FormTextarea
                        name="reason"
                        label="Reason for rejecting the application"
                        hint="Write it for the organisation: say what they would need to change."
                      />
                    ),
                  },
                ]}
              />
              <Button type="submit" disabled={busy}>
                Confirm decision
              </Button>
            </GovForm>
          )}
        </div>
      </div>
    </>
  );
}

/** `/framework/applications/:applicationId/decision`: admit or reject, with the version that was loaded. */
export function DecisionPage() {
  const { applicationId = "" } = useParams();
  const application = useApplication(applicationId);
  const state = settle(application);
  usePageTitle(state.title ?? "Decide on this application");
  if (!state.ready) return state.view;
  return <DecisionForm application={state.data[0]} />;
}
