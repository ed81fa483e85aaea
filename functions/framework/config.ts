/** The period for an admission decision when none is configured: ten working days from submission. */
export const defaultAdmissionDecisionWorkingDays = 10;

/**
 * Working days a framework administrator has to decide an application: configuration
 * (`ADMISSION_DECISION_WORKING_DAYS`), 10 by default. Read per call so the local stack can set it.
 */
export const admissionDecisionWorkingDays = (): number => {
  const configured = Number(process.env.ADMISSION_DECISION_WORKING_DAYS);
  return Number.isInteger(configured) && configured > 0 ? configured : defaultAdmissionDecisionWorkingDays;
};
