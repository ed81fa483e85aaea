import { describe, expect, it } from "vitest";
import {
  catalogueRegionEntryKind,
  cataloguePduEntryKind,
  contractKind,
  contractListingKind,
  contractViewKind,
  interventionKind,
  listPartition,
  referralCountKind,
} from "./items.ts";

// The key strings of items already stored: a refactor that changes one fails here, not in production.
describe("contract item keys", () => {
  const contract = {
    id: "C1",
    organisationId: "org-a",
    opportunityId: "O1",
    startDate: "2026-04-01",
    endDate: "2027-03-31",
  };
  const intervention = {
    id: "I1",
    contractId: "C1",
    tierId: "medium" as const,
    organisationName: "Bridge Trust",
    needAreaId: "accommodation",
  };

  it("contract, by organisation, by opportunity and (while live) by end date", () => {
    expect(contractKind.item(contract)).toEqual({
      pk: "CONTRACT#C1",
      sk: "DETAILS",
      gsi1pk: "ORG#org-a#CONTRACTS",
      gsi1sk: "2026-04-01#C1",
      gsi2pk: "OPP#O1#CONTRACTS",
      gsi2sk: "C1",
      gsi3pk: "CONTRACTS#LIVE#BY-END",
      gsi3sk: "2027-03-31#C1",
      type: "contract",
    });
    expect(contractKind.item({ ...contract, status: "terminated" })).not.toHaveProperty("gsi3pk");
  });

  it("contract listing entry per region", () => {
    expect(contractListingKind.item({ ...contract, regionId: "london" })).toEqual({
      pk: "CONTRACT#C1",
      sk: "REGION#london",
      gsi1pk: "REGION#london#CONTRACTS",
      gsi1sk: "2026-04-01#C1",
      gsi2pk: "REGION#london#CONTRACTS",
      gsi2sk: "2027-03-31#C1",
      type: "contract-listing",
    });
  });

  it("filtered list views: a region's by need and status, the provider's by status", () => {
    const view = contractViewKind.item({
      ...contract,
      needAreaId: "accommodation",
      status: "terminated",
      scope: { regionId: "wales" },
      variant: "NEED-STATUS",
    });
    expect(view).toEqual({
      pk: "CONTRACT#C1",
      sk: "VIEW#REGION#wales#NEED-STATUS",
      gsi1pk: "REGION#wales#CONTRACTS#NEED#accommodation#STATUS#terminated",
      gsi1sk: "2026-04-01#C1",
      gsi2pk: "REGION#wales#CONTRACTS#NEED#accommodation#STATUS#terminated",
      gsi2sk: "2027-03-31#C1",
      type: "contract-view",
    });
    expect(listPartition({ organisationId: "org-a" }, {})).toBe("ORG#org-a#CONTRACTS#ALL");
    expect(listPartition({ organisationId: "org-a" }, { status: "live" })).toBe(
      "ORG#org-a#CONTRACTS#STATUS#live",
    );
  });

  it("intervention, by contract", () => {
    expect(interventionKind.item(intervention)).toEqual({
      pk: "INTERVENTION#I1",
      sk: "DETAILS",
      gsi1pk: "CONTRACT#C1#INTERVENTIONS",
      gsi1sk: "medium",
      type: "intervention",
    });
  });

  it("catalogue entries per PDU and per region, tiers lowest first", () => {
    expect(cataloguePduEntryKind.item({ ...intervention, pduId: "camden" })).toEqual({
      pk: "INTERVENTION#I1",
      sk: "PDU#camden",
      gsi1pk: "CATALOGUE#PDU#camden#accommodation",
      gsi1sk: "2medium#bridge trust#I1",
      type: "catalogue-entry",
    });
    expect(catalogueRegionEntryKind.item({ ...intervention, regionId: "london" })).toEqual({
      pk: "INTERVENTION#I1",
      sk: "REGION#london",
      gsi1pk: "CATALOGUE#REGION#london#accommodation",
      gsi1sk: "2medium#bridge trust#I1",
      type: "catalogue-entry",
    });
  });

  it("referral count per intervention per year", () => {
    expect(referralCountKind.item({ interventionId: "I1", year: "2026" })).toEqual({
      pk: "INTERVENTION#I1",
      sk: "REFERRALS#2026",
      type: "referral-count",
    });
  });
});
