import { useMembers } from "../../api/people.ts";
import { ButtonLink } from "../../components/govuk/index.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import {
  InvitationActions,
  MembersTable,
  useAnnouncedAction,
} from "../../components/people/MembersTable.tsx";
import { invitationRows, memberRows } from "./people.presenter.ts";

/**
 * `/organisation/people`: the organisation's members with their roles, and the invitations still
 * waiting (each can be sent again with a new link, or withdrawn). Administrators only.
 */
export function PeoplePage() {
  const members = useMembers();
  const { announcement, act } = useAnnouncedAction();
  const state = settle(members);
  usePageTitle(state.title ?? "People");
  if (!state.ready) return state.view;
  const [page] = state.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <FlashBanner />
        <PageHeading caption={page.organisation.name}>People</PageHeading>
        <p className="govuk-body" role="status">
          {announcement}
        </p>
        <ButtonLink href="/organisation/people/invite">Invite a person</ButtonLink>
        <MembersTable
          caption="Members"
          columns={[{ key: "roles", header: "Roles" }]}
          rows={memberRows(page.members).map((m) => ({ ...m, cells: { roles: m.roles } }))}
        />
        {page.invitations.length === 0 ? (
          <p className="govuk-body">No invitations are waiting to be accepted.</p>
        ) : (
          <MembersTable
            caption="Invitations waiting to be accepted"
            columns={[
              { key: "roles", header: "Roles" },
              { key: "expires", header: "Link" },
              { key: "actions", header: "Actions" },
            ]}
            rows={invitationRows(page.invitations).map((i) => ({
              ...i,
              cells: {
                roles: i.roles,
                expires: i.expires,
                actions: <InvitationActions invitation={i} act={act} />,
              },
            }))}
          />
        )}
      </div>
    </div>
  );
}
