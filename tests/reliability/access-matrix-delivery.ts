import { api } from "../support/api.ts";
import { type Fixture, type FixtureName, principals, token } from "./support/fixtures.ts";

type RowRequest = { body?: unknown; query?: Record<string, string> };
type Row<R> = (on: FixtureName, statuses: string, request?: (f: Fixture) => Promise<RowRequest>) => R;

/** Bridge Housing records session 1 of the fixture with a concern for the officer (item 7). */
const concernRaised = async (f: Fixture) => {
  const res = await api("POST", `/api/referrals/${f.params.referralId}/sessions/1/feedback`, {
    token: await token(principals.provider),
    body: {
      attendance: "did-not-attend",
      absenceReason: "unacceptable",
      notifyOfficer: true,
      concerns: "Did not come and did not answer the phone.",
      version: f.versions.referral,
    },
  });
  if (res.status !== 200)
    throw new Error(`Recording the concern answered ${res.status}: ${JSON.stringify(res.body)}`);
  f.versions.referral = res.body.version as number;
};

/**
 * The delivery rows of the access matrix (issue 17 items 5–7): restricting a person and marking a
 * concern seen are the officer's (Sam Rowe's, who made the referral); Jo Baker in another PDU does not
 * see the referral (404); providers and commissioners never may (403).
 */
// prettier-ignore -- the matrix reads as a table only when its columns line up.
export const deliveryRows = <R>(row: Row<R>): Record<string, R> => ({
  //                                                         anon own  othP unad comm othC off  othO
  restrictPerson: row("sentReferral", "401  403  403  403  403  403  200  404", async (f) => ({
    body: {
      allowedUserIds: ["user-officer-camden-2"],
      allowedTeams: [],
      excludedUserIds: [],
      version: f.versions.referral,
    },
  })),
  markSessionFeedbackSeen: row("scheduledReferral", "401  403  403  403  403  403  200  404", async (f) => {
    await concernRaised(f);
    return { body: { version: f.versions.referral } };
  }),
});
