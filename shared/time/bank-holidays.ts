// Fixed data rather than a rule engine: substitute days and one-off holidays (coronations, funerals,
// jubilees) are announced by proclamation, so a list checked against GOV.UK is the honest source.

/** The years `bankHolidays` is complete for; working-day sums outside them would silently be wrong. */
export const bankHolidayCoverage = { from: 2024, to: 2030 } as const;

/** England and Wales bank holidays as London calendar dates (YYYY-MM-DD), substitute days included. */
export const bankHolidays: ReadonlySet<string> = new Set([
  // 2024
  "2024-01-01",
  "2024-03-29",
  "2024-04-01",
  "2024-05-06",
  "2024-05-27",
  "2024-08-26",
  "2024-12-25",
  "2024-12-26",
  // 2025
  "2025-01-01",
  "2025-04-18",
  "2025-04-21",
  "2025-05-05",
  "2025-05-26",
  "2025-08-25",
  "2025-12-25",
  "2025-12-26",
  // 2026: Boxing Day is a Saturday, substituted on Monday 28th.
  "2026-01-01",
  "2026-04-03",
  "2026-04-06",
  "2026-05-04",
  "2026-05-25",
  "2026-08-31",
  "2026-12-25",
  "2026-12-28",
  // 2027: Christmas Day and Boxing Day fall on the weekend, substituted on Monday 27th and Tuesday 28th.
  "2027-01-01",
  "2027-03-26",
  "2027-03-29",
  "2027-05-03",
  "2027-05-31",
  "2027-08-30",
  "2027-12-27",
  "2027-12-28",
  // 2028: New Year's Day is a Saturday, substituted on Monday 3rd.
  "2028-01-03",
  "2028-04-14",
  "2028-04-17",
  "2028-05-01",
  "2028-05-29",
  "2028-08-28",
  "2028-12-25",
  "2028-12-26",
  // 2029
  "2029-01-01",
  "2029-03-30",
  "2029-04-02",
  "2029-05-07",
  "2029-05-28",
  "2029-08-27",
  "2029-12-25",
  "2029-12-26",
  // 2030
  "2030-01-01",
  "2030-04-19",
  "2030-04-22",
  "2030-05-06",
  "2030-05-27",
  "2030-08-26",
  "2030-12-25",
  "2030-12-26",
]);
