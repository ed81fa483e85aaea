import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { useParams } from "react-router";
import type { Referral } from "#shared/referrals/referral.ts";
import {
  ogrsWarningText,
  type SectionId,
  sectionIdSchema,
  sectionTitles,
} from "#shared/referrals/sections.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { saveSection, useReferral } from "../../api/referrals.ts";
import { useReference } from "../../api/queries.ts";
import { Button } from "../../components/govuk/index.ts";
import { BackLink, WarningText } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import {
  FormCheckboxes,
  FormDateInput,
  FormRadios,
  FormSelect,
  FormTextarea,
  FormTextInput,
} from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { NotFoundPage } from "../errors/NotFoundPage.tsx";
import { type FieldDef, fieldLinks, sectionFields, toFormValues } from "./section-fields.ts";
import {
  answersOf,
  type SectionValues,
  sectionContextOf,
  sectionRequestSchema,
  sectionToRequest,
} from "./section-form.ts";
import { showsOgrsWarning, visibleFields } from "./SectionPage.presenter.ts";
import { useAfterReferralChange } from "./use-referral-action.ts";

const yesNo = [
  { value: "yes", text: "Yes" },
  { value: "no", text: "No" },
];

/** One question, bound to the section's form by its name. */
function FieldView({ field }: { field: FieldDef }) {
  const { name, label, hint } = field;
  switch (field.kind) {
    case "text":
    case "number":
      return (
        <FormTextInput
          name={name}
          label={label}
          hint={hint}
          {...(field.width ? { width: field.width } : {})}
          {...(field.kind === "number" ? { inputMode: "numeric" as const } : {})}
        />
      );
    case "textarea":
      return <FormTextarea name={name} label={label} hint={hint} />;
    case "date":
      return <FormDateInput name={name} legend={label} hint={hint} />;
    case "select":
      return <FormSelect name={name} label={label} hint={hint} items={field.items ?? []} />;
    case "checkboxes":
      return (
        <FormCheckboxes name={name} legend={label} legendSize="s" hint={hint} items={field.items ?? []} />
      );
    case "radios":
    case "yesno":
      return (
        <FormRadios
          name={name}
          legend={label}
          legendSize="s"
          hint={hint}
          inline={field.kind === "yesno"}
          items={field.kind === "yesno" ? yesNo : (field.items ?? [])}
        />
      );
  }
}

function SectionForm({
  referral,
  section,
  reference,
}: {
  referral: Referral;
  section: SectionId;
  reference: ReferenceData;
}) {
  const fields = useMemo(() => sectionFields(section, referral, reference), [section, referral, reference]);
  // The draft is kept server-side: "Save and come back later" saves what is right so far.
  const schema = useMemo(
    () => sectionRequestSchema(section, sectionContextOf(referral, new Date())),
    [section, referral],
  );
  const toRequest = useMemo(() => sectionToRequest(fields), [fields]);
  const links = useMemo(() => fieldLinks(fields), [fields]);
  const defaultValues: SectionValues = {
    ...toFormValues(fields, referral.answers[section] ?? {}),
    finished: true,
  };
  const form = useGovForm({ schema, toRequest, defaultValues, fields: links });
  const values = answersOf(useWatch({ control: form.form.control }) as SectionValues);
  const done = useAfterReferralChange();
  const title = sectionTitles[section];
  usePageTitle(form.errors ? `Error: ${title}` : title);
  const tasks = `/referrals/${referral.id}`;
  const onSubmit = form.submit(async ({ finished, ...answers }) => {
    await saveSection(referral.id, section, answers, referral.version, finished);
    await done(tasks);
  });
  const pressed = (finished: boolean) => () => form.form.setValue("finished", finished);
  return (
    <>
      <BackLink href={tasks}>Back to the referral</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={form.errors} />
          <PageHeading caption={`Referral to ${referral.interventionTitle}`}>{title}</PageHeading>
          <GovForm form={form} onSubmit={onSubmit}>
            {visibleFields(fields, values).map((field) => (
              <FieldView key={field.name} field={field} />
            ))}
            {showsOgrsWarning(section, values) ? <WarningText>{ogrsWarningText}</WarningText> : null}
            <div className="govuk-button-group">
              <Button type="submit" disabled={form.busy} onClick={pressed(true)}>
                Save and continue
              </Button>
              <Button type="submit" variant="secondary" disabled={form.busy} onClick={pressed(false)}>
                Save and come back later
              </Button>
            </div>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/** `/referrals/:referralId/sections/:section`: one section of a draft referral. */
export function SectionPage() {
  const { referralId = "", section = "" } = useParams();
  const parsed = sectionIdSchema.safeParse(section);
  const referral = useReferral(referralId);
  const reference = useReference();
  const state = settle(referral, reference);
  usePageTitle(state.title ?? (parsed.success ? sectionTitles[parsed.data] : "Page not found"));
  if (!parsed.success) return <NotFoundPage />;
  if (!state.ready) return state.view;
  return <SectionForm referral={state.data[0]} section={parsed.data} reference={state.data[1]} />;
}
