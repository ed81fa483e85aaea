import { standardTier } from "./phase-text.ts";
import type { NeedArea } from "./schema.ts";

// These areas come from the live service, so their tiers are written for the portal.

/** The live service's need areas beyond the core suite. */
export const furtherNeedAreas: NeedArea[] = [
  {
    id: "dependency-recovery",
    name: "Dependency & Recovery",
    coreSuite: false,
    minimumOutcome: "Engaged with treatment and recovery support, with reduced drug or alcohol use.",
    desiredOutcomes: [
      "Engaged with a community drug and alcohol treatment service",
      "Treatment continues without a gap between custody and the community",
      "Drug or alcohol use reduced",
      "Attending a recovery community or mutual aid group",
      "Harm reduction advice received, including on overdose",
      "Relapse prevention plan in place",
    ],
    tiers: {
      low: standardTier([
        "Motivational sessions to explore drug or alcohol use and readiness to change",
        "Help to access community treatment services",
      ]),
      medium: standardTier([
        "Structured one-to-one or group recovery sessions",
        "Liaison with treatment providers so treatment continues from custody into the community",
        "Peer mentoring and introductions to mutual aid groups",
      ]),
      high: standardTier([
        "Intensive key-worker support alongside clinical treatment",
        "Multi-agency work where drug or alcohol use sits alongside mental health, housing or safeguarding concerns",
        "Meeting at the gate and support into treatment on the day of release",
      ]),
    },
    accreditedProgrammeIds: [],
  },
  {
    id: "social-inclusion",
    name: "Social Inclusion",
    coreSuite: false,
    minimumOutcome: "Stronger links to the community and access to the services the person is entitled to.",
    desiredOutcomes: [
      "Registered with local services such as a GP, library or leisure centre",
      "Taking part in a community, volunteering or faith activity",
      "Knows how to get help from local services",
      "Feels less isolated",
      "Digital skills to use online public services improved",
    ],
    tiers: {
      low: standardTier([
        "Information and signposting to local services and community activities",
        "Help to register with local services",
      ]),
      medium: standardTier([
        "One-to-one support to build confidence and attend community activities",
        "Digital skills sessions for using online public services",
        "Advocacy with services the person struggles to reach",
      ]),
      high: standardTier([
        "Intensive one-to-one support for people who are isolated or have multiple needs",
        "Accompanying the person to first appointments and activities",
        "Coordination with multi-agency partners",
      ]),
    },
    accreditedProgrammeIds: [],
  },
  {
    id: "womens-services",
    name: "Women's services",
    coreSuite: false,
    minimumOutcome:
      "Gender-responsive support that addresses her needs, including safety from abuse, in a women-only setting where she wants one.",
    desiredOutcomes: [
      "Attending a women's centre",
      "Safety plan in place where domestic abuse is a risk",
      "Receiving support after domestic or sexual violence",
      "Receiving advice and support to leave sex work",
      "Child contact or care arrangements supported",
      "Confidence and self-esteem improved",
      "Practical barriers such as childcare removed so she can attend",
    ],
    tiers: {
      low: standardTier([
        "One-to-one or group sessions in a women-only setting",
        "Help to access women's centres and local support",
      ]),
      medium: standardTier([
        "Trauma-informed support for women who have experienced domestic abuse, sexual violence or exploitation",
        "Advice and support for women involved in sex work",
        "Practical help with childcare and travel so she can attend",
      ]),
      high: standardTier([
        "Intensive key-worker support coordinated with children's services, health and housing",
        "Safety planning with specialist domestic abuse services",
        "Meeting at the gate and support on release",
      ]),
    },
    accreditedProgrammeIds: [],
  },
];
