import { TZDate } from "@date-fns/tz";
import type { DateParts } from "../components/govuk/fields.ts";

const london = "Europe/London";

/** A whole number typed by a person ("1,200" is fine); undefined when blank, NaN when not a whole number. */
export function parseWholeNumber(text: string): number | undefined {
  const cleaned = text.replace(/[,\s]/g, "");
  if (cleaned === "") return undefined;
  return /^\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** An amount in pounds ("£1,250.50") as whole pence; undefined when blank, NaN when not an amount. */
export function parsePoundsToPence(text: string): number | undefined {
  const cleaned = text.replace(/[£,\s]/g, "");
  if (cleaned === "") return undefined;
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return Number.NaN;
  const [pounds = "0", pence = ""] = cleaned.split(".");
  return Number(pounds) * 100 + Number(pence.padEnd(2, "0"));
}

/** Pence as pounds for an input: "450" or "450.50". */
export function penceToPoundsInput(pence: number | undefined): string {
  if (pence === undefined) return "";
  return pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2);
}

export const numberInput = (value: number | undefined): string => (value === undefined ? "" : String(value));

const blank = (parts: DateParts, keys: readonly (keyof DateParts)[]) =>
  keys.every((key) => (parts[key] ?? "").trim() === "");

const whole = (text: string | undefined) =>
  /^\d{1,4}$/.test((text ?? "").trim()) ? Number(text) : Number.NaN;

/** Day, month and year as YYYY-MM-DD; undefined when all blank, null when not a real date. */
export function partsToIsoDate(parts: DateParts): string | undefined | null {
  if (blank(parts, ["day", "month", "year"])) return undefined;
  const day = whole(parts.day);
  const month = whole(parts.month);
  const year = whole(parts.year);
  if ([day, month, year].some(Number.isNaN) || year < 1000) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** YYYY-MM-DD as day, month and year for a date input. */
export function isoDateToParts(iso: string | undefined): DateParts {
  if (!iso) return {};
  const [year, month, day] = iso.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year: year ?? "" };
}

/**
 * A date and time typed in UK time (Europe/London) as a UTC ISO instant; undefined when all blank, null when
 * not a real date and time.
 */
export function partsToInstant(parts: DateParts): string | undefined | null {
  if (blank(parts, ["day", "month", "year", "hour", "minute"])) return undefined;
  const date = partsToIsoDate(parts);
  if (!date) return null;
  const hour = whole(parts.hour);
  const minute = (parts.minute ?? "").trim() === "" ? 0 : whole(parts.minute);
  if (Number.isNaN(hour) || Number.isNaN(minute) || hour > 23 || minute > 59) return null;
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const local = new TZDate(year, month - 1, day, hour, minute, 0, 0, london);
  return new Date(local.getTime()).toISOString();
}

/** A UTC instant as day, month, year, hour and minute in UK time, for a date and time input. */
export function instantToParts(iso: string | undefined): DateParts {
  if (!iso) return {};
  const local = new TZDate(iso, london);
  return {
    day: String(local.getDate()),
    month: String(local.getMonth() + 1),
    year: String(local.getFullYear()),
    hour: String(local.getHours()).padStart(2, "0"),
    minute: String(local.getMinutes()).padStart(2, "0"),
  };
}
