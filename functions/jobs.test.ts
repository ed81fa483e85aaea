import { describe, expect, it } from "vitest";
import * as accounts from "./accounts/items.ts";
import * as bids from "./bids/items.ts";
import * as clarifications from "./clarifications/items.ts";
import * as contracts from "./contracts/items.ts";
import * as contractManagement from "./contracts/management-items.ts";
import * as contractReviews from "./contracts/review-items.ts";
import * as evaluation from "./evaluation/items.ts";
import * as framework from "./framework/items.ts";
import { jobTable } from "./jobs.ts";
import * as notices from "./notices/items.ts";
import * as notifications from "./notifications/items.ts";
import * as opportunities from "./opportunities/items.ts";
import * as performance from "./performance/items.ts";
import * as audit from "./platform/data/audit.ts";
import * as referrals from "./referrals/items.ts";

/** Every declared item kind's type discriminator. */
const declaredTypes = new Set(
  [
    accounts,
    audit,
    bids,
    clarifications,
    contracts,
    contractManagement,
    contractReviews,
    evaluation,
    framework,
    notices,
    notifications,
    opportunities,
    performance,
    referrals,
  ]
    .flatMap((module) => Object.values(module))
    .flatMap((v) =>
      v && typeof v === "object" && "type" in v && typeof v.type === "string" ? [v.type] : [],
    ),
);

describe("the job table and the item declarations", () => {
  it("picks stream changes only by item types some declaration writes", () => {
    // A stream job filtering on a misspelt or renamed type would silently never run.
    for (const job of jobTable) {
      if (job.kind !== "stream") continue;
      for (const type of job.itemTypes) expect(declaredTypes, `${job.name}: ${type}`).toContain(type);
    }
  });
});
