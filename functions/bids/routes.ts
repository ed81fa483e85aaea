import { bidSchema, bidsForCommissionerSchema, saveBidSchema } from "#shared/bids/bid.ts";
import { pageQuerySchema } from "#shared/common/pagination.ts";
import { versionOnlySchema } from "#shared/opportunities/opportunity.ts";
import { opportunityParams } from "#shared/opportunities/params.ts";
import { defineRoutes } from "../platform/route.ts";
import { pathId } from "#shared/http/path-id.ts";

const context = "bids";

/** Sealed bids: providers draft, submit and withdraw their own; commissioners read them after the deadline. */
export const getMyBidRoute = {
  operationId: "getMyBid",
  method: "GET",
  path: "/api/opportunities/{opportunityId}/bid",
  summary: "The provider's own bid for an opportunity",
  context,
  handler: "bids/get-my-bid.ts",
  access: ["provider"],
  memberRole: "bid-writer",
  request: { params: opportunityParams },
  response: {
    status: 200,
    description: "The bid, or null when the provider has not started one",
    schema: bidSchema.nullable(),
  },
  grants: { table: "read" },
} as const;

export const saveBidRoute = {
  operationId: "saveBid",
  method: "PUT",
  path: "/api/opportunities/{opportunityId}/bid",
  summary: "Save the provider's bid as a draft (partial drafts are fine; version 0 starts it)",
  context,
  handler: "bids/save-bid.ts",
  access: ["provider"],
  memberRole: "bid-writer",
  request: { params: opportunityParams, body: saveBidSchema },
  response: { status: 200, description: "The saved draft", schema: bidSchema },
  // Read to check a new attachment's first bytes; write to remove one that is not what it says.
  grants: { table: "readwrite", documents: "readwrite" },
} as const;

export const submitBidRoute = {
  operationId: "submitBid",
  method: "POST",
  path: "/api/opportunities/{opportunityId}/bid/submit",
  summary: "Submit the bid; every missing part is listed if it is not complete",
  context,
  handler: "bids/submit-bid.ts",
  access: ["provider"],
  memberRole: "bid-writer",
  request: { params: opportunityParams, body: versionOnlySchema },
  response: { status: 200, description: "The submitted bid", schema: bidSchema },
  idempotent: true,
  // Submitting seals the attachments: each is read, hashed and copied to its sealed key.
  grants: { table: "readwrite", documents: "readwrite" },
} as const;

export const withdrawBidRoute = {
  operationId: "withdrawBid",
  method: "POST",
  path: "/api/opportunities/{opportunityId}/bid/withdraw",
  summary: "Withdraw a submitted bid before the deadline",
  context,
  handler: "bids/withdraw-bid.ts",
  access: ["provider"],
  memberRole: "bid-writer",
  request: { params: opportunityParams, body: versionOnlySchema },
  response: { status: 200, description: "The withdrawn bid", schema: bidSchema },
  grants: { table: "readwrite" },
} as const;

export const listBidsRoute = {
  operationId: "listBids",
  method: "GET",
  path: "/api/opportunities/{opportunityId}/bids",
  summary: "Before the deadline: only the number of submitted bids. After it: who bid and when",
  context,
  handler: "bids/list-bids.ts",
  access: ["commissioner"],
  request: { params: opportunityParams, query: pageQuerySchema },
  response: {
    status: 200,
    description: "The count, and once unsealed who bid and when (never the content)",
    schema: bidsForCommissionerSchema,
  },
  grants: { table: "read" },
} as const;

export const getBidRoute = {
  operationId: "getBid",
  method: "GET",
  path: "/api/opportunities/{opportunityId}/bids/{organisationId}",
  summary:
    "One bid: its own provider at any time; after the deadline, panel members who declared no conflict with it",
  context,
  handler: "bids/get-bid.ts",
  access: ["commissioner", "provider"],
  // Providers: only bid writers (ADR 0025); commissioners are unaffected.
  memberRole: "bid-writer",
  request: { params: opportunityParams.extend({ organisationId: pathId("bidder") }) },
  response: { status: 200, description: "The bid", schema: bidSchema },
  grants: { table: "read" },
} as const;

export const bidRoutes = defineRoutes([
  getMyBidRoute,
  saveBidRoute,
  submitBidRoute,
  withdrawBidRoute,
  listBidsRoute,
  getBidRoute,
]);
