import { formatCalendarDate } from "../time/calendar-date.ts";
import { findNeedArea, findRegion } from "../reference/index.ts";
import { needAreas as allNeedAreas } from "../reference/need-areas.ts";
import { regions as allRegions } from "../reference/regions.ts";
import { startOfLondonDay } from "../time/london.ts";
import { buyer, type DraftedNotice } from "./draft.ts";
import { frameworkProcurementId, type NoticeKind } from "./notice.ts";

/**
 * The dynamic market's own notices after its establishment (issue 20): a modification when its scope
 * (need areas and regions) differs from the scope its latest notice recorded, and its cessation.
 */
export const marketTitle = "Rehabilitative and resettlement services dynamic market";

/** The market's parties and buyer, as each of its releases states them. */
export const marketParties = { parties: [{ ...buyer, roles: ["buyer", "procuringEntity"] }], buyer };

/** The market's scope: the need areas and regions it buys for. */
export interface MarketScope {
  needAreaIds: string[];
  regionIds: string[];
}

/** The scope as the reference data (code) defines it today. */
export const currentScope = (): MarketScope => ({
  needAreaIds: allNeedAreas.map((n) => n.id),
  regionIds: allRegions.map((r) => r.id),
});

/** The scope as a notice records it (`basis`): order-free, so only a real change differs. */
export const scopeBasis = (scope: MarketScope): string =>
  `areas:${[...scope.needAreaIds].sort().join(",")}|regions:${[...scope.regionIds].sort().join(",")}`;

/** The scope a basis records; undefined for a basis that is not a scope. */
export const scopeOf = (basis: string): MarketScope | undefined => {
  const match = /^areas:([^|]*)\|regions:(.*)$/.exec(basis);
  if (!match) return undefined;
  const list = (text: string) => (text ? text.split(",") : []);
  return { needAreaIds: list(match[1]!), regionIds: list(match[2]!) };
};

/** What changed between two scopes. */
export interface ScopeDiff {
  needAreasAdded: string[];
  needAreasRemoved: string[];
  regionsAdded: string[];
  regionsRemoved: string[];
}

const minus = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));

/** The need areas and regions added and removed from `before` to `after`. */
export const scopeDiff = (before: MarketScope, after: MarketScope): ScopeDiff => ({
  needAreasAdded: minus(after.needAreaIds, before.needAreaIds),
  needAreasRemoved: minus(before.needAreaIds, after.needAreaIds),
  regionsAdded: minus(after.regionIds, before.regionIds),
  regionsRemoved: minus(before.regionIds, after.regionIds),
});

// A removed need area or region may no longer be in the reference data: its id is all that is left.
const areaNames = (ids: string[]) => ids.map((id) => findNeedArea(id)?.name ?? id);
const regionNames = (ids: string[]) => ids.map((id) => findRegion(id)?.name ?? id);
const listed = (names: string[]) => (names.length ? names.join(", ") : "None");

const scopeFacts = (scope: MarketScope) => [
  { label: "Need areas", value: listed(areaNames(scope.needAreaIds)) },
  { label: "Regions", value: listed(regionNames(scope.regionIds)) },
];

// OCDS identifies an amendment by id; the same scope gives the same id, so a correction merges with it.
const shortHash = (text: string) => {
  let hash = 5381;
  for (const char of text) hash = (hash * 33 + char.charCodeAt(0)) >>> 0;
  return hash.toString(36);
};

// What every notice of the market shares: its procurement, its parties, and its text in the tender section.
const marketNotice = (
  kind: NoticeKind,
  regionIds: string[],
  notice: Pick<DraftedNotice, "facts" | "description" | "tag">,
  tender: Record<string, unknown>,
): DraftedNotice => ({
  kind,
  procurementId: frameworkProcurementId,
  procurementTitle: marketTitle,
  regionIds,
  ...notice,
  correctionTag: "tenderAmendment",
  textAt: "tender",
  release: { ...marketParties, tender: { id: frameworkProcurementId, title: marketTitle, ...tender } },
});

const needAreaItems = (ids: string[]) => ids.map((id) => ({ id, description: findNeedArea(id)?.name ?? id }));

/** The dynamic market's establishment notice: every need area and region it covers. */
export const draftDynamicMarketEstablishment = (): DraftedNotice => {
  const scope = currentScope();
  return marketNotice(
    "dynamicMarketEstablishment",
    scope.regionIds,
    {
      facts: [
        ...scopeFacts(scope),
        {
          label: "Who may join",
          value: "Voluntary, community and social-enterprise providers meeting the conditions of membership",
        },
      ],
      description:
        "A dynamic market through which the probation service buys rehabilitative and resettlement services. Suppliers may apply to join at any time.",
      tag: "tender",
    },
    {
      status: "active",
      procuringEntity: buyer,
      procurementMethod: "open",
      procurementMethodDetails: "Dynamic market under the Procurement Act 2023",
      mainProcurementCategory: "services",
      items: needAreaItems(scope.needAreaIds),
    },
  );
};

/** The modification notice: what was added and removed since the last recorded scope, and the scope now. */
export const draftDynamicMarketModification = (before: MarketScope, after: MarketScope): DraftedNotice => {
  const diff = scopeDiff(before, after);
  const facts = [
    { label: "Need areas added", value: listed(areaNames(diff.needAreasAdded)) },
    { label: "Need areas removed", value: listed(areaNames(diff.needAreasRemoved)) },
    { label: "Regions added", value: listed(regionNames(diff.regionsAdded)) },
    { label: "Regions removed", value: listed(regionNames(diff.regionsRemoved)) },
    ...scopeFacts(after),
  ];
  const changes = facts.slice(0, 4).filter((f) => f.value !== "None");
  const summary = changes.map((f) => `${f.label}: ${f.value}`).join(". ");
  return marketNotice(
    "dynamicMarketModification",
    after.regionIds,
    {
      facts,
      description: `The scope of the dynamic market has changed. ${summary}.`,
      tag: "tenderAmendment",
    },
    {
      status: "active",
      items: needAreaItems(after.needAreaIds),
      amendments: [
        {
          id: `scope-${shortHash(scopeBasis(after))}`,
          rationale: "The need areas or regions of the dynamic market changed",
          description: summary,
        },
      ],
    },
  );
};

/** The cessation notice: the date the market ceases, its scope, and that existing contracts continue. */
export const draftDynamicMarketCessation = (
  cessation: { closesOn: string; reason: string },
  scope: MarketScope,
): DraftedNotice =>
  marketNotice(
    "dynamicMarketCessation",
    scope.regionIds,
    {
      facts: [
        { label: "Ceases to operate on", value: formatCalendarDate(cessation.closesOn) },
        ...scopeFacts(scope),
        {
          label: "Existing contracts",
          value:
            "Contracts already awarded under the dynamic market continue until they end, with their referrals",
        },
        {
          label: "From that date",
          value: "No supplier is admitted and no new call-off competition is published",
        },
      ],
      description: cessation.reason,
      tag: "tenderUpdate",
    },
    // The market's tender stage is over: it takes requests to participate until the period's end.
    { status: "complete", tenderPeriod: { endDate: startOfLondonDay(cessation.closesOn).toISOString() } },
  );
