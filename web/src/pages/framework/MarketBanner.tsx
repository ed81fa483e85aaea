import { cessationBanner } from "#shared/framework/cessation.ts";
import { useMarketCessation } from "../../api/market.ts";
import { NotificationBanner } from "../../components/govuk/index.ts";

/**
 * "This dynamic market closes on …" (or "closed on …") above the framework pages, once its end is
 * announced; nothing while it is open or while the state loads.
 */
export function MarketBanner() {
  const cessation = useMarketCessation();
  const heading = cessation.data ? cessationBanner(cessation.data) : undefined;
  if (!heading) return null;
  return (
    <NotificationBanner heading={heading}>
      <p className="govuk-body">
        {cessation.data?.status === "closed"
          ? "No supplier can join and no new call-off competition can be published. Contracts already awarded continue."
          : "From that date no supplier can join and no new call-off competition can be published. Contracts already awarded continue."}
      </p>
    </NotificationBanner>
  );
}
