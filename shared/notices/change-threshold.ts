/**
 * When an agreed contract change needs a contract change notice (Procurement Act 2023 s.75(2)). The Act
 * exempts a change that moves the contract's estimated value by "10 per cent or less" (goods or services)
 * or its term by "10 per cent or less" of the maximum term; a notice is drafted when either share is
 * strictly more (ADR 0034, update of session 6, says why both are checked). The percentage is
 * configuration (`CONTRACT_CHANGE_NOTICE_PERCENT`): s.75(7) lets Ministers change it by regulations.
 */
export interface ChangeSize {
  /** The contract's annual value (price × capacity over its tiers) before the change. */
  valueBeforePence: number;
  /** The change in annual value the change makes. */
  valueDeltaPence: number;
  /** The contract's start date and its end date before and after the change (YYYY-MM-DD). */
  startDate: string;
  endDateBefore: string;
  endDateAfter: string;
}

const days = (from: string, to: string) =>
  (Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000;

/** The share of the value, and of the term, that the change moves (as percentages). */
export const changeShares = (c: ChangeSize) => {
  const term = Math.max(days(c.startDate, c.endDateBefore), 1);
  return {
    valuePercent:
      c.valueBeforePence > 0
        ? (Math.abs(c.valueDeltaPence) / c.valueBeforePence) * 100
        : c.valueDeltaPence
          ? 100
          : 0,
    termPercent: (Math.abs(days(c.endDateBefore, c.endDateAfter)) / term) * 100,
  };
};

/** Whether the change is above the threshold: value or term moved by more than the percentage. */
export const changeNeedsNotice = (c: ChangeSize, percent: number): boolean => {
  const { valuePercent, termPercent } = changeShares(c);
  return valuePercent > percent || termPercent > percent;
};
