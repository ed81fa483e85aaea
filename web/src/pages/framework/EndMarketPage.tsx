import { useEffect } from "react";
import { useLocation, useNavigate } from "react-router";
import type { Me } from "#shared/accounts/me.ts";
import { announceCessationSchema, type Cessation } from "#shared/framework/cessation.ts";
import { formatDate } from "../../format/format.ts";
import type { FieldError } from "#shared/http/problem.ts";
import { useMarketCessation } from "../../api/market.ts";
import { useMe } from "../../api/queries.ts";
import { AppLink, Button, SummaryList } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormDateInput, FormTextarea } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { NotFoundPage } from "../errors/NotFoundPage.tsx";
import {
  emptyEndMarket,
  endMarketDraftKey,
  type EndMarketValues,
  toCessationRequest,
} from "./end-market.presenter.ts";
import { MarketBanner } from "./MarketBanner.tsx";

const title = "End the dynamic market";

function EndMarketForm({ me }: { me: Me }) {
  const navigate = useNavigate();
  const location = useLocation();
  const form = useGovForm({
    schema: announceCessationSchema,
    toRequest: toCessationRequest,
    defaultValues: emptyEndMarket,
    fields: { closesOn: "#closesOn-day", reason: "#reason" },
    draftKey: endMarketDraftKey(me.user.id),
    keepDraft: true,
  });
  usePageTitle(form.errors ? `Error: ${title}` : title);
  // Errors the API found when the check page sent the answers (a date that is no longer after today).
  const serverErrors = (location.state as { serverErrors?: FieldError[] } | null)?.serverErrors;
  useEffect(() => {
    for (const { path, message } of serverErrors ?? [])
      form.form.setError(path as keyof EndMarketValues, { type: "server", message });
  }, [form.form, serverErrors]);
  const onSubmit = form.submit(async () => {
    await navigate("/framework/cessation/check");
  });
  return (
    <>
      <FormErrorSummary errors={form.errors} />
      <PageHeading caption="Framework administration">{title}</PageHeading>
      <p className="govuk-body">
        Announce the date the dynamic market ceases to operate. From that date no supplier can join and no new
        call-off competition can be published; contracts already awarded, and their referrals, continue. You
        can check your answers before you announce it.
      </p>
      <GovForm form={form} onSubmit={onSubmit}>
        <FormDateInput
          name="closesOn"
          legend="When does the dynamic market close?"
          hint="A date after today, so that its cessation notice can be published first. For example, 1 7 2027"
        />
        <FormTextarea
          name="reason"
          label="Why is it ending?"
          hint="This is the first draft of the public cessation notice's description. Do not name people."
          rows={5}
        />
        <Button type="submit">Continue</Button>
      </GovForm>
    </>
  );
}

/** What has been announced, when it has been. */
function Announced({ cessation }: { cessation: Cessation }) {
  usePageTitle(title);
  return (
    <>
      <PageHeading caption="Framework administration">{title}</PageHeading>
      <SummaryList
        rows={[
          {
            key: cessation.status === "closed" ? "Closed on" : "Closes on",
            value: formatDate(cessation.closesOn ?? ""),
          },
          { key: "Reason", value: cessation.reason ?? "" },
        ]}
      />
      <p className="govuk-body">
        <AppLink href="/procurements/framework/notices">The dynamic market's notices</AppLink>
      </p>
    </>
  );
}

/** `/framework/cessation`: a framework administrator announces the end of the dynamic market. */
export function EndMarketPage() {
  const me = useMe();
  const cessation = useMarketCessation();
  const state = settle(me, cessation);
  const notAdmin = me.data !== undefined && !me.data.user.frameworkAdmin;
  usePageTitle(notAdmin ? "Page not found" : (state.title ?? title));
  if (notAdmin) return <NotFoundPage />;
  if (!state.ready) return state.view;
  const [who, market] = state.data;
  return (
    <>
      <BackLink href="/framework/applications" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <MarketBanner />
          {market.status === "open" ? <EndMarketForm me={who} /> : <Announced cessation={market} />}
        </div>
      </div>
    </>
  );
}
