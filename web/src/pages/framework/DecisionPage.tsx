import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { type Application, decisionInputSchema } from "#shared/framework/application.ts";
import { decideApplication, frameworkKeys, useApplication } from "../../api/framework.ts";
import { BackLink, Button, InsetText, Radios, Textarea } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { type FieldLinks, useFormErrors, zodFieldErrors } from "../../forms/form-errors.ts";

const links: FieldLinks = { decision: "#decision", reason: "#reason" };

function DecisionForm({ application }: { application: Application }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState<string | undefined>(undefined);
  const [reason, setReason] = useState("");
  const [sending, setSending] = useState(false);
  const { errors, showFieldErrors, showError } = useFormErrors(links);
  const title = `Decide on ${application.organisationName}’s application`;
  usePageTitle(errors ? `Error: ${title}` : title);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const input = {
      decision,
      ...(reason.trim() ? { reason } : {}),
      version: application.version,
    };
    const checked = decisionInputSchema.safeParse(input);
    if (!checked.success) {
      showFieldErrors(zodFieldErrors(checked.error));
      return;
    }
    setSending(true);
    try {
      await decideApplication(application.id, checked.data);
      await queryClient.invalidateQueries({ queryKey: frameworkKeys.all });
      navigate(`/framework/applications/${application.id}/decided`);
    } catch (error) {
      setSending(false);
      showError(error);
    }
  }

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
            <form noValidate onSubmit={(event) => void onSubmit(event)}>
              <Radios
                name="decision"
                legend="Do you want to admit this organisation to the framework?"
                value={decision}
                onChange={setDecision}
                error={errors?.fields.decision}
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
                      <Textarea
                        id="reason"
                        label="Reason for rejecting the application"
                        hint="Write it for the organisation: say what they would need to change."
                        value={reason}
                        onChange={setReason}
                        error={errors?.fields.reason}
                      />
                    ),
                  },
                ]}
              />
              <Button type="submit" disabled={sending}>
                Confirm decision
              </Button>
            </form>
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
