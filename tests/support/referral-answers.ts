import { ulid } from "ulid";
import { londonDate } from "#shared/time/index.ts";

const day = 86_400_000;

/**
 * Answers to every section of a referral to Bridge Housing's accommodation service, as of `now`
 * (plain data, so the benchmark can send referrals too).
 */
export const referralAnswers = (now: Date) => {
  return {
    person: {
      crn: `X${String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0")}`,
      firstName: "Alex",
      lastName: `Murray${ulid().slice(-6)}`,
      dateOfBirth: "1990-03-27",
      sex: "male",
      ethnicity: "white",
      firstLanguage: "English",
      needsInterpreter: false,
      disabilities: "None",
      religion: "None",
    },
    sentence: { sentenceTypeId: "community-order" },
    risk: { roshLevel: "medium", ogrsScore: 48, riskSummary: "Medium risk to staff when intoxicated." },
    needs: {
      needs: "Facing eviction after rent arrears built up.",
      availability: "Weekday mornings",
      responsibilities: "None",
    },
    intervention: { tierId: "low", desiredOutcomes: ["Eviction or loss of accommodation prevented"] },
    requirement: {
      enforceableDays: 10,
      completionDeadline: londonDate(new Date(now.getTime() + 90 * day)),
    },
    reason: { reason: "Needs help to keep their tenancy." },
  };
};
