import { useQueryClient } from "@tanstack/react-query";
import { Navigate, useNavigate } from "react-router";
import { announceCessationSchema } from "#shared/framework/cessation.ts";
import { ApiError } from "../../api/api-error.ts";
import { announceMarketCessation, marketKeys } from "../../api/market.ts";
import { useMe } from "../../api/queries.ts";
import { Button, SummaryList } from "../../components/govuk/index.ts";
import { BackLink, WarningText } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { clearDraft, readDraft } from "../../forms/session-draft.ts";
import { useGovForm } from "../../forms/use-gov-form.ts";
import {
  closingDateText,
  emptyEndMarket,
  endMarketDraftKey,
  type EndMarketValues,
  toCessationRequest,
} from "./end-market.presenter.ts";

const title = "Check your answers before you end the dynamic market";

function CheckAnswers({ values, draftKey }: { values: EndMarketValues; draftKey: string }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // The answers are the form's, read from the tab's draft; this page only sends them.
  const send = useGovForm({
    schema: announceCessationSchema,
    toRequest: toCessationRequest,
    defaultValues: values,
    fields: [],
  });
  usePageTitle(send.errors ? `Error: ${title}` : title);
  const change = (field: string, what: string) => ({
    href: `/framework/cessation#${field}`,
    text: "Change",
    visuallyHiddenText: what,
  });
  const onSubmit = send.submit(async (request) => {
    try {
      const announced = await announceMarketCessation(request);
      queryClient.setQueryData(marketKeys.cessation, announced);
      await navigate("/framework/cessation/confirmation", { state: { closesOn: announced.closesOn } });
      clearDraft(draftKey);
    } catch (error) {
      // The API's field errors belong beside the fields, on the form.
      if (error instanceof ApiError && error.status === 400 && error.problem?.errors?.length) {
        await navigate("/framework/cessation", { state: { serverErrors: error.problem.errors } });
        return;
      }
      throw error;
    }
  });
  return (
    <>
      <BackLink href="/framework/cessation" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={send.errors} />
          <PageHeading caption="Framework administration">{title}</PageHeading>
          <SummaryList
            rows={[
              {
                key: "Closes on",
                value: closingDateText(values.closesOn),
                action: change("closesOn-day", "the date the dynamic market closes"),
              },
              { key: "Reason", value: values.reason, action: change("reason", "the reason") },
            ]}
          />
          <WarningText>
            From this date no supplier can join and no new call-off competition can be published. The end can
            be announced only once.
          </WarningText>
          <GovForm form={send} onSubmit={onSubmit}>
            <Button type="submit" variant="warning" disabled={send.busy}>
              End the dynamic market
            </Button>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/** `/framework/cessation/check`: the administrator checks the date and reason, then announces them. */
export function EndMarketCheckPage() {
  const me = useMe();
  const state = settle(me);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const draftKey = endMarketDraftKey(state.data[0].user.id);
  const values = readDraft(draftKey, emptyEndMarket);
  // Nothing typed (a bookmark, or the answers already sent): the form is where to start.
  if (!values.reason && !values.closesOn.day) return <Navigate to="/framework/cessation" replace />;
  return <CheckAnswers values={values} draftKey={draftKey} />;
}
