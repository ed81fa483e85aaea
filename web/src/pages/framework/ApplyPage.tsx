import { AttachmentList } from "../../components/documents/AttachmentList.tsx";
import { FileUpload } from "../../components/documents/FileUpload.tsx";
import { type FormEvent, useEffect, useState } from "react";
import { useNavigate } from "react-router";
import type { Me } from "#shared/accounts/me.ts";
import { applicationInputSchema } from "#shared/framework/application.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { useMe, useReference } from "../../api/queries.ts";
import {
  AppLink,
  BackLink,
  Button,
  Checkboxes,
  InsetText,
  Radios,
  TextInput,
} from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { type FieldLinks, useFormErrors, zodFieldErrors } from "../../forms/form-errors.ts";
import { frameworkStatusExplanations, sizeLabels } from "../home/labels.ts";
import {
  type ApplicationFormValues,
  applicationDraft,
  emptyApplication,
  toApplicationInput,
} from "./application-draft.ts";
import { sizeHints } from "./labels.ts";

const title = "Apply to join the framework";

const links: FieldLinks = {
  organisationName: "#organisationName",
  legalForm: "#legalForm",
  registrationNumber: "#registrationNumber",
  size: "#size",
  vcse: "#vcse",
  needAreaIds: "#needAreaIds",
  regionIds: "#regionIds",
  safeguardingDeclaration: "#safeguardingDeclaration",
  dataProtectionDeclaration: "#dataProtectionDeclaration",
};

function ApplyForm({ me, reference }: { me: Me; reference: ReferenceData }) {
  const navigate = useNavigate();
  const [values, setValues] = useState<ApplicationFormValues>(
    () => applicationDraft.get()?.values ?? emptyApplication(me.organisation?.name),
  );
  const { errors, showFieldErrors } = useFormErrors(links);
  usePageTitle(errors ? `Error: ${title}` : title);

  // Errors the API found when the application was sent from the check-your-answers page.
  useEffect(() => {
    const serverErrors = applicationDraft.get()?.serverErrors;
    if (serverErrors?.length) showFieldErrors(serverErrors);
  }, [showFieldErrors]);

  const set = <K extends keyof ApplicationFormValues>(key: K, value: ApplicationFormValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));
  const error = (key: keyof ApplicationFormValues) => errors?.fields[key];

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = applicationInputSchema.safeParse(toApplicationInput(values));
    if (!checked.success) {
      showFieldErrors(zodFieldErrors(checked.error));
      return;
    }
    applicationDraft.set({ values });
    navigate("/framework/apply/check");
  }

  return (
    <>
      <BackLink href="/" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={me.organisation?.name}>{title}</PageHeading>
          <p className="govuk-body">
            Tell us about your organisation, what it offers and where. A framework administrator will decide
            whether to admit it. You can check your answers before you send them.
          </p>
          <form noValidate onSubmit={onSubmit}>
            <h2 className="govuk-heading-m">Your organisation</h2>
            <TextInput
              id="organisationName"
              label="Organisation name"
              value={values.organisationName}
              onChange={(v) => set("organisationName", v)}
              error={error("organisationName")}
              autoComplete="organization"
            />
            <TextInput
              id="legalForm"
              label="Legal form"
              hint="For example, charitable incorporated organisation or community interest company"
              value={values.legalForm}
              onChange={(v) => set("legalForm", v)}
              error={error("legalForm")}
            />
            <TextInput
              id="registrationNumber"
              label="Charity or company number"
              hint="6 to 10 letters and numbers, for example 1180452 or SC012345"
              value={values.registrationNumber}
              onChange={(v) => set("registrationNumber", v)}
              error={error("registrationNumber")}
              width="10"
              spellCheck={false}
            />
            <Radios
              name="size"
              legend="Size of your organisation"
              value={values.size}
              onChange={(v) => set("size", v)}
              error={error("size")}
              items={(["micro", "small", "medium", "large"] as const).map((size) => ({
                value: size,
                text: sizeLabels[size],
                hint: sizeHints[size],
              }))}
            />
            <Radios
              name="vcse"
              legend="Is your organisation a voluntary, community or social enterprise (VCSE)?"
              value={values.vcse}
              onChange={(v) => set("vcse", v === "yes" ? "yes" : "no")}
              error={error("vcse")}
              inline
              items={[
                { value: "yes", text: "Yes" },
                { value: "no", text: "No" },
              ]}
            />
            <Checkboxes
              name="needAreaIds"
              legend="Need areas you offer"
              hint="Select all that apply"
              values={values.needAreaIds}
              onChange={(v) => set("needAreaIds", v)}
              error={error("needAreaIds")}
              items={reference.needAreas.map((area) => ({ value: area.id, text: area.name }))}
            />
            <Checkboxes
              name="regionIds"
              legend="Probation regions you serve"
              hint="Select all that apply"
              values={values.regionIds}
              onChange={(v) => set("regionIds", v)}
              error={error("regionIds")}
              items={reference.regions.map((region) => ({ value: region.id, text: region.name }))}
            />
            <h2 className="govuk-heading-m">Declarations</h2>
            <Checkboxes
              name="safeguardingDeclaration"
              legend="Safeguarding"
              legendSize="s"
              values={values.safeguardingDeclaration ? ["yes"] : []}
              onChange={(v) => set("safeguardingDeclaration", v.includes("yes"))}
              error={error("safeguardingDeclaration")}
              items={[
                {
                  value: "yes",
                  text: "My organisation meets the safeguarding requirements for working with people on probation",
                  hint: "Including safer recruitment, vetting of staff and volunteers, and a safeguarding lead.",
                },
              ]}
            />
            <Checkboxes
              name="dataProtectionDeclaration"
              legend="Data protection"
              legendSize="s"
              values={values.dataProtectionDeclaration ? ["yes"] : []}
              onChange={(v) => set("dataProtectionDeclaration", v.includes("yes"))}
              error={error("dataProtectionDeclaration")}
              items={[
                {
                  value: "yes",
                  text: "My organisation meets the data protection requirements for handling personal data",
                  hint: "Including UK GDPR, the Data Protection Act 2018 and secure storage of case records.",
                },
              ]}
            />
            <h2 className="govuk-heading-m">Supporting documents (optional)</h2>
            <p className="govuk-body">
              For example your safeguarding policy, data protection policy, insurance certificates or latest
              accounts.
            </p>
            <AttachmentList
              attachments={values.attachments}
              onRemove={(documentId) =>
                set(
                  "attachments",
                  values.attachments.filter((a) => a.documentId !== documentId),
                )
              }
              caption="Attached to your application"
            />
            <FileUpload
              id="document"
              owner={{ type: "application" }}
              label="Upload a file"
              onUploaded={(attachment) =>
                setValues((previous) => ({ ...previous, attachments: [...previous.attachments, attachment] }))
              }
            />
            <Button type="submit">Continue</Button>
          </form>
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
