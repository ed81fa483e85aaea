import { findOffice } from "#shared/reference/index.ts";
import { daysUsedText } from "#shared/referrals/days-used.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { SummaryList } from "../../components/govuk/index.ts";
import { formatPence } from "../../format/format.ts";

/** What the provider works to: the price for the tier, days used, and how to reach the officer. */
export function ProviderTerms({ referral }: { referral: Referral }) {
  const office = referral.officeId ? findOffice(referral.officeId) : undefined;
  return (
    <SummaryList
      rows={[
        ...(referral.pricePerReferralPence !== undefined
          ? [{ key: "Price for this tier", value: formatPence(referral.pricePerReferralPence) }]
          : []),
        { key: "Days used", value: daysUsedText(referral.daysUsed, referral.maxEnforceableDays) },
        ...(office
          ? [{ key: "Probation office", value: [office.name, ...office.address, office.postcode].join(", ") }]
          : []),
        ...(referral.officerContact?.email
          ? [
              {
                key: "Responsible officer’s contact",
                value: [referral.officerContact.email, referral.officerContact.phone]
                  .filter(Boolean)
                  .join(", "),
              },
            ]
          : []),
      ]}
    />
  );
}
