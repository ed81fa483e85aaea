import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { peopleKeys, resendInvitation, revokeInvitation, useMembers } from "../../api/people.ts";
import { AppLink, Button, ButtonLink, Table } from "../../components/govuk/index.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { invitationRows, memberRows } from "./people.presenter.ts";

/**
 * `/organisation/people`: the organisation's members with their roles, and the invitations still
 * waiting (each can be sent again with a new link, or withdrawn). Administrators only.
 */
export function PeoplePage() {
  const members = useMembers();
  const queryClient = useQueryClient();
  const [announcement, setAnnouncement] = useState("");
  const state = settle(members);
  usePageTitle(state.title ?? "People");
  if (!state.ready) return state.view;
  const [page] = state.data;
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
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <FlashBanner />
        <PageHeading caption={page.organisation.name}>People</PageHeading>
        <p className="govuk-body" role="status">
          {announcement}
        </p>
        <ButtonLink href="/organisation/people/invite">Invite a person</ButtonLink>
        <Table
          caption="Members"
          columns={[
            { key: "name", header: "Name" },
            { key: "email", header: "E-mail address" },
            { key: "roles", header: "Roles" },
          ]}
          rows={memberRows(page.members).map((m) => ({
            id: m.id,
            cells: {
              name: (
                <AppLink href={m.href} className="govuk-link">
                  {m.name}
                </AppLink>
              ),
              email: m.email,
              roles: m.roles,
            },
          }))}
        />
        {page.invitations.length === 0 ? (
          <p className="govuk-body">No invitations are waiting to be accepted.</p>
        ) : (
          <Table
            caption="Invitations waiting to be accepted"
            columns={[
              { key: "name", header: "Name" },
              { key: "roles", header: "Roles" },
              { key: "expires", header: "Link" },
              { key: "actions", header: "Actions" },
            ]}
            rows={invitationRows(page.invitations).map((i) => ({
              id: i.id,
              cells: {
                name: (
                  <>
                    {i.name}
                    <br />
                    <span className="govuk-hint">{i.email}</span>
                  </>
                ),
                roles: i.roles,
                expires: i.expires,
                actions: (
                  <div className="govuk-button-group">
                    <Button
                      variant="secondary"
                      onClick={() =>
                        void act(() => resendInvitation(i.id), `A new link has been sent to ${i.email}`)
                      }
                    >
                      Send again<span className="govuk-visually-hidden"> to {i.name}</span>
                    </Button>
                    <Button
                      variant="warning"
                      onClick={() =>
                        void act(
                          () => revokeInvitation(i.id),
                          `The invitation to ${i.name} has been withdrawn`,
                        )
                      }
                    >
                      Withdraw<span className="govuk-visually-hidden"> the invitation to {i.name}</span>
                    </Button>
                  </div>
                ),
              },
            }))}
          />
        )}
      </div>
    </div>
  );
}
