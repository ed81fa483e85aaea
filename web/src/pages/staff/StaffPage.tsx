import { removeStaff, useStaff } from "../../api/people.ts";
import { useReference } from "../../api/queries.ts";
import { Button, ButtonLink } from "../../components/govuk/index.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import {
  InvitationActions,
  MembersTable,
  useAnnouncedAction,
} from "../../components/people/MembersTable.tsx";
import { staffHref, staffRoleText, whereText } from "./staff.presenter.ts";

const columns = [
  { key: "role", header: "Role" },
  { key: "where", header: "Where" },
  { key: "actions", header: "Actions" },
] as const;

/** `/staff`: commissioners and responsible officers, and staff invitations waiting (framework administrators). */
export function StaffPage() {
  const staff = useStaff();
  const reference = useReference();
  const { announcement, act } = useAnnouncedAction();
  const state = settle(staff, reference);
  usePageTitle(state.title ?? "Staff");
  if (!state.ready) return state.view;
  const [page, places] = state.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <FlashBanner />
        <PageHeading caption="Probation Service">Staff</PageHeading>
        <p className="govuk-body" role="status">
          {announcement}
        </p>
        <ButtonLink href="/staff/invite">Invite a member of staff</ButtonLink>
        {page.invitations.length === 0 ? (
          <p className="govuk-body">No staff invitations are waiting to be accepted.</p>
        ) : (
          <MembersTable
            caption="Invitations waiting to be accepted"
            columns={columns}
            rows={page.invitations.map((i) => ({
              ...i,
              cells: {
                role: i.staff ? staffRoleText(i.staff) : "",
                where: i.staff ? whereText(i.staff, places) : "",
                actions: <InvitationActions invitation={i} act={act} />,
              },
            }))}
          />
        )}
        <MembersTable
          caption="Staff"
          columns={columns}
          rows={page.members.map((s) => ({
            id: s.userId,
            name: s.name,
            email: s.email,
            href: staffHref(s.userId),
            cells: {
              role: staffRoleText(s),
              where: whereText(s, places),
              actions: (
                <Button
                  variant="warning"
                  onClick={() => void act(() => removeStaff(s.userId), `${s.name} has been removed`)}
                >
                  Remove<span className="govuk-visually-hidden"> {s.name}</span>
                </Button>
              ),
            },
          }))}
        />
      </div>
    </div>
  );
}
