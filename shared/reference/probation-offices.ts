import type { ProbationOffice } from "./schema.ts";

/**
 * Where the lists come from. Compiled by hand from the public record (GOV.UK's published probation
 * office addresses and HMPPS court and office listings) for the delivery units of the seeded regions
 * (London, Kent, Surrey & Sussex, Wales); offices move, so check an address against the current
 * GOV.UK listing before relying on it for anything binding.
 */
export const probationOfficesSource =
  "Compiled from the public record (GOV.UK probation office listings) for the seeded regions' delivery units; check against the current GOV.UK listing before relying on an address.";

const office = (
  pduId: string,
  id: string,
  name: string,
  address: string[],
  postcode: string,
): ProbationOffice => ({ id, pduId, name, address, postcode });

/** Probation offices by delivery unit, for appointments held at an office. */
export const probationOffices: ProbationOffice[] = [
  // London
  office(
    "camden-and-islington",
    "islington-holloway-road",
    "Islington Probation Office",
    ["401 Holloway Road", "London"],
    "N7 6PN",
  ),
  office(
    "camden-and-islington",
    "camden-kentish-town",
    "Camden Probation Office",
    ["3 Kentish Town Road", "London"],
    "NW1 8NH",
  ),
  office(
    "hackney-and-city",
    "hackney-mare-street",
    "Hackney Probation Office",
    ["Reading Lane", "London"],
    "E8 1DR",
  ),
  office(
    "tower-hamlets",
    "tower-hamlets-mile-end",
    "Tower Hamlets Probation Office",
    ["Mile End Road", "London"],
    "E1 4UN",
  ),
  office(
    "southwark",
    "southwark-great-dover-street",
    "Southwark Probation Office",
    ["Great Dover Street", "London"],
    "SE1 4YF",
  ),
  office("lambeth", "lambeth-brixton", "Lambeth Probation Office", ["Brixton Hill", "London"], "SW2 1RW"),
  office(
    "croydon",
    "croydon-wellesley-road",
    "Croydon Probation Office",
    ["Wellesley Road", "Croydon"],
    "CR0 2AE",
  ),
  office("newham", "newham-stratford", "Newham Probation Office", ["Romford Road", "London"], "E15 4BZ"),
  // Kent, Surrey & Sussex
  office(
    "brighton-and-hove",
    "brighton-edward-street",
    "Brighton Probation Office",
    ["Edward Street", "Brighton"],
    "BN2 0JG",
  ),
  office("east-kent", "canterbury", "Canterbury Probation Office", ["Kings Bridge", "Canterbury"], "CT1 2AW"),
  office("west-kent", "maidstone", "Maidstone Probation Office", ["Palace Avenue", "Maidstone"], "ME15 6NF"),
  office("north-kent", "chatham", "Medway Probation Office", ["Railway Street", "Chatham"], "ME4 4JL"),
  office("surrey", "guildford", "Guildford Probation Office", ["Mary Road", "Guildford"], "GU1 4QU"),
  office("east-sussex", "hastings", "Hastings Probation Office", ["Cambridge Road", "Hastings"], "TN34 1DJ"),
  office("west-sussex", "crawley", "Crawley Probation Office", ["Woodfield Road", "Crawley"], "RH10 8AD"),
  // Wales
  office(
    "cardiff-and-vale",
    "cardiff-westgate-street",
    "Cardiff Probation Office",
    ["33 Westgate Street", "Cardiff"],
    "CF10 1JE",
  ),
  office("cardiff-and-vale", "barry", "Barry Probation Office", ["Court Road", "Barry"], "CF63 4EE"),
  office("north-wales", "wrexham", "Wrexham Probation Office", ["Ruabon Road", "Wrexham"], "LL13 7PU"),
  office("gwent", "newport", "Newport Probation Office", ["Cambrian Road", "Newport"], "NP20 4AB"),
  office(
    "dyfed-powys",
    "carmarthen",
    "Carmarthen Probation Office",
    ["Lammas Street", "Carmarthen"],
    "SA31 3AZ",
  ),
  office(
    "swansea-neath-bridgend-rct-and-merthyr",
    "swansea",
    "Swansea Probation Office",
    ["Alexandra Road", "Swansea"],
    "SA1 5DZ",
  ),
];
