import { lazy, Suspense } from "react";
import type { Me } from "#shared/accounts/me.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { AppLink, ButtonLink, InsetText, SummaryList, Tag } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { YourApplications } from "../framework/YourApplications.tsx";
import { frameworkStatusExplanations, frameworkStatusTags, sizeLabels } from "./labels.ts";

// After the home itself (its own chunk), so the first page stays within its 120 KB budget.
const OpenContractIssues = lazy(() =>
  import("../contracts/OpenContractIssues.tsx").then((m) => ({ default: m.OpenContractIssues })),
);

function NameList({ names, none }: { names: string[]; none: string }) {
  if (names.length === 0) return <>{none}</>;
  return (
    <ul className="govuk-list">
      {names.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}

/** A provider's home: their organisation as the framework knows it, and their own details. */
export function ProviderHome({ me, reference }: { me: Me; reference: ReferenceData }) {
  const lookup = referenceLookup(reference);
  const { user, organisation } = me;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading caption={organisation?.name}>Your organisation</PageHeading>
        {organisation ? (
          <>
            <p className="govuk-body-l">{frameworkStatusExplanations[organisation.frameworkStatus]}</p>
            {organisation.frameworkStatus === "not-applied" || organisation.frameworkStatus === "rejected" ? (
              <ButtonLink href="/framework/apply">Apply to join the framework</ButtonLink>
            ) : null}
            {organisation.frameworkStatus === "admitted" ? (
              <ul className="govuk-list">
                <li>
                  <AppLink href="/opportunities" className="govuk-link">
                    Find opportunities to bid for
                  </AppLink>
                </li>
                <li>
                  <AppLink href="/provider/referrals" className="govuk-link">
                    Referrals to your contracts
                  </AppLink>
                </li>
                <li>
                  <AppLink href="/notifications" className="govuk-link">
                    Notifications
                  </AppLink>
                </li>
              </ul>
            ) : null}
            {organisation.frameworkStatus === "admitted" ? (
              <p className="govuk-body">
                <AppLink href="/contracts" className="govuk-link">
                  Your contracts
                </AppLink>
              </p>
            ) : null}
            {organisation.frameworkStatus === "admitted" ? (
              <p className="govuk-body">
                <AppLink href="/performance" className="govuk-link">
                  Performance of your contracts
                </AppLink>
              </p>
            ) : null}
            <SummaryList
              rows={[
                { key: "Name", value: organisation.name },
                { key: "Size", value: organisation.size ? sizeLabels[organisation.size] : "Not given" },
                {
                  key: "Voluntary, community or social enterprise (VCSE)",
                  value: organisation.vcse === undefined ? "Not given" : organisation.vcse ? "Yes" : "No",
                },
                {
                  key: "Framework status",
                  value: (
                    <Tag colour={frameworkStatusTags[organisation.frameworkStatus].colour}>
                      {frameworkStatusTags[organisation.frameworkStatus].text}
                    </Tag>
                  ),
                },
                {
                  key: "Need areas offered",
                  value: (
                    <NameList
                      names={organisation.needAreaIds.map((id) => lookup.needArea(id)?.name ?? id)}
                      none="None yet"
                    />
                  ),
                },
                {
                  key: "Regions served",
                  value: (
                    <NameList
                      names={organisation.regionIds.map((id) => lookup.region(id)?.name ?? id)}
                      none="None yet"
                    />
                  ),
                },
              ]}
            />
          </>
        ) : (
          <InsetText>
            Your account is not linked to a provider organisation yet. Ask your organisation’s portal
            administrator to add you.
          </InsetText>
        )}
        {organisation ? <YourApplications reference={reference} /> : null}
        {organisation?.frameworkStatus === "admitted" ? (
          <Suspense fallback={null}>
            <OpenContractIssues />
          </Suspense>
        ) : null}
        <h2 className="govuk-heading-m">Your details</h2>
        <SummaryList
          rows={[
            { key: "Name", value: user.name },
            { key: "Job title", value: user.jobTitle ?? "Not given" },
            { key: "Email address", value: user.email || "Not given" },
          ]}
        />
      </div>
    </div>
  );
}
