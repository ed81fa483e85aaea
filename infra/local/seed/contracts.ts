import type { Contract, Intervention } from "#shared/contracts/contract.ts";
import { londonDate } from "#shared/time/index.ts";

const day = 86_400_000;
const dateFrom = (from: Date, days: number) => londonDate(new Date(from.getTime() + days * day));

type Offer = Omit<
  Intervention,
  | "id"
  | "contractId"
  | "contractReference"
  | "opportunityId"
  | "organisationId"
  | "organisationName"
  | "needAreaId"
  | "regionIds"
  | "startDate"
  | "endDate"
> & { regionIds?: string[] };

const contract = (base: Omit<Contract, "interventions" | "capacityPerYear">, offers: Offer[]): Contract => ({
  ...base,
  capacityPerYear: offers.reduce((sum, offer) => sum + offer.capacityPerYear, 0),
  interventions: offers.map((offer) => ({
    ...offer,
    id: `${base.id}-${offer.tierId}`,
    contractId: base.id,
    contractReference: base.reference,
    opportunityId: base.opportunityId,
    organisationId: base.organisationId,
    organisationName: base.organisationName,
    needAreaId: base.needAreaId,
    regionIds: offer.regionIds ?? base.regionIds,
    startDate: base.startDate,
    endDate: base.endDate,
  })),
});

/**
 * Live contracts relative to the day the data is seeded (started, not ended), so the referral catalogue
 * has something to find before any competition has been awarded: Bridge Housing's accommodation service
 * in north London at every tier, and Northern Pathways' employment service in London and Wales. Tiers
 * differ in settings and cohorts so the catalogue's filters change what an officer sees.
 */
export const demoContracts = (seededAt: Date): Contract[] => {
  const startDate = dateFrom(seededAt, -120);
  const endDate = dateFrom(seededAt, 610);
  const createdAt = new Date(seededAt.getTime() - 130 * day).toISOString();
  return [
    contract(
      {
        id: "contract-bridge-accommodation",
        reference: "DFP-LON-ACC-0001",
        opportunityId: "01JDEMOOPPLONACCAWARDED01",
        opportunityTitle: "Accommodation support in Camden, Islington, Hackney and the City",
        organisationId: "org-bridge-housing",
        organisationName: "Bridge Housing Trust",
        needAreaId: "accommodation",
        regionIds: ["london"],
        pduIds: ["camden-and-islington", "hackney-and-city"],
        startDate,
        endDate,
        createdAt,
      },
      [
        {
          tierId: "low",
          title: "Keep your home",
          assessAndPlan:
            "A housing needs assessment within five working days: current tenancy, arrears and what could put the home at risk, agreed with the person and their officer.",
          implement:
            "Keep the tenancy going during a short custodial sentence, advise on short-term options with private landlords and the council, help with housing applications and act quickly on an eviction notice or anti-social behaviour complaint.",
          reviewAndEvaluate:
            "A review at the last session against the action plan, with a short report to the responsible officer.",
          sessions: 4,
          sessionMinutes: 60,
          deliveryMethods: ["one-to-one", "online"],
          settings: ["community"],
          cohorts: ["women", "young-adults"],
          pduIds: ["camden-and-islington", "hackney-and-city"],
          pricePerReferralPence: 48_000,
          capacityPerYear: 150,
        },
        {
          tierId: "medium",
          title: "Find and settle",
          assessAndPlan:
            "A joint assessment with the person, their officer and any housing or social care worker already involved, ending in an agreed plan.",
          implement:
            "Referrals to social, charitable and private housing, rent and bond schemes, help with furniture and household essentials, tenancy sustainment and arrears work, and mentoring where it helps.",
          reviewAndEvaluate:
            "Monthly reviews of the plan, and a closing review of whether the person is settled and can keep their tenancy.",
          sessions: 8,
          sessionMinutes: 60,
          deliveryMethods: ["one-to-one", "group"],
          settings: ["community", "through-the-gate"],
          cohorts: ["foreign-nationals", "young-adults"],
          pduIds: ["camden-and-islington", "hackney-and-city"],
          pricePerReferralPence: 96_000,
          capacityPerYear: 90,
        },
        {
          tierId: "high",
          title: "Home from custody",
          assessAndPlan:
            "Starts up to twelve weeks before release: a full assessment of housing history, risk of harm and support needs, shared with the prison and the responsible officer.",
          implement:
            "Emergency accommodation on the day of release where needed, then safe long-term accommodation that reduces the risk of harm; multi-agency meetings, legal advice on rights and mentoring.",
          reviewAndEvaluate:
            "Fortnightly reviews in the first three months after release and a final report on whether accommodation is settled.",
          sessions: 12,
          sessionMinutes: 90,
          deliveryMethods: ["one-to-one"],
          settings: ["pre-release-custody", "through-the-gate"],
          cohorts: ["learning-difficulties"],
          pduIds: ["camden-and-islington"],
          pricePerReferralPence: 185_000,
          capacityPerYear: 40,
        },
      ],
    ),
    contract(
      {
        id: "contract-pathways-employment",
        reference: "DFP-LWA-ETE-0002",
        opportunityId: "01JDEMOOPPETEAWARDED00001",
        opportunityTitle: "Employment, training and education in London and South Wales",
        organisationId: "org-northern-pathways",
        organisationName: "Northern Pathways CIC",
        needAreaId: "employment-training-education",
        regionIds: ["london", "wales"],
        pduIds: ["camden-and-islington", "hackney-and-city", "cardiff-and-vale"],
        startDate,
        endDate,
        createdAt,
      },
      [
        {
          tierId: "low",
          title: "Ready for work",
          assessAndPlan:
            "A first conversation about work history, qualifications and goals, and what the person needs to disclose to an employer.",
          implement:
            "Information, advice and guidance on vacancies, courses and qualifications; how benefits change with work; interview preparation with funding for clothes and equipment.",
          reviewAndEvaluate: "A review at the last session and a short note to the responsible officer.",
          sessions: 3,
          sessionMinutes: 45,
          deliveryMethods: ["one-to-one", "online"],
          settings: ["community"],
          cohorts: ["young-adults", "women"],
          pduIds: ["camden-and-islington", "hackney-and-city", "cardiff-and-vale"],
          pricePerReferralPence: 32_000,
          capacityPerYear: 200,
        },
        {
          tierId: "medium",
          title: "Skills to work",
          assessAndPlan:
            "A skills assessment including literacy, numeracy and digital skills, and an action plan agreed with the person.",
          implement:
            "Literacy, numeracy and computer courses, job-readiness workshops, short accredited courses, work placements, CV writing and support to keep a job once found.",
          reviewAndEvaluate:
            "Reviews every four sessions and a closing report on qualifications gained and work found.",
          sessions: 10,
          sessionMinutes: 90,
          deliveryMethods: ["group", "one-to-one"],
          settings: ["community", "pre-release-custody"],
          cohorts: ["learning-difficulties", "foreign-nationals"],
          regionIds: ["wales"],
          pduIds: ["cardiff-and-vale"],
          pricePerReferralPence: 74_000,
          capacityPerYear: 60,
        },
      ],
    ),
  ];
};
