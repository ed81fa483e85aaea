import type { ReactNode } from "react";
import { lazyPage } from "../../app/lazy-page.tsx";
import { only } from "../../app/only.tsx";
import { RequireMemberRole } from "./RequireMemberRole.tsx";

const PeoplePage = lazyPage(() => import("./PeoplePage.tsx"), "PeoplePage");
const InvitePage = lazyPage(() => import("./InvitePage.tsx"), "InvitePage");
const InvitedPage = lazyPage(() => import("./InvitedPage.tsx"), "InvitedPage");
const MemberPage = lazyPage(() => import("./MemberPage.tsx"), "MemberPage");
const AcceptInvitationPage = lazyPage(() => import("./AcceptInvitationPage.tsx"), "AcceptInvitationPage");

const provider = ["provider"] as const;
const admin = (element: ReactNode) => (
  <RequireMemberRole memberRole="organisation-admin">{element}</RequireMemberRole>
);

/** A provider organisation's people (administrators), and the invitation link anyone may open. */
export const peopleRoutes = [
  only(provider, "organisation/people", admin(<PeoplePage />)),
  only(provider, "organisation/people/invite", admin(<InvitePage />)),
  only(provider, "organisation/people/invited", admin(<InvitedPage />)),
  only(provider, "organisation/people/:userId", admin(<MemberPage />)),
  { path: "invitations/:token", element: <AcceptInvitationPage /> },
];
