import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

const london = "Europe/London";

/** A calendar date (YYYY-MM-DD) as "1 April 2027". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return format(new Date(year, month - 1, day), "d MMMM yyyy");
}

/** An instant as people in England and Wales read it: "14 December 2026 at 3:05pm". */
export function formatDateTime(iso: string): string {
  return format(new TZDate(iso, london), "d MMMM yyyy 'at' h:mmaaa");
}

const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

/** Pence as "£1,250.00". */
export function formatPence(pence: number): string {
  return pounds.format(pence / 100);
}

/** "1 word", "12 words". */
export function plural(count: number, one: string, other = `${one}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : other}`;
}
