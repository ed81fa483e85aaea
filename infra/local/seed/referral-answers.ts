import { ulid } from "ulid";
import { londonDate } from "#shared/time/index.ts";

const day = 86_400_000;

/** Who the referral is about: invented by default, with a random CRN and a unique surname. */
export interface DemoPerson {
  crn: string;
  firstName: string;
  lastName: string;
}

const anyone = (): DemoPerson => ({
  crn: `X${String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0")}`,
  firstName: "Alex",
  lastName: `Murray${ulid().slice(-6)}`,
});

/**
 * Answers to every section of a referral to Bridge Housing's accommodation service, as of `now`
 * (plain data, so the seed, the tests and the benchmark all send the same referral).
 */
export const referralAnswers = (now: Date, person: DemoPerson = anyone(), tierId = "low") => ({
  person: {
    ...person,
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
  intervention: { tierId, desiredOutcomes: ["Eviction or loss of accommodation prevented"] },
  requirement: {
    enforceableDays: 10,
    completionDeadline: londonDate(new Date(now.getTime() + 90 * day)),
  },
  reason: { reason: "Needs help to keep their tenancy." },
});
