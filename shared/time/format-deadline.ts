import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** A deadline as people in England and Wales read it, e.g. "12:00pm on 14 December 2026 (UK time)". */
export const formatDeadline = (iso: string): string =>
  `${format(new TZDate(iso, "Europe/London"), "h:mmaaa 'on' d MMMM yyyy")} (UK time)`;
