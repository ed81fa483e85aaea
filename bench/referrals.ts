import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { interventionItems } from "#functions/contracts/items.ts";
import type { LocalStack } from "#infra/local/stack.ts";
import type { Intervention } from "#shared/contracts/contract.ts";
import { londonDate } from "#shared/time/index.ts";
import { referralAnswers } from "#infra/local/seed/referral-answers.ts";
import { writeItems } from "./load.ts";
import { signIn } from "./reads.ts";

/** The seeded live intervention the benchmark refers people to (Camden, accommodation, low tier). */
export const benchIntervention = "contract-bridge-accommodation-low";

const call = async (stack: LocalStack, token: string, method: string, path: string, body: unknown) => {
  const res = await fetch(`${stack.gatewayUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as { id: string; version: number };
};

/** Sends one referral through the API as Sam Rowe (Camden), section by section, as the pages do. */
export const sendReferral = async (stack: LocalStack): Promise<string> => {
  const token = await signIn(stack, "user-officer-camden");
  const draft = await call(stack, token, "POST", "/api/referrals", { interventionId: benchIntervention });
  let version = draft.version;
  for (const [section, answers] of Object.entries(referralAnswers(new Date()))) {
    const saved = await call(stack, token, "PUT", `/api/referrals/${draft.id}/sections/${section}`, {
      ...answers,
      version,
      finished: true,
    });
    version = saved.version;
  }
  await call(stack, token, "POST", `/api/referrals/${draft.id}/send`, { version });
  return draft.id;
};

/** Live filler interventions in the Camden accommodation catalogue partition (three items each). */
export const loadInterventions = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  count: number,
  from = 0,
) => {
  const today = new Date();
  const items = Array.from({ length: count }, (_, k): Intervention => {
    const i = from + k;
    return {
      id: `bench-intervention-${i}`,
      contractId: `bench-contract-${i}`,
      contractReference: `DFP-BENCH-${i}`,
      opportunityId: `bench-opportunity-${i}`,
      organisationId: `bench-org-${i % 50}`,
      organisationName: `Benchmark Provider ${i % 50}`,
      needAreaId: "accommodation",
      tierId: (["low", "medium", "high"] as const)[i % 3]!,
      title: `Benchmark intervention ${i}`,
      assessAndPlan: "Assess needs and agree a plan.",
      implement: "Deliver the plan.",
      reviewAndEvaluate: "Review progress.",
      sessions: 6,
      sessionMinutes: 60,
      deliveryMethods: ["one-to-one"],
      settings: ["community"],
      cohorts: i % 4 === 0 ? ["women"] : [],
      regionIds: ["london"],
      pduIds: ["camden-and-islington"],
      pricePerReferralPence: 50_000,
      capacityPerYear: 100,
      startDate: londonDate(new Date(today.getTime() - 30 * 86_400_000)),
      endDate: londonDate(new Date(today.getTime() + 300 * 86_400_000)),
    };
  }).flatMap(interventionItems);
  return writeItems(db, tableName, items);
};
