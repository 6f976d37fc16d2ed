"""The funding facts as the project publishes them (German and English).

Amounts and links are read from the raw fact table; this module gives each raw row (keyed by
its ``programme`` and ``area``) the project's own text, the year as a number, and the space it
belongs to with the reason. A raw row without an entry here stops the build.

``space_match``: ``by_name`` – the programme area carries the space's name (its boundary may
differ); ``several`` – the area covers several spaces together (never split the amount);
empty – city-wide, outside the spaces, or its place is not stated.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Funding:
    programme_de: str
    programme_en: str
    area_de: str
    area_en: str
    what_de: str
    what_en: str
    year: int | None
    year_note_de: str = ""
    year_note_en: str = ""
    year_end: int | None = None
    space_id: str = ""
    space_match: str = ""


AP = ("Aktionsplan Soziale Stadt", "Action plan Soziale Stadt")
ALL = ("alle Aktionsräume", "all action areas")
CITY = ("ganz Dortmund", "all of Dortmund")
NORD = ("Nordstadt (Hafen, Nordmarkt, Borsigplatz)", "Nordstadt (Hafen, Nordmarkt, Borsigplatz)")
NORD_IDS = "AR01;AR02;AR03"
UNDATED = ("undatiert (aktuelle Seite)", "undated (current page)")
SBF = ("Städtebauförderung", "Urban development funding")
BLOG_2021 = ("Städtebauförderung 2021", "Urban development funding 2021")
ZUSAMMENHALT = ("Sozialer Zusammenhalt (Städtebauförderung)", "Social cohesion (urban development)")
WNE = (
    "Wachstum und nachhaltige Erneuerung (Städtebauförderung)",
    "Growth and sustainable renewal (urban development)",
)
IHK_W = (
    "Stadterneuerung Westerfilde/Bodelschwingh (integriertes Handlungskonzept)",
    "Urban renewal Westerfilde/Bodelschwingh (integrated action plan)",
)
WB = ("Westerfilde/Bodelschwingh", "Westerfilde/Bodelschwingh")

FUNDING: dict[tuple[str, str], Funding] = {
    ("Aktionsplan Soziale Stadt (Projektbudget Projektbuero)", "all Aktionsraeume"): Funding(
        f"{AP[0]}: Projektbudget",
        f"{AP[1]}: project budget",
        *ALL,
        "Jährliches Projektbudget, verwaltet vom Projektbüro; enthält je Aktionsraum 5.000 € "
        "Aktionsraumfonds.",
        "Annual project budget managed by the project office; includes an action area fund of "
        "5,000 € per action area.",
        None,
        *UNDATED,
    ),
    ("Aktionsplan Soziale Stadt (Aktionsraumfonds)", "each Aktionsraum"): Funding(
        f"{AP[0]}: Aktionsraumfonds",
        f"{AP[1]}: action area fund",
        "je Aktionsraum",
        "per action area",
        "Betrag je Aktionsraum; über die Verwendung entscheidet eine Projektkonferenz vor Ort "
        "mit der Bezirksbürgermeisterin oder dem Bezirksbürgermeister.",
        "Amount per action area; a local project conference with the district mayor decides "
        "how it is used.",
        None,
        *UNDATED,
    ),
    ("Aktionsplan Soziale Stadt (budget rounded)", "all Aktionsraeume"): Funding(
        f"{AP[0]}: Budget (gerundet)",
        f"{AP[1]}: budget (rounded)",
        *ALL,
        "„ca. 230.000 Euro“ jährlich für Maßnahmen und Projekte der Aktionsraumbeauftragten.",
        "“About 230,000 euros” a year for the measures and projects of the area coordinators.",
        None,
        *UNDATED,
    ),
    ("Aktionsplan Soziale Stadt (cumulative early)", "all Aktionsraeume"): Funding(
        f"{AP[0]}: Summe der ersten Jahre",
        f"{AP[1]}: total of the first years",
        *ALL,
        "„Rund fünf Millionen Euro“ flossen in den ersten Jahren in die Aktionsräume (z. B. "
        "mobile Jugendarbeit, Schulsozialarbeit).",
        "“About five million euros” went into the action areas in the first years (e.g. "
        "mobile youth work, school social work).",
        None,
        "Artikel undatiert, um 2009/10",
        "article undated, about 2009/10",
    ),
    ("Staedtebaufoerderung 2017", "Hoerde"): Funding(
        *SBF,
        "Hörde",
        "Hörde",
        "Faßstraße/Hermannstraße, Querbeet Sozial, Archäologie, Stadtteilfonds, Stadtteilagentur.",
        "Faßstraße/Hermannstraße, Querbeet Sozial, archaeology, district fund, district agency.",
        2017,
        space_id="AR09",
        space_match="by_name",
    ),
    ("Staedtebaufoerderung 2017", "Westerfilde/Bodelschwingh"): Funding(
        *SBF,
        *WB,
        "Marktplatz Westerfilde, Grünverbindungen, Grundlagenplanung.",
        "Marktplatz Westerfilde, green links, basic planning.",
        2017,
        space_id="AR12",
        space_match="by_name",
    ),
    ("Staedtebaufoerderung 2021 (total)", "Dortmund"): Funding(
        *BLOG_2021,
        *CITY,
        "Summe der Förderbescheide 2021.",
        "Total of the 2021 funding notices.",
        2021,
    ),
    ("Sozialer Zusammenhalt", "Hoerde Zentrum"): Funding(
        *ZUSAMMENHALT,
        "Hörde-Zentrum",
        "Hörde centre",
        "Faßstraße, Stadteingang, Hof- und Fassadenprogramm, Vernetzung, Beteiligung.",
        "Faßstraße, town entrance, courtyard and façade programme, networking, participation.",
        2021,
        space_id="AR09",
        space_match="by_name",
    ),
    ("Wachstum und nachhaltige Erneuerung", "Hansa-Revier Huckarde"): Funding(
        *WNE,
        "Hansa-Revier Huckarde",
        "Hansa-Revier Huckarde",
        "Frei- und Spielflächen, Hof- und Fassadenprogramm.",
        "Open and play spaces, courtyard and façade programme.",
        2021,
    ),
    ("Wachstum und nachhaltige Erneuerung", "Dorstfeld"): Funding(
        *WNE,
        "Dorstfeld",
        "Dorstfeld",
        "Bürgerbegegnungszentrum „Pulsschlag“.",
        "Community centre “Pulsschlag”.",
        2021,
        space_id="AR05",
        space_match="by_name",
    ),
    (
        "Wachstum und nachhaltige Erneuerung",
        "Kielstrasse 26 (high-rise demolition; location Dorstfeld = my memory)",
    ): Funding(
        *WNE,
        "Hochhaus Kielstraße 26",
        "High-rise Kielstraße 26",
        "Abriss des Hochhauses Kielstraße 26; der Stadtteil ist in der Quelle nicht genannt.",
        "Demolition of the high-rise Kielstraße 26; the source does not name the district.",
        2021,
    ),
    ("Sozialer Zusammenhalt Nordstadt (Investitionspakt Sportstaetten)", "Nordstadt"): Funding(
        "Sozialer Zusammenhalt Nordstadt (Investitionspakt Sportstätten)",
        "Social cohesion Nordstadt (investment pact for sports facilities)",
        *NORD,
        "Drei Bolzplätze; gilt für die Nordstadt insgesamt.",
        "Three kick-about pitches; for the Nordstadt as a whole.",
        2021,
        space_id=NORD_IDS,
        space_match="several",
    ),
    ("Stadterneuerung (IHK)", "Westerfilde/Bodelschwingh"): Funding(
        *IHK_W,
        *WB,
        "„Knapp 11 Millionen Euro“ über zehn Jahre.",
        "“Almost 11 million euros” over ten years.",
        2015,
        "geplant 2015–2025; Artikel undatiert, um 2015",
        "planned 2015-2025; article undated, about 2015",
        year_end=2025,
        space_id="AR12",
        space_match="by_name",
    ),
    ("Stadterneuerung (IHK) first tranche", "Westerfilde/Bodelschwingh"): Funding(
        f"{IHK_W[0]}: erste Tranche",
        f"{IHK_W[1]}: first tranche",
        *WB,
        "Erste Freigabe, nachdem das Gebiet festgelegt war.",
        "First release after the area had been fixed.",
        2015,
        "um 2015; Artikel undatiert",
        "about 2015; article undated",
        space_id="AR12",
        space_match="by_name",
    ),
    ("Soziale Stadt NRW", "Nordstadt"): Funding(
        "Soziale Stadt NRW",
        "Soziale Stadt NRW (state programme)",
        *NORD,
        "Anteil der Nordstadt an 11,54 Mio. € Landesmitteln für Dortmund "
        "(Stadtteilmanagement, Verfügungsfonds).",
        "The Nordstadt's share of 11.54 million € of state funds for Dortmund (district "
        "management, local fund).",
        None,
        "Jahr nicht genannt, um 2014/15",
        "year not stated, about 2014/15",
        space_id=NORD_IDS,
        space_match="several",
    ),
    ("URBAN II Aktionsfonds", "Nordstadt (Hafen; Nordmarkt; Borsigplatz)"): Funding(
        "URBAN II Aktionsfonds",
        "URBAN II action fund",
        *NORD,
        "Je Quartier (Hafen, Nordmarkt, Borsigplatz) und Fonds; vergeben von Bewohnerjurys.",
        "Per quarter (Hafen, Nordmarkt, Borsigplatz) and fund; awarded by residents' juries.",
        2003,
        space_id=NORD_IDS,
        space_match="by_name",
    ),
    ("Staedtebaufoerderung (one programme year)", "Dortmund"): Funding(
        f"{SBF[0]} (ein Programmjahr)",
        f"{SBF[1]} (one programme year)",
        *CITY,
        "Landesanteil; 27,7 Mio. € mit städtischem Anteil; u. a. Stadtumbau Huckarde-Nord "
        "1,5 Mio. €, Begegnungszentrum Wichlinghofen rund 6,7 Mio. €, Kampstraße, Kielstraße.",
        "State share; 27.7 million € including the city's share; among others urban "
        "redevelopment Huckarde-Nord 1.5 million €, community centre Wichlinghofen about 6.7 "
        "million €, Kampstraße, Kielstraße.",
        None,
        "Jahr nicht genannt, um 2022",
        "year not stated, about 2022",
    ),
    ("Staedtebaufoerderung application 2024 (eligible costs)", "Dortmund"): Funding(
        f"{SBF[0]}: Antrag 2024",
        f"{SBF[1]}: application 2024",
        *CITY,
        "Beantragt, nicht bewilligt: förderfähige Kosten, u. a. IGA rund 3 Mio. €, Grüner Ring "
        "17 Mio. €, Nordstadt 6,75 Mio. €, Stadtumbau Derne rund 675.000 €, Neuer Graben "
        "5,63 Mio. €.",
        "Applied for, not granted: eligible costs, among others IGA about 3 million €, Grüner "
        "Ring 17 million €, Nordstadt 6.75 million €, urban redevelopment Derne about 675,000 €, "
        "Neuer Graben 5.63 million €.",
        2024,
    ),
    ("Soziale Stadt NRW", "Scharnhorst-Ost"): Funding(
        "Soziale Stadt NRW",
        "Soziale Stadt NRW (state programme)",
        "Scharnhorst-Ost",
        "Scharnhorst-Ost",
        "Programmgebiet von 120 ha; kein Betrag gefunden.",
        "Programme area of 120 ha; no amount found.",
        1994,
        "1994–2005, Projekte bis etwa 2011",
        "1994-2005, projects until about 2011",
        year_end=2005,
        space_id="AR08",
        space_match="by_name",
    ),
}
