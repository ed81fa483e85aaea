import { multipleNeedsBarriers, standardTier } from "./phase-text.ts";
import type { NeedArea } from "./schema.ts";

// Tier bullets follow seed 004's tables; the seed has no tables for lifestyle and alcohol, so those
// tiers are written for the portal.

/** The seed 004 core suite of need areas. */
export const coreNeedAreas: NeedArea[] = [
  {
    id: "accommodation",
    name: "Accommodation",
    coreSuite: true,
    minimumOutcome: "Accommodation is obtained or sustained, and homelessness is prevented.",
    desiredOutcomes: [
      "Settled and suitable accommodation secured for release or by the end of the sentence",
      "Existing tenancy kept during a short custodial sentence",
      "Eviction or loss of accommodation prevented",
      "Rent arrears reduced with a repayment plan agreed with the landlord",
      "Housing application or referral to social, charitable or supported housing made",
      "Better able to meet the obligations of a tenancy",
      "Furniture and household essentials obtained so a tenancy can be kept",
    ],
    tiers: {
      low: standardTier([
        "Maintain a tenancy, for example during a short custodial sentence",
        "Explore and advise on short-term accommodation options, private or local authority",
        "Support to meet occupancy obligations",
        "Crisis support, for example after an eviction notice or anti-social behaviour complaint",
        "Housing applications and the processes that go with them",
      ]),
      medium: standardTier([
        "Help the service user refer to social housing, charitable housing and private providers",
        "Liaise with multi-agency partners (health, adult and children's social care) to support applications and referrals for supported accommodation",
        "Support, guidance and liaison so that an existing tenancy continues",
        "Help with referrals to providers of furniture and other household essentials",
        "Access rent and bond schemes",
        "Housing advice and tenancy sustainment, including managing arrears and liaising with accommodation providers",
        "Mentoring where required",
      ]),
      high: standardTier([
        "Access rent and bond schemes",
        "Housing advice and tenancy sustainment, including managing arrears and liaising with accommodation providers",
        "Support and pursue actions to access emergency accommodation",
        "Support and pursue actions to access safe, suitable long-term accommodation that reduces the risk of harm and reoffending",
        "Attend multi-agency partnership meetings as requested and provide update reports where required",
        "Help with or make referrals to providers of furniture and other household essentials",
        "Legal support and advice on rights",
        "Mentoring where required",
      ]),
    },
    accreditedProgrammeIds: [],
  },
  {
    id: "employment-training-education",
    name: "Employment, Training & Education",
    coreSuite: true,
    minimumOutcome:
      "Suitable employment, training or education is obtained or sustained, barriers are removed and skills are increased.",
    desiredOutcomes: [
      "Paid employment obtained",
      "Existing employment kept",
      "Enrolled on and attending a training or education course",
      "Nationally recognised qualification gained",
      "Literacy, numeracy or digital skills improved",
      "CV written and interview skills practised",
      "Understands when and how to disclose convictions to an employer",
    ],
    tiers: {
      low: standardTier([
        "Information, advice and guidance on opportunities, vacancies and qualifications",
        "Advice on how state benefits are affected by employment and training options",
        "Disclosure requirements and liaison with the responsible officer",
        "Interview preparation, including funding for clothing and equipment",
      ]),
      medium: standardTier([
        "Literacy, numeracy and computer skills courses",
        "Job-readiness workshops and interview preparation",
        "Short courses that improve employability, including nationally accredited qualifications",
        "Work experience through a job placement or interview",
        "Discretionary funding, for example for equipment or a business start-up",
        "Employment skills workshops and CV writing",
        "Work with education, employment and training providers to open up opportunities",
        "Complete referrals for employment and education related training",
        "Support to keep current employment",
      ]),
      high: standardTier([
        "Can take part in the low- and medium-tier activities but needs significant support to address barriers",
        ...multipleNeedsBarriers,
      ]),
    },
    accreditedProgrammeIds: [],
  },
  {
    id: "finance-benefits-debt",
    name: "Finance, Benefits & Debt",
    coreSuite: true,
    minimumOutcome: "A stable and lawful income, reduced debt and improved skills to manage money.",
    desiredOutcomes: [
      "Benefit entitlement checked and a claim made",
      "Bank account opened",
      "Identity documents obtained",
      "Debt repayment plan agreed with creditors",
      "Budgeting skills improved",
      "Fines or housing arrears being paid down",
      "Referred to specialist support for gambling",
    ],
    tiers: {
      low: standardTier([
        "Explore options for managing money and dealing with debt",
        "Money management and debt consolidation, with referral to specialist agencies",
        "Budget management, in a group or one-to-one",
      ]),
      medium: standardTier([
        "Refer to relevant agencies when specialist support is needed or to tackle behaviour such as gambling",
        "Help to obtain identity documents so the service user can open a bank account and make applications",
        "Advocacy through liaison with benefits and employment key workers",
        "Build the service user's knowledge of what is needed to claim benefits and where to go for help",
        "Put a plan in place to manage debts",
        "Arrange to pay down debts such as housing arrears and fines",
        "Learn budgeting skills",
        "Finance and benefit workshops",
      ]),
      high: standardTier([
        "Everything in the low and medium tiers, plus information and advice to multi-agency partners when sentence plans are drawn up",
        ...multipleNeedsBarriers,
      ]),
    },
    accreditedProgrammeIds: [],
  },
  {
    id: "attitudes-thinking-behaviour",
    name: "Attitudes, Thinking & Behaviour",
    coreSuite: true,
    minimumOutcome:
      "Able to identify triggers, with the skills and strategies to respond to challenging situations.",
    desiredOutcomes: [
      "Can identify personal triggers for offending",
      "Problem-solving skills improved",
      "Uses strategies to manage impulsive behaviour",
      "Responds to conflict without aggression",
      "Motivation to change increased",
      "Attitudes that support offending challenged and reduced",
    ],
    // No high tier: seed 004 says high-complexity needs here belong on an accredited programme.
    tiers: {
      low: standardTier([
        "Structured group-work, one-to-one sessions or a combination, to improve cognitive skills, problem solving and emotional management",
      ]),
      medium: standardTier([
        "Can take part in the low-tier activities but needs significant support to address barriers and improve engagement",
        ...multipleNeedsBarriers,
      ]),
    },
    accreditedProgrammeIds: ["thinking-skills-programme"],
  },
  {
    id: "family-significant-others",
    name: "Family & Significant Others",
    coreSuite: true,
    minimumOutcome:
      "Safe and positive intimate relationships, and improved family relationships or parenting capacity.",
    desiredOutcomes: [
      "Parenting skills improved",
      "Contact with children kept up during custody",
      "Family relationships improved",
      "Coping strategies for everyday family challenges developed",
      "Using family support services or a children's centre",
      "Healthier and more supportive intimate relationship",
    ],
    tiers: {
      low: standardTier([
        "Help to develop child-centred parenting skills that improve outcomes for children, young people and families",
        "One-to-one sessions, mainly advocacy and help to access family services, children's centres and relationship guidance",
        "Support with practical problems that affect family relationships, such as childcare, leisure activities and money",
      ]),
      medium: standardTier([
        "Liaise with family centres and other multi-agency partners",
        "Interventions that help parents keep in touch while in custody",
        "Improve coping strategies and resilience for everyday family challenges",
        "One-to-one or group family and parenting interventions to build and keep positive family relationships and healthier, more supportive intimate relationships",
        "Intimate partner violence is dealt with through an accredited programme; where someone is eligible but unsuitable, other accredited or non-accredited interventions may be considered",
      ]),
      high: standardTier([
        "Can take part in the low- and medium-tier activities but needs significant support to address barriers and improve engagement",
        ...multipleNeedsBarriers,
      ]),
    },
    accreditedProgrammeIds: ["building-better-relationships"],
  },
  {
    id: "lifestyle-associates",
    name: "Lifestyle & Associates",
    coreSuite: true,
    minimumOutcome:
      "Pro-social support and interests, less influence from negative associates, and mentoring support and advocacy.",
    desiredOutcomes: [
      "Taking part in a pro-social leisure, sport or volunteering activity",
      "Less contact with associates linked to offending",
      "Mentor in place and met regularly",
      "Connected to a community group or faith organisation",
      "Structured daily routine established",
    ],
    tiers: {
      low: standardTier([
        "One-to-one sessions to explore interests and connect with pro-social activities such as sport, volunteering or community groups",
        "Information about local groups and services",
      ]),
      medium: standardTier([
        "Mentoring to build a pro-social support network",
        "Structured sessions to recognise and reduce the influence of negative associates",
        "Advocacy to access community activities and services",
      ]),
      high: standardTier([
        "Can take part in the low- and medium-tier activities but needs significant support to address barriers",
        "Intensive mentoring, including meeting the service user at the gate on release",
        "Work with multi-agency partners where exploitation or gang involvement is a concern",
        ...multipleNeedsBarriers,
      ]),
    },
    accreditedProgrammeIds: [],
  },
  {
    id: "emotional-management-health",
    name: "Emotional Management & Health",
    coreSuite: true,
    minimumOutcome:
      "Improved coping skills and strategies, and improved ability to comply with treatment or medication.",
    desiredOutcomes: [
      "Registered with a GP",
      "Better coping strategies for stress and low mood",
      "Temper and impulsivity better managed",
      "Taking medication and attending treatment as prescribed",
      "Engaging with mental health services",
      "Resilience and self-efficacy improved",
    ],
    tiers: {
      low: standardTier([
        "One-to-one sessions, mainly advocacy and support to access activities or build skills that improve emotional wellbeing, such as sport, volunteering, learning new skills and broadening relationships",
        "GP registration",
      ]),
      medium: standardTier([
        "One-to-one sessions to build self-efficacy and resilience",
        "Liaison with prison staff, including healthcare staff, to learn whether the service user is on an ACCT plan or medication, and to arrange scripts and medication from a GP on release",
        "Mentoring where the service user may struggle to manage their health, mental health or general wellbeing in the community",
        "One-to-one or group structured cognitive-skills programmes that build emotional management, such as impulsivity, temper control, destructive thoughts and self-regulation",
      ]),
      high: standardTier([
        "Can take part in the low- and medium-tier activities but needs significant support to address barriers",
        ...multipleNeedsBarriers,
      ]),
    },
    accreditedProgrammeIds: [],
  },
  {
    id: "non-dependent-alcohol-misuse",
    name: "Non-dependent Alcohol Misuse",
    coreSuite: true,
    minimumOutcome: "Improved ability to manage high-risk situations.",
    desiredOutcomes: [
      "Can recognise situations where drinking leads to offending",
      "Alcohol intake reduced",
      "Strategies in place to manage high-risk situations",
      "Understands the links between alcohol, violence and offending",
      "Referred to specialist treatment where dependency is suspected",
    ],
    tiers: {
      low: standardTier([
        "Brief advice and information on alcohol and its links to offending",
        "One-to-one sessions to review drinking patterns and set goals",
      ]),
      medium: standardTier([
        "Structured one-to-one or group sessions on triggers and managing high-risk situations",
        "Relapse prevention planning",
        "Liaison with community alcohol services",
      ]),
      high: standardTier([
        "Can take part in the low- and medium-tier activities but needs significant support to address barriers",
        "Referral to specialist treatment if signs of dependency emerge",
        ...multipleNeedsBarriers,
      ]),
    },
    accreditedProgrammeIds: [],
  },
];
