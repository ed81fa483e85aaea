import { useEffect } from "react";
import { useLocation, useNavigate } from "react-router";
import type { Me } from "#shared/accounts/me.ts";
import type { Attachment } from "#shared/documents/document.ts";
import { applicationInputSchema } from "#shared/framework/application.ts";
import type { FieldError } from "#shared/http/problem.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { useMe, useReference } from "../../api/queries.ts";
import { AttachmentList } from "../../components/documents/AttachmentList.tsx";
import { FileUpload } from "../../components/documents/FileUpload.tsx";
import { AppLink, Button, InsetText } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { Checkboxes } from "../../components/govuk/fields.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormCheckboxes, FormField, FormRadios, FormTextInput } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { frameworkStatusExplanations, sizeLabels } from "../home/labels.ts";
import {
  type ApplicationFormValues,
  applicationDraftKey,
  emptyApplication,
  toApplicationInput,
} from "./application-draft.ts";
import { sizeHints } from "./labels.ts";
import { MarketBanner } from "./MarketBanner.tsx";

const title = "Apply to join the framework";

const fields = [
  "organisationName",
  "legalForm",
  "registrationNumber",
  "size",
  "vcse",
  "needAreaIds",
  "regionIds",
  "safeguardingDeclaration",
  "dataProtectionDeclaration",
] as const;

/** A declaration: one checkbox whose value is true or false. */
function Declaration({
  name,
  legend,
  text,
  hint,
}: {
  name: string;
  legend: string;
  text: string;
  hint: string;
}) {
  return (
    <FormField<boolean>
      name={name}
      render={({ value, onChange, error }) => (
        <Checkboxes
          name={name}
          legend={legend}
          legendSize="s"
          values={value ? ["yes"] : []}
          onChange={(v) => onChange(v.includes("yes"))}
          error={error}
          items={[{ value: "yes", text, hint }]}
        />
      )}
    />
  );
}

function ApplyForm({ me, reference }: { me: Me; reference: ReferenceData }) {
  const navigate = useNavigate();
  const location = useLocation();
  const apply = useGovForm({
    schema: applicationInputSchema,
    toRequest: toApplicationInput,
    defaultValues: emptyApplication(me.organisation?.name),
    fields,
    draftKey: applicationDraftKey(me.user.id),
    keepDraft: true,
  });
  const { errors, form } = apply;
  usePageTitle(errors ? `Error: ${title}` : title);

  // Errors the API found when the application was sent from the check-your-answers page.
  const serverErrors = (location.state as { serverErrors?: FieldError[] } | null)?.serverErrors;
  useEffect(() => {
    for (const { path, message } of serverErrors ?? [])
      form.setError(path as keyof ApplicationFormValues, { type: "server", message });
  }, [form, serverErrors]);

  const onSubmit = apply.submit(async () => {
    await navigate("/framework/apply/check");
  });

  return (
    <>
      <BackLink href="/" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <MarketBanner />
          <FormErrorSummary errors={errors} />
          <PageHeading caption={me.organisation?.name}>{title}</PageHeading>
          <p className="govuk-body">
            Tell us about your organisation, what it offers and where. A framework administrator will decide
            whether to admit it. You can check your answers before you send them.
          </p>
          <GovForm form={apply} onSubmit={onSubmit}>
            <h2 className="govuk-heading-m">Your organisation</h2>
            <FormTextInput name="organisationName" label="Organisation name" autoComplete="organization" />
            <FormTextInput
              name="legalForm"
              label="Legal form"
              hint="For example, charitable incorporated organisation or community interest company"
            />
            <FormTextInput
              name="registrationNumber"
              label="Charity or company number"
              hint="6 to 10 letters and numbers, for example 1180452 or SC012345"
              width="10"
              spellCheck={false}
            />
            <FormRadios
              name="size"
              legend="Size of your organisation"
              items={(["micro", "small", "medium", "large"] as const).map((size) => ({
                value: size,
                text: sizeLabels[size],
                hint: sizeHints[size],
              }))}
            />
            <FormRadios
              name="vcse"
              legend="Is your organisation a voluntary, community or social enterprise (VCSE)?"
              inline
              items={[
                { value: "yes", text: "Yes" },
                { value: "no", text: "No" },
              ]}
            />
            <FormCheckboxes
              name="needAreaIds"
              legend="Need areas you offer"
              hint="Select all that apply"
              items={reference.needAreas.map((area) => ({ value: area.id, text: area.name }))}
            />
            <FormCheckboxes
              name="regionIds"
              legend="Probation regions you serve"
              hint="Select all that apply"
              items={reference.regions.map((region) => ({ value: region.id, text: region.name }))}
            />
            <h2 className="govuk-heading-m">Declarations</h2>
            <Declaration
              name="safeguardingDeclaration"
              legend="Safeguarding"
              text="My organisation meets the safeguarding requirements for working with people on probation"
              hint="Including safer recruitment, vetting of staff and volunteers, and a safeguarding lead."
            />
            <Declaration
              name="dataProtectionDeclaration"
              legend="Data protection"
              text="My organisation meets the data protection requirements for handling personal data"
              hint="Including UK GDPR, the Data Protection Act 2018 and secure storage of case records."
            />
            <h2 className="govuk-heading-m">Supporting documents (optional)</h2>
            <p className="govuk-body">
              For example your safeguarding policy, data protection policy, insurance certificates or latest
              accounts.
            </p>
            <FormField<Attachment[]>
              name="attachments"
              render={({ value, onChange }) => (
                <>
                  <AttachmentList
                    attachments={value}
                    onRemove={(documentId) => onChange(value.filter((a) => a.documentId !== documentId))}
                    caption="Attached to your application"
                  />
                  <FileUpload
                    id="document"
                    owner={{ type: "application" }}
                    label="Upload a file"
                    onUploaded={(attachment) => onChange([...form.getValues("attachments"), attachment])}
                  />
                </>
              )}
            />
            <Button type="submit">Continue</Button>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/** `/framework/apply`: a provider's application to join the framework (then check answers, then send). */
export function ApplyPage() {
  const me = useMe();
  const reference = useReference();
  const state = settle(me, reference);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [meData, referenceData] = state.data;
  const status = meData.organisation?.frameworkStatus;
  if (status === "applied" || status === "admitted") {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <MarketBanner />
          <PageHeading>{title}</PageHeading>
          <InsetText>{frameworkStatusExplanations[status]}</InsetText>
          <p className="govuk-body">
            <AppLink href="/" className="govuk-link">
              Go to your organisation’s home page
            </AppLink>
          </p>
        </div>
      </div>
    );
  }
  return <ApplyForm me={meData} reference={referenceData} />;
}
