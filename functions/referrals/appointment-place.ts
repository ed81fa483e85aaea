import { findPdu, officesOf } from "#shared/reference/index.ts";
import { appointmentOf, type UkAddress } from "#shared/referrals/appointments.ts";
import type { Appointment } from "#shared/referrals/delivery.ts";
import { invalid } from "../platform/http/problems.ts";
import type { StoredReferral } from "./stored.ts";

type Requested = Omit<Appointment, "otherAddress"> & { otherAddress?: UkAddress | undefined };

/**
 * The appointment as stored, after checking its office is one of the referral's delivery unit's
 * (400 on the field otherwise, naming the unit), with only the place its method uses.
 */
export const placedAppointment = (r: StoredReferral, requested: Requested): Appointment => {
  if (requested.method === "probation-office") {
    const offices = officesOf(r.pdu);
    if (!offices.some((o) => o.id === requested.officeId)) {
      const unit = findPdu(r.pdu)?.pdu.name ?? "the referral’s delivery unit";
      throw invalid([
        {
          path: "officeId",
          message: offices.length
            ? `Select one of the probation offices of ${unit}`
            : `${unit} has no probation offices listed: choose another address instead`,
        },
      ]);
    }
  }
  return appointmentOf(requested);
};
