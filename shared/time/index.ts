export {
  type BankHoliday,
  bankHolidayCoverage,
  bankHolidayOn,
  bankHolidays,
  bankHolidaysIn,
} from "./bank-holidays.ts";
export { endOfLondonDay, startOfLondonDay } from "./london.ts";
export { addWorkingDays, isWorkingDay, londonDate, workingDaysBetween } from "./working-days.ts";
