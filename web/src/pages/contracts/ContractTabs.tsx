import type { Contract } from "#shared/contracts/contract.ts";
import { AppLink } from "../../components/govuk/index.ts";
import { SupplierWarning } from "./SupplierWarning.tsx";

const tabs = [
  { path: "", text: "Contract" },
  { path: "/changes", text: "Changes" },
  { path: "/issues", text: "Issues" },
  { path: "/performance", text: "Performance" },
  { path: "/charges", text: "Charges" },
  { path: "/history", text: "History" },
  { path: "/referrals", text: "Open referrals" },
] as const;

/**
 * The contract's parts as a sub-navigation: each is its own page, so each has its own address and title.
 * Above it, on every part, the warning that the supplier is suspended or removed.
 */
export function ContractTabs({
  contract,
  current,
}: {
  contract: Contract;
  current: (typeof tabs)[number]["path"];
}) {
  return (
    <>
      <SupplierWarning contract={contract} />
      <nav className="govuk-!-margin-bottom-6" aria-label="Contract">
        <ul className="govuk-list govuk-list--inline-block">
          {tabs.map((t) => (
            <li key={t.path} className="govuk-!-display-inline-block govuk-!-margin-right-4">
              {t.path === current ? (
                <strong className="govuk-body govuk-!-font-weight-bold" aria-current="page">
                  {t.text}
                </strong>
              ) : (
                <AppLink href={`/contracts/${contract.id}${t.path}`}>{t.text}</AppLink>
              )}
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
