import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import type { InvitationSummary } from "#shared/accounts/people.ts";
import { peopleKeys, resendInvitation, revokeInvitation } from "../../api/people.ts";
import { AppLink, Button, Table } from "../govuk/index.ts";

/** A row of a people table: the person (named, with their e-mail beneath), then the table's own cells. */
export interface PersonRow {
  id: string;
  name: string;
  email: string;
  /** Where the person's own page is, when they have one. */
  href?: string;
  cells: Record<string, ReactNode>;
}

/**
 * A table of people (members, staff or invitations): the first column names each person, with their
 * e-mail beneath and a link to their page; `columns` are the rest. The People and Staff pages share it.
 */
export function MembersTable(props: {
  caption: string;
  columns: readonly { key: string; header: string }[];
  rows: readonly PersonRow[];
}) {
  return (
    <Table
      caption={props.caption}
      columns={[{ key: "name", header: "Name" }, ...props.columns]}
      rows={props.rows.map((r) => ({
        id: r.id,
        cells: {
          name: (
            <>
              {r.href ? (
                <AppLink href={r.href} className="govuk-link">
                  {r.name}
                </AppLink>
              ) : (
                r.name
              )}
              <br />
              <span className="govuk-hint">{r.email}</span>
            </>
          ),
          ...r.cells,
        },
      }))}
    />
  );
}

/**
 * An action on a people page whose outcome is announced in the page's status line (what happened, or the
 * API's explanation of why not), after which the people lists are read again.
 */
export function useAnnouncedAction() {
  const queryClient = useQueryClient();
  const [announcement, setAnnouncement] = useState("");
  const act = async (action: () => Promise<unknown>, said: string) => {
    try {
      await action();
      setAnnouncement(said);
    } catch (error) {
      setAnnouncement(
        (error as { detail?: string }).detail ?? "That did not work. Reload the page and try again.",
      );
    }
    await queryClient.invalidateQueries({ queryKey: peopleKeys.all });
  };
  return { announcement, act };
}

/** "Send again" (a new link) and "Withdraw" for an invitation still waiting to be accepted. */
export function InvitationActions(props: {
  invitation: Pick<InvitationSummary, "id" | "name" | "email">;
  act: ReturnType<typeof useAnnouncedAction>["act"];
}) {
  const { id, name, email } = props.invitation;
  return (
    <div className="govuk-button-group">
      <Button
        variant="secondary"
        onClick={() => void props.act(() => resendInvitation(id), `A new link has been sent to ${email}`)}
      >
        Send again<span className="govuk-visually-hidden"> to {name}</span>
      </Button>
      <Button
        variant="warning"
        onClick={() =>
          void props.act(() => revokeInvitation(id), `The invitation to ${name} has been withdrawn`)
        }
      >
        Withdraw<span className="govuk-visually-hidden"> the invitation to {name}</span>
      </Button>
    </div>
  );
}
