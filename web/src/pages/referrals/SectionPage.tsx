import { useParams } from "react-router";
import type { Referral } from "#shared/referrals/referral.ts";
import {
  ogrsWarning,
  ogrsWarningText,
  type SectionId,
  sectionIdSchema,
  sectionTitles,
} from "#shared/referrals/sections.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { saveSection, useReferral } from "../../api/referrals.ts";
import { useReference } from "../../api/queries.ts";
import {
  BackLink,
  Button,
  Checkboxes,
  DateInput,
  type DateParts,
  Radios,
  Select,
  Textarea,
  TextInput,
  WarningText,
} from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { NotFoundPage } from "../errors/NotFoundPage.tsx";
import { useRef, useState } from "react";
import {
  type FieldDef,
  fieldLinks,
  type FormValues,
  sectionFields,
  toAnswers,
  toFormValues,
} from "./section-fields.ts";
import { useReferralAction } from "./use-referral-action.ts";

function FieldView({
  field,
  values,
  set,
  error,
}: {
  field: FieldDef;
  values: FormValues;
  set: (name: string, value: FormValues[string]) => void;
  error: string | undefined;
}) {
  const value = values[field.name];
  const common = { label: field.label, hint: field.hint, error };
  switch (field.kind) {
    case "text":
    case "number":
      return (
        <TextInput
          id={field.name}
          {...common}
          value={String(value ?? "")}
          onChange={(v) => set(field.name, v)}
          {...(field.width ? { width: field.width } : {})}
          {...(field.kind === "number" ? { inputMode: "numeric" as const } : {})}
        />
      );
    case "textarea":
      return (
        <Textarea
          id={field.name}
          {...common}
          value={String(value ?? "")}
          onChange={(v) => set(field.name, v)}
        />
      );
    case "date":
      return (
        <DateInput
          id={field.name}
          legend={field.label}
          hint={field.hint}
          error={error}
          value={(value ?? {}) as DateParts}
          onChange={(v) => set(field.name, v)}
        />
      );
    case "select":
      return (
        <Select
          id={field.name}
          {...common}
          value={String(value ?? "")}
          onChange={(v) => set(field.name, v)}
          items={field.items ?? []}
        />
      );
    case "checkboxes":
      return (
        <Checkboxes
          name={field.name}
          legend={field.label}
          legendSize="s"
          hint={field.hint}
          error={error}
          items={field.items ?? []}
          values={(value ?? []) as string[]}
          onChange={(v) => set(field.name, v)}
        />
      );
    case "radios":
    case "yesno":
      return (
        <Radios
          name={field.name}
          legend={field.label}
          legendSize="s"
          hint={field.hint}
          error={error}
          inline={field.kind === "yesno"}
          items={
            field.kind === "yesno"
              ? [
                  { value: "yes", text: "Yes" },
                  { value: "no", text: "No" },
                ]
              : (field.items ?? [])
          }
          value={String(value ?? "") || undefined}
          onChange={(v) => set(field.name, v)}
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
  const fields = sectionFields(section, referral, reference);
  const [values, setValues] = useState<FormValues>(() =>
    toFormValues(fields, referral.answers[section] ?? {}),
  );
  const { errors, busy, run } = useReferralAction(fieldLinks(fields));
  const title = sectionTitles[section];
  usePageTitle(errors ? `Error: ${title}` : title);
  const set = (name: string, value: FormValues[string]) => setValues((v) => ({ ...v, [name]: value }));
  const finished = useRef(true);
  const tasks = `/referrals/${referral.id}`;
  const ogrs = Number(values.ogrsScore);
  return (
    <>
      <BackLink href={tasks}>Back to the referral</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={`Referral to ${referral.interventionTitle}`}>{title}</PageHeading>
          <form
            noValidate
            onSubmit={(event) =>
              void run(
                () =>
                  saveSection(
                    referral.id,
                    section,
                    toAnswers(fields, values),
                    referral.version,
                    finished.current,
                  ),
                tasks,
              )(event)
            }
          >
            {fields
              .filter((f) => !f.showIf || f.showIf(values))
              .map((field) => (
                <FieldView
                  key={field.name}
                  field={field}
                  values={values}
                  set={set}
                  error={errors?.fields[field.name]}
                />
              ))}
            {section === "risk" &&
            values.ogrsScore !== "" &&
            ogrsWarning(Number.isNaN(ogrs) ? undefined : ogrs) ? (
              <WarningText>{ogrsWarningText}</WarningText>
            ) : null}
            <div className="govuk-button-group">
              <Button type="submit" disabled={busy} onClick={() => (finished.current = true)}>
                Save and continue
              </Button>
              <Button
                type="submit"
                variant="secondary"
                disabled={busy}
                onClick={() => (finished.current = false)}
              >
                Save and come back later
              </Button>
            </div>
          </form>
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
