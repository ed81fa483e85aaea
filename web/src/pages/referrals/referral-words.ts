import { findOffice } from "#shared/reference/index.ts";
import { appointmentFormatLabels, appointmentMethodLabels } from "#shared/referrals/delivery.ts";
import type { Appointment } from "#shared/referrals/delivery.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { formatDateTime } from "../../format/format.ts";

/** Where an appointment is held, in words, when it is held in person. */
export const appointmentPlace = (a: Appointment): string | undefined => {
  if (a.method === "probation-office" && a.officeId) {
    const office = findOffice(a.officeId);
    return office ? [office.name, ...office.address, office.postcode].join(", ") : a.officeId;
  }
  const o = a.otherAddress;
  return o ? [o.line1, o.line2, o.town, o.postcode].filter(Boolean).join(", ") : undefined;
};

/** An appointment in words. */
export const describeAppointment = (a: Appointment) => {
  const place = appointmentPlace(a);
  const how =
    a.method === "probation-office" || a.method === "in-person"
      ? "in person"
      : appointmentMethodLabels[a.method].toLowerCase();
  return `${formatDateTime(a.at)}, ${a.durationMinutes} minutes, ${appointmentFormatLabels[a.format].toLowerCase()}, ${how}${place ? ` at ${place}` : ""}`;
};

/** The person's name as the officer entered it. */
export const personName = (r: Referral) =>
  [r.answers.person?.firstName, r.answers.person?.lastName].filter(Boolean).join(" ") || "Name not entered";
