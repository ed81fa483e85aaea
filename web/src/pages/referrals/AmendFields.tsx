import { officesOf, referenceData } from "#shared/reference/index.ts";
import type { AmendmentGroup } from "#shared/referrals/amendments.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import {
  FormCheckboxes,
  FormDateInput,
  FormRadios,
  FormTextarea,
  FormTextInput,
} from "../../forms/fields.tsx";

/** The fields one group of an amendment asks for, then the reason for the change. */
export function AmendFields({ group, referral }: { group: AmendmentGroup; referral: Referral }) {
  return (
    <>
      <GroupFields group={group} referral={referral} />
      <FormTextarea
        name="reason"
        label="Why are you making this change?"
        hint="The provider reads this in the referral’s changelog. Up to 1,000 characters."
        rows={3}
      />
    </>
  );
}

function GroupFields({ group, referral }: { group: AmendmentGroup; referral: Referral }) {
  switch (group) {
    case "desired-outcomes": {
      const area = referenceData.needAreas.find((n) => n.id === referral.needAreaId);
      return (
        <FormCheckboxes
          name="desiredOutcomes"
          legend="Desired outcomes"
          hint="Select all that apply."
          items={(area?.desiredOutcomes ?? []).map((o) => ({ value: o, text: o }))}
        />
      );
    }
    case "complexity-tier":
      return (
        <FormRadios
          name="tierId"
          legend="Complexity tier"
          items={referenceData.complexityTiers
            .filter((t) => referral.tiersOffered.includes(t.id))
            .map((t) => ({ value: t.id, text: t.name, hint: t.summary }))}
        />
      );
    case "reason":
      return <FormTextarea name="text" label="Reason for referral" rows={6} />;
    case "accessibility":
      return <FormTextarea name="disabilities" label="Disabilities and accessibility needs" rows={4} />;
    case "interpreter":
      return (
        <FormRadios
          name="needsInterpreter"
          legend="Does the person need an interpreter?"
          inline={false}
          items={[
            {
              value: "yes",
              text: "Yes",
              conditional: <FormTextInput name="interpreterLanguage" label="Language" width="20" />,
            },
            { value: "no", text: "No" },
          ]}
        />
      );
    case "responsibilities":
      return <FormTextarea name="responsibilities" label="Employment and caring responsibilities" rows={4} />;
    case "release":
      return (
        <>
          <FormDateInput
            name="expectedReleaseDate"
            legend="Expected release date"
            hint="For example, 27 3 2027"
          />
          <FormTextInput name="establishment" label="Establishment (prison)" />
        </>
      );
    case "probation-office":
      return (
        <FormRadios
          name="officeId"
          legend="Probation office"
          hint={referenceData.probationOfficesSource}
          items={officesOf(referral.pdu).map((o) => ({
            value: o.id,
            text: o.name,
            hint: [...o.address, o.postcode].join(", "),
          }))}
        />
      );
    case "officer-contact":
      return (
        <>
          <FormTextInput name="email" label="Email address" autoComplete="email" />
          <FormTextInput name="phone" label="Phone number (optional)" width="20" autoComplete="tel" />
        </>
      );
    case "enforceable-days":
      return (
        <FormTextInput
          name="enforceableDays"
          label="Maximum enforceable days"
          hint={`From 1 to 40, and not fewer than the ${referral.daysUsed} already used.`}
          width="3"
          inputMode="numeric"
        />
      );
    case "completion-deadline":
      return (
        <FormDateInput name="completionDeadline" legend="Completion deadline" hint="For example, 27 3 2027" />
      );
  }
}
