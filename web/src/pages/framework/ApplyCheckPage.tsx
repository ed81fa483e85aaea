import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Navigate, useNavigate } from "react-router";
import type { Me } from "#shared/accounts/me.ts";
import { applicationInputSchema } from "#shared/framework/application.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { ApiError } from "../../api/api-error.ts";
import { frameworkKeys, submitApplication } from "../../api/framework.ts";
import { useMe, useReference } from "../../api/queries.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { Button, SummaryList } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { clearDraft, readDraft } from "../../forms/session-draft.ts";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { sizeLabels } from "../home/labels.ts";
import {
  type ApplicationFormValues,
  applicationDraftKey,
  emptyApplication,
  toApplicationInput,
} from "./application-draft.ts";

const title = "Check your answers before sending your application";

function NameList({ names }: { names: string[] }) {
  return (
    <ul className="govuk-list">
      {names.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}

function CheckAnswers({
  values,
  draftKey,
  reference,
}: {
  values: ApplicationFormValues;
  draftKey: string;
  reference: ReferenceData;
}) {
  const lookup = referenceLookup(reference);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // The answers are the form's, read from the tab's draft; this page only sends them.
  const send = useGovForm({
    schema: applicationInputSchema,
    toRequest: toApplicationInput,
    defaultValues: values,
    fields: [],
  });
  const { errors, busy } = send;
  usePageTitle(errors ? `Error: ${title}` : title);
  const change = (field: string, what: string) => ({
    href: `/framework/apply#${field}`,
    text: "Change",
    visuallyHiddenText: what,
  });

  const onSubmit = send.submit(async (application) => {
    try {
      const sent = await submitApplication(application);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["me"] }),
        queryClient.invalidateQueries({ queryKey: frameworkKeys.all }),
      ]);
      await navigate("/framework/apply/confirmation", { state: { reference: sent.id } });
      // Only once this page has gone: without the answers it would send the person back to the form.
      clearDraft(draftKey);
    } catch (error) {
      // The API's field errors belong beside the fields, on the form.
      if (error instanceof ApiError && error.status === 400 && error.problem?.errors?.length) {
        await navigate("/framework/apply", { state: { serverErrors: error.problem.errors } });
        return;
      }
      throw error;
    }
  });

  return (
    <>
      <BackLink href="/framework/apply" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading>{title}</PageHeading>
          <h2 className="govuk-heading-m">Your organisation</h2>
          <SummaryList
            rows={[
              {
                key: "Organisation name",
                value: values.organisationName,
                action: change("organisationName", "organisation name"),
              },
              { key: "Legal form", value: values.legalForm, action: change("legalForm", "legal form") },
              {
                key: "Charity or company number",
                value: values.registrationNumber,
                action: change("registrationNumber", "charity or company number"),
              },
              {
                key: "Size",
                value: sizeLabels[values.size as keyof typeof sizeLabels] ?? values.size,
                action: change("size", "size"),
              },
              {
                key: "VCSE",
                value: values.vcse === "yes" ? "Yes" : "No",
                action: change("vcse", "whether your organisation is a VCSE"),
              },
            ]}
          />
          <h2 className="govuk-heading-m">What you offer and where</h2>
          <SummaryList
            rows={[
              {
                key: "Need areas",
                value: <NameList names={values.needAreaIds.map((id) => lookup.needArea(id)?.name ?? id)} />,
                action: change("needAreaIds", "need areas"),
              },
              {
                key: "Regions",
                value: <NameList names={values.regionIds.map((id) => lookup.region(id)?.name ?? id)} />,
                action: change("regionIds", "regions"),
              },
            ]}
          />
          <h2 className="govuk-heading-m">Declarations</h2>
          <SummaryList
            rows={[
              {
                key: "Safeguarding",
                value: "Meets the safeguarding requirements",
                action: change("safeguardingDeclaration", "safeguarding declaration"),
              },
              {
                key: "Data protection",
                value: "Meets the data protection requirements",
                action: change("dataProtectionDeclaration", "data protection declaration"),
              },
            ]}
          />
          <h2 className="govuk-heading-m">Supporting documents</h2>
          <SummaryList
            rows={[
              {
                key: "Documents",
                value:
                  values.attachments.length === 0 ? (
                    "None attached"
                  ) : (
                    <ul className="govuk-list">
                      {values.attachments.map((a) => (
                        <li key={a.documentId}>{a.fileName}</li>
                      ))}
                    </ul>
                  ),
                action: change("document", "supporting documents"),
              },
            ]}
          />
          <h2 className="govuk-heading-m">Now send your application</h2>
          <p className="govuk-body">
            By sending this application you confirm that, to the best of your knowledge, the details you are
            providing are correct.
          </p>
          <GovForm form={send} onSubmit={onSubmit}>
            <Button type="submit" disabled={busy}>
              Accept and send
            </Button>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/** `/framework/apply/check`: check your answers (kept in the tab, so a reload keeps them), then send. */
export function ApplyCheckPage() {
  const me = useMe();
  const reference = useReference();
  const state = settle(me, reference);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [meData, referenceData] = state.data;
  return <CheckDraft me={meData} reference={referenceData} />;
}

function CheckDraft({ me, reference }: { me: Me; reference: ReferenceData }) {
  const draftKey = applicationDraftKey(me.user.id);
  // Read once: sending forgets the draft, and a re-render on the way out must not send the person back.
  const [values] = useState(() => readDraft(draftKey, emptyApplication(me.organisation?.name)));
  // Nothing complete to check (a new tab, or sent already): the answers are asked for first.
  if (!applicationInputSchema.safeParse(toApplicationInput(values)).success)
    return <Navigate to="/framework/apply" replace />;
  return <CheckAnswers values={values} draftKey={draftKey} reference={reference} />;
}
