"""Approximate populations per space, as the project publishes them.

Each raw population fact about a space (keyed by its figure and source URL) gets a scope –
what area the figure is for – and a confidence in the project's words. Figures for several
spaces together are one row for all of them: never split or summed. A raw fact without an
entry here stops the build; :data:`EXCLUDED` lists facts that are not population totals.

Scopes: ``space`` – the source gives the figure for the space itself; ``several_spaces`` –
for several spaces together; ``stat_bezirk`` – for the statistischer Bezirk the project takes
as the space; ``part`` – for a part of the space; ``quarter`` – for a quarter of the same
name whose boundary may differ.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SpacePopulation:
    space_ids: str
    scope: str
    area_de: str
    area_en: str
    year: int | None
    as_of_de: str
    as_of_en: str
    confidence: str
    approx: bool = False


NORD = "AR01;AR02;AR03"
NORD_AREA = (
    "Nordstadt insgesamt (Hafen, Nordmarkt und Borsigplatz zusammen)",
    "Nordstadt as a whole (Hafen, Nordmarkt and Borsigplatz together)",
)
UNDATED = ("undatiert", "undated")


def _space(name_de: str, name_en: str | None = None) -> tuple[str, str]:
    return (f"{name_de} (laut Quelle)", f"{name_en or name_de} (per the source)")


def _bezirk(name: str, code: str) -> tuple[str, str]:
    return (f"statistischer Bezirk {name} ({code})", f"statistischer Bezirk {name} ({code})")


def _year(year: int, approx: bool = False) -> tuple[int, str, str]:
    return (year, f"um {year}", f"about {year}") if approx else (year, str(year), str(year))


AKTIONSPLAN = "https://www.dortmund.de/themen/soziales/aktionsplan-soziale-stadt/"
OLD = (
    "https://www.dortmund.de/de/rathaus_und_buergerservice/lokalpolitik/aktionsplan_soziale_stadt/"
)
INFAMILIE = "https://www.dortmund.de/themen/kinder-jugendliche-und-familie/netzwerk-infamilie/"
INFAMILIE2 = "https://dortmund.de/themen/kinder-jugendliche-und-familie/netzwerk-infamilie/"
AQ = "aktionsraeume-und-aktionsquartiere/"

SPACE_POPULATION: dict[tuple[int, str], SpacePopulation] = {
    (60000, f"{AKTIONSPLAN}{AQ}nordstadt/"): SpacePopulation(
        NORD, "several_spaces", *NORD_AREA, None, *UNDATED, "stated", approx=True
    ),
    (59479, "https://soziale-stadt-nrw.de/stadtteile-und-projekte/dortmund-nordstadt"): (
        SpacePopulation(NORD, "several_spaces", *NORD_AREA, *_year(2017), "stated")
    ),
    (18502, "https://de.wikipedia.org/wiki/Hafen_Dortmund"): SpacePopulation(
        "AR01", "stat_bezirk", *_bezirk("Hafen", "04"), *_year(2017), "assigned"
    ),
    (4000, f"{INFAMILIE2}quartier-brunnenstrassen-und-hannibalviertel"): SpacePopulation(
        "AR02",
        "part",
        "Brunnenstraßen- und Hannibalviertel (Teil des Nordmarkts)",
        "Brunnenstraße and Hannibal quarter (part of the Nordmarkt)",
        *_year(2017),
        "assigned",
        approx=True,
    ),
    (27996, "http://de.wikipedia.org/wiki/Nordmarkt_(Dortmund)?oldid=158761968"): (
        SpacePopulation(
            "AR02", "stat_bezirk", *_bezirk("Nordmarkt", "05"), *_year(2015), "assigned"
        )
    ),
    (10836, "http://www.quartiersmanagement-nordstadt.de/borsigplatz.php"): SpacePopulation(
        "AR03",
        "quarter",
        "Quartier Borsigplatz des Quartiersmanagements Nordstadt",
        "Borsigplatz quarter of the Nordstadt neighbourhood management",
        *_year(2009),
        "assigned",
        approx=True,
    ),
    (13570, "https://sagapedia.com/de/Borsigplatz"): SpacePopulation(
        "AR03", "stat_bezirk", *_bezirk("Borsigplatz", "06"), *_year(2023), "assigned"
    ),
    (12000, f"{OLD}aktionsraeume_1/dorstfelder_bruecke_1/index.html"): SpacePopulation(
        "AR04",
        "space",
        *_space("Aktionsraum Dorstfelder Brücke", "action area Dorstfelder Brücke"),
        None,
        *UNDATED,
        "stated",
        approx=True,
    ),
    (12323, "http://de.wikipedia.org./wiki/Liste_der_Dortmunder_Stadtteile"): SpacePopulation(
        "AR04", "stat_bezirk", *_bezirk("Dorstfelder Brücke", "02"), *_year(2021), "assigned"
    ),
    (15000, f"{OLD}aktionsraeume_1/dorstfeld__dorstfelder_bruecke/index.html"): SpacePopulation(
        "AR05",
        "space",
        *_space("Stadtteil Dorstfeld", "district Dorstfeld"),
        *_year(2021, approx=True),
        "stated",
        approx=True,
    ),
    (14567, "https://www.wiki-data.de-de.nina.az/Dorstfeld.html"): SpacePopulation(
        "AR05", "stat_bezirk", *_bezirk("Dorstfeld", "03"), *_year(2022), "assigned"
    ),
    (18520, f"{INFAMILIE}quartier-eving-lindenhorst-eving-kemminghausen/"): SpacePopulation(
        "AR06",
        "space",
        *_space("Aktionsraum Eving-Kemminghausen", "action area Eving-Kemminghausen"),
        *_year(2022, approx=True),
        "stated",
    ),
    (9983, f"{INFAMILIE}quartier-eving-lindenhorst-eving-kemminghausen/"): SpacePopulation(
        "AR07",
        "space",
        *_space("Aktionsraum Eving-Lindenhorst", "action area Eving-Lindenhorst"),
        *_year(2022, approx=True),
        "stated",
        approx=True,
    ),
    (6030, "http://de.wikipedia.org./wiki/Lindenhorst_(Dortmund)"): SpacePopulation(
        "AR07", "part", *_bezirk("Lindenhorst", "14"), *_year(2022), "assigned"
    ),
    (13000, f"{AKTIONSPLAN}{AQ}scharnhorst-ost/"): SpacePopulation(
        "AR08",
        "space",
        *_space("Quartier Scharnhorst-Ost", "Scharnhorst-Ost quarter"),
        None,
        *UNDATED,
        "stated",
        approx=True,
    ),
    (12538, f"{INFAMILIE2}quartier-scharnhorst-ost/"): SpacePopulation(
        "AR08",
        "space",
        *_space("Scharnhorst-Ost"),
        *_year(2021, approx=True),
        "stated",
        approx=True,
    ),
    (13065, "https://wikizero.net/wiki/de/Dortmund-Scharnhorst-Ost"): SpacePopulation(
        "AR08", "stat_bezirk", *_bezirk("Scharnhorst-Ost", "27"), *_year(2023), "assigned"
    ),
    (26000, f"{OLD}aktionsraeume_1/hoerde_3/index.html"): SpacePopulation(
        "AR09",
        "space",
        *_space("Aktionsraum Hörde", "action area Hörde"),
        None,
        *UNDATED,
        "stated",
        approx=True,
    ),
    (3056, f"{INFAMILIE2}quartier-clarenberg-und-hoerder-neumarkt/"): SpacePopulation(
        "AR09",
        "part",
        "Clarenberg (Unterbezirk 535)",
        "Clarenberg (unit 535)",
        *_year(2013),
        "assigned",
        approx=True,
    ),
    (10000, f"{AKTIONSPLAN}{AQ}marten/"): SpacePopulation(
        "AR10",
        "space",
        *_space(
            "Aktionsraum Marten (Germania und Marten)", "action area Marten (Germania and Marten)"
        ),
        None,
        *UNDATED,
        "stated",
        approx=True,
    ),
    (9676, "https://de.zxc.wiki/wiki/Marten_(Dortmund)"): SpacePopulation(
        "AR10", "stat_bezirk", *_bezirk("Marten", "74"), *_year(2019), "assigned"
    ),
    (8000, f"{OLD}aktionsraeume_1/boevinghausen__westrich/index.html"): SpacePopulation(
        "AR11",
        "space",
        *_space("Aktionsraum Bövinghausen-Westrich", "action area Bövinghausen-Westrich"),
        *_year(2021, approx=True),
        "stated",
        approx=True,
    ),
    (14000, f"{INFAMILIE}quartier-westerfilde-bodelschwingh/"): SpacePopulation(
        "AR12",
        "space",
        *_space("Westerfilde und Bodelschwingh"),
        *_year(2017),
        "stated",
        approx=True,
    ),
    (10000, f"{AKTIONSPLAN}{AQ}nette/"): SpacePopulation(
        "AR13",
        "space",
        *_space("Aktionsraum Nette", "action area Nette"),
        None,
        *UNDATED,
        "stated",
        approx=True,
    ),
    (6435, "https://de.m.wikipedia.org./wiki/Nette_(Dortmund)"): SpacePopulation(
        "AR13", "part", *_bezirk("Nette", "93"), *_year(2023), "stated"
    ),
    (1300, f"{AKTIONSPLAN}{AQ}wambeler-heide/"): SpacePopulation(
        "AQ01",
        "space",
        *_space("Aktionsquartier Wambeler Heide", "Aktionsquartier Wambeler Heide"),
        None,
        *UNDATED,
        "stated",
        approx=True,
    ),
    (2786, f"{INFAMILIE}quartier-meylantviertel/"): SpacePopulation(
        "AQ02", "space", *_space("Meylantviertel"), *_year(2022), "stated"
    ),
}

EXCLUDED = {
    (
        1122,
        "https://dortmund.de/themen/kinder-jugendliche-und-familie/netzwerk-infamilie/"
        "quartier-boevinghausen-westrich/",
    ): "people under 18, not a population total",
}
