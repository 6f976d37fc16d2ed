"""What the project says about each space: how its units are known, notes, and checks of the
membership against other published figures (German and English, public text).

``confidence`` is the membership confidence the evidence supports; the pipeline stops when the
raw fact table says something else, so that a correction there is re-read here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SpaceSpec:
    confidence: str
    evidence_de: str
    evidence_en: str
    note_de: str = ""
    note_en: str = ""
    check_de: str = ""
    check_en: str = ""


REPORT = ("Bericht zur sozialen Lage in Dortmund 2018", "Dortmund social report 2018")
NEWS_2020 = (
    "Pressemitteilung der Stadt Dortmund vom 22.12.2020",
    "City of Dortmund press release of 22 Dec 2020",
)
YOUTH = (
    "Bestandsaufnahme der Jugendhilfeplanung der Stadt Dortmund",
    "the City of Dortmund's youth-welfare planning survey",
)


def _bezirk(name: str, units: str, extra: tuple[str, str] = ("", "")) -> tuple[str, str]:
    """Evidence for a space inferred as equal to its statistischer Bezirk."""
    return (
        f"Erschlossen: Der Sozialraum {name} ist gleich dem gleichnamigen statistischen Bezirk "
        f"({units}); so definiert die Stadt ihre Sozialräume, wo sie es belegt. "
        f"Name des Aktionsraums: {REPORT[0]}.{extra[0]}",
        f"Inferred: the Sozialraum {name} is taken as the statistischer Bezirk of the same name "
        f"({units}), as the city defines its Sozialräume where this is documented. Name of the "
        f"action area: {REPORT[1]}.{extra[1]}",
    )


EVING_GUESS = (
    "Geschätzt: Der statistische Bezirk Eving (121–124) ist auf Eving I und II aufgeteilt; "
    "wie, ist nicht veröffentlicht. Angenommen sind 123 und 124 für Eving I "
    "(Kemminghausen) sowie 121, 122 und 140 Lindenhorst für Eving II.",
    "Guess: the statistischer Bezirk Eving (121-124) is split between Eving I and II; how is "
    "not published. Assumed: 123 and 124 for Eving I (Kemminghausen), 121, 122 and 140 "
    "Lindenhorst for Eving II.",
)
EVING_NOTE = (
    "Die Aufteilung des statistischen Bezirks Eving auf Eving I und II ist geschätzt.",
    "The split of the statistischer Bezirk Eving between Eving I and II is a guess.",
)
QUARTER_NOTE = (
    "Aktionsquartier im früheren Aktionsraum {old}. Seine Grenze ist nicht öffentlich: Karte, "
    "Tabelle, Ranking und alle Werte zeigen den ganzen umgebenden Sozialraum {old} "
    "(statistischer Bezirk {bezirk}, Unterbezirke {units}), nicht das Quartier selbst.",
    "Aktionsquartier inside the former Aktionsraum {old}. Its boundary is not public: the map, "
    "table, ranking and all values show the whole surrounding Sozialraum {old} (statistischer "
    "Bezirk {bezirk}, units {units}), not the quarter itself.",
)


def _quarter(old: str, bezirk: str, units: str) -> tuple[str, str]:
    return tuple(t.format(old=old, bezirk=bezirk, units=units) for t in QUARTER_NOTE)


SPACES: dict[str, SpaceSpec] = {
    "AR01": SpaceSpec("inferred", *_bezirk("Hafen", "041–043")),
    "AR02": SpaceSpec("inferred", *_bezirk("Nordmarkt", "051–054")),
    "AR03": SpaceSpec("inferred", *_bezirk("Borsigplatz", "061, 062")),
    "AR04": SpaceSpec(
        "documented",
        f"Belegt: Die {YOUTH[0]} nennt als Sozialraum Dorstfelder Brücke die Unterbezirke 021–023.",
        f"Documented: {YOUTH[1]} defines the Sozialraum Dorstfelder Brücke as units 021-023.",
    ),
    "AR05": SpaceSpec(
        "documented",
        f"Belegt: Die {YOUTH[0]} nennt als Sozialraum Dorstfeld die Unterbezirke 031–033; "
        f"Aktionsraum seit 2021 ({NEWS_2020[0]}).",
        f"Documented: {YOUTH[1]} defines the Sozialraum Dorstfeld as units 031-033; an "
        f"action area since 2021 ({NEWS_2020[1]}).",
    ),
    "AR06": SpaceSpec(
        "guess",
        *EVING_GUESS,
        *EVING_NOTE,
        check_de="Die Einwohnerzahl spricht gegen die Schätzung: Laut Netzwerk INFamilie der "
        "Stadt leben im Aktionsraum Eving-Kemminghausen 18.520 Menschen (um 2022). Die "
        "angenommenen Unterbezirke 123 und 124 haben nach einer groben Rechnung des Projekts "
        "(Einwohnerdichte × Fläche, auf die Stadt hochgerechnet) nur rund 12.000. Der "
        "Aktionsraum ist vermutlich größer als angenommen.",
        check_en="The population contradicts the guess: per the city's INFamilie network "
        "18,520 people live in the Eving-Kemminghausen action area (about 2022). By the "
        "project's rough estimate (population density × area, scaled to the city) the assumed "
        "units 123 and 124 have only about 12,000. The action area is probably larger than "
        "assumed.",
    ),
    "AR07": SpaceSpec(
        "guess",
        *EVING_GUESS,
        *EVING_NOTE,
        check_de="Die Einwohnerzahl spricht gegen die Schätzung: Laut Netzwerk INFamilie der "
        "Stadt leben im Aktionsraum Eving-Lindenhorst rund 9.983 Menschen (um 2022), im "
        "statistischen Bezirk Lindenhorst allein 6.030 (2022). Aus dem Bezirk Eving kommen also "
        "nur rund 4.000 dazu; die angenommenen Unterbezirke 121 und 122 haben nach einer groben "
        "Rechnung des Projekts (Einwohnerdichte × Fläche) rund 8.000.",
        check_en="The population contradicts the guess: per the city's INFamilie network about "
        "9,983 people live in the Eving-Lindenhorst action area (about 2022), 6,030 in the "
        "statistischer Bezirk Lindenhorst alone (2022). So only about 4,000 come from the Bezirk "
        "Eving; by the project's rough estimate (population density × area) the assumed units "
        "121 and 122 have about 8,000.",
    ),
    "AR08": SpaceSpec("inferred", *_bezirk("Scharnhorst-Ost", "270")),
    "AR09": SpaceSpec(
        "inferred",
        *_bezirk(
            "Hörde",
            "531–535",
            (
                f" Die {YOUTH[0]} zählt Clarenberg (535) zum Sozialraum Hörde.",
                f" {YOUTH[1].capitalize()} counts Clarenberg (535) in the Sozialraum Hörde.",
            ),
        ),
    ),
    "AR10": SpaceSpec(
        "inferred",
        *_bezirk(
            "Marten",
            "741, 742",
            (
                " Die Aktionsplan-Seite der Stadt nennt Germania und Marten.",
                " The city's action-plan page names Germania and Marten.",
            ),
        ),
    ),
    "AR11": SpaceSpec(
        "inferred",
        f"Erschlossen: Der Name nennt die beiden statistischen Bezirke Bövinghausen (710) und "
        f"Westrich (760). Aktionsraum seit 2021 ({NEWS_2020[0]}).",
        f"Inferred: the name is that of the two statistische Bezirke Bövinghausen (710) and "
        f"Westrich (760). An action area since 2021 ({NEWS_2020[1]}).",
    ),
    "AR12": SpaceSpec(
        "inferred",
        f"Der Name ist belegt, die Unterbezirke sind erschlossen: Die {YOUTH[0]} führt den "
        "Sozialraum Bodelschwingh/Westerfilde, ohne seine Unterbezirke zu nennen; angenommen "
        "sind die beiden gleichnamigen statistischen Bezirke Bodelschwingh (910) und "
        "Westerfilde (960).",
        f"The name is documented, the units are inferred: {YOUTH[1]} lists the Sozialraum "
        "Bodelschwingh/Westerfilde without naming its units; assumed are the two statistische "
        "Bezirke of the same names, Bodelschwingh (910) and Westerfilde (960).",
    ),
    "AR13": SpaceSpec(
        "documented",
        "Belegt: Die Aktionsplan-Seite der Stadt zu Nette nennt die Unterbezirke Nette (930), "
        "Alte Kolonie (924) und Niedernette (954).",
        "Documented: the city's action-plan page on Nette names the units Nette (930), Alte "
        "Kolonie (924) and Niedernette (954).",
    ),
    "AQ01": SpaceSpec(
        "unknown",
        f"Unbekannt: Die Grenze des Quartiers ist nicht veröffentlicht ({NEWS_2020[0]}).",
        f"Unknown: the quarter's boundary is not published ({NEWS_2020[1]}).",
        *_quarter("Alt-Scharnhorst", "26", "261–263"),
    ),
    "AQ02": SpaceSpec(
        "unknown",
        f"Unbekannt: Die Grenze des Quartiers ist nicht veröffentlicht ({NEWS_2020[0]}).",
        f"Unknown: the quarter's boundary is not published ({NEWS_2020[1]}).",
        *_quarter("Wickede", "34", "341–344"),
    ),
}

FORMER: dict[str, tuple[str, SpaceSpec]] = {
    "Alt-Scharnhorst": (
        "EX01",
        SpaceSpec(
            "inferred",
            *_bezirk("Alt-Scharnhorst", "261–263"),
            "Aktionsraum 2008–2020; seit 2021 nur noch das Aktionsquartier Wambeler Heide.",
            "Aktionsraum 2008-2020; since 2021 only the Aktionsquartier Wambeler Heide.",
        ),
    ),
    "Wickede": (
        "EX02",
        SpaceSpec(
            "inferred",
            *_bezirk("Wickede", "341–344"),
            "Aktionsraum 2008–2020; seit 2021 nur noch das Aktionsquartier Meylantviertel.",
            "Aktionsraum 2008-2020; since 2021 only the Aktionsquartier Meylantviertel.",
        ),
    ),
}
"""Aktionsräume of 2008-2020 that shrank to an Aktionsquartier in 2021 (history only)."""

SHORT_NAMES = {"AR06": "Eving I", "AR07": "Eving II"}
"""Map labels where the full name is too long to place (full names stay everywhere else)."""
