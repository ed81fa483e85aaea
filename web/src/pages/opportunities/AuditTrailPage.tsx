import { type FormEvent, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import type { AuditEvent } from "#shared/audit/audit-event.ts";
import { useAuditTrail } from "../../api/audit.ts";
import { useOpportunity } from "../../api/opportunities.ts";
import { AppLink, Button, Table } from "../../components/govuk/index.ts";
import { BackLink, NextPageLink } from "../../components/govuk/journey.ts";
import { Select } from "../../components/govuk/fields.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDateTime } from "../../format/format.ts";

const title = "Audit trail";

/** The actions an opportunity's trail records, in words. */
export const actionNames: Record<string, string> = {
  "opportunity-created": "Created",
  "opportunity-edited": "Edited",
  "opportunity-published": "Published",
  "opportunity-deadlines-extended": "Deadlines extended",
  "opportunity-cancelled": "Cancelled",
  "clarification-asked": "Question asked",
  "clarification-answered": "Question answered",
  "clarification-answer-revised": "Answer changed",
};

const words = (value: string | undefined) => (value ? value.replace(/-/g, " ") : "");
const actionName = (action: string) => actionNames[action] ?? words(action);

/**
 * `/opportunities/:opportunityId/audit`: who did what and when, with the state it moved from and to;
 * filtered by action and by person (in the address), 25 to a page.
 */
export function AuditTrailPage() {
  const { opportunityId = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const filters = {
    action: params.get("action") ?? undefined,
    actor: params.get("actor") ?? undefined,
    cursor: params.get("cursor") ?? undefined,
  };
  const opportunity = useOpportunity(opportunityId);
  const trail = useAuditTrail(opportunityId, filters);
  // Everyone on the unfiltered first page, so the person filter offers names, not ids.
  const people = useAuditTrail(opportunityId, {});
  const state = settle(opportunity, trail, people);
  const [action, setAction] = useState(filters.action ?? "");
  const [actor, setActor] = useState(filters.actor ?? "");
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [o, page, everyone] = state.data;
  const actors = new Map<string, string>();
  for (const e of [...everyone.items, ...page.items]) actors.set(e.actor.userId, e.actor.name);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (action) next.action = action;
    if (actor) next.actor = actor;
    setParams(next);
  };
  const next = new URLSearchParams(params);
  if (page.nextCursor) next.set("cursor", page.nextCursor);
  const row = (e: AuditEvent) => ({
    id: e.id,
    cells: {
      when: formatDateTime(e.at),
      who: e.actor.name,
      what: actionName(e.action),
      change: e.fromState || e.toState ? `${words(e.fromState) || "—"} → ${words(e.toState) || "—"}` : "",
    },
  });
  return (
    <>
      <BackLink href={`/opportunities/${opportunityId}`} />
      <PageHeading caption={o.title}>{title}</PageHeading>
      <form noValidate onSubmit={onSubmit} aria-label="Filter the audit trail">
        <Select
          id="action"
          label="Action"
          value={action}
          onChange={setAction}
          items={[
            { value: "", text: "Every action" },
            ...Object.entries(actionNames).map(([value, text]) => ({ value, text })),
          ]}
        />
        <Select
          id="actor"
          label="Person"
          value={actor}
          onChange={setActor}
          items={[{ value: "", text: "Everyone" }, ...[...actors].map(([value, text]) => ({ value, text }))]}
        />
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
      </form>
      {page.items.length === 0 ? (
        <p className="govuk-body">Nothing recorded matches these filters.</p>
      ) : (
        <Table
          caption="Recorded changes, oldest first"
          captionSize="s"
          columns={[
            { key: "when", header: "When" },
            { key: "who", header: "Who" },
            { key: "what", header: "What" },
            { key: "change", header: "From → to" },
          ]}
          rows={page.items.map(row)}
        />
      )}
      {page.nextCursor ? (
        <NextPageLink href={`/opportunities/${opportunityId}/audit?${next.toString()}`} />
      ) : null}
      {filters.cursor ? (
        <p className="govuk-body">
          <AppLink href={`/opportunities/${opportunityId}/audit`} className="govuk-link">
            Back to the first page
          </AppLink>
        </p>
      ) : null}
    </>
  );
}
