import { lazyPage } from "../../app/lazy-page.tsx";
import { only } from "../../app/only.tsx";

const StaffPage = lazyPage(() => import("./StaffPage.tsx"), "StaffPage");
const InviteStaffPage = lazyPage(() => import("./InviteStaffPage.tsx"), "InviteStaffPage");
const ChangeStaffPage = lazyPage(() => import("./ChangeStaffPage.tsx"), "ChangeStaffPage");

const commissioner = ["commissioner"] as const;

/** Probation staff, for framework administrators (the API refuses anyone else). */
export const staffRoutes = [
  only(commissioner, "staff", <StaffPage />),
  only(commissioner, "staff/invite", <InviteStaffPage />),
  only(commissioner, "staff/:userId", <ChangeStaffPage />),
];
