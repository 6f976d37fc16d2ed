"""The project's description of every Statistikatlas indicator, in German and English.

The meaning of each source column is inferred from its field name and its value range
(the transcription gives only English field names): see FACTS.md §2.3. The assignment of
indicators to the three Handlungsfelder is the project's, not the city's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MEANING_INFERRED_DE = "Bedeutung aus Feldname und Wertebereich der Transkription erschlossen."
MEANING_INFERRED_EN = "Meaning inferred from the transcription's field name and value range."


@dataclass(frozen=True)
class Edition:
    id: str
    label_de: str
    label_en: str
    source: str
    source_url: str
    reference_date: str
    reference_date_note: str
    input_file: str
    code_field: str


TRANSCRIPTION = (
    "Transkription: SpatialJustice (A. Nienaber, L. Heming, J. Ilchmann), "
    "github.com/anienabe/SpatialJustice @ 6abb6663, MIT-Lizenz"
)
LICENCE = (
    "Stadt Dortmund (Lizenz der Originaldaten nicht verifiziert, vermutlich dl-de/zero-2.0); "
    "Transkription MIT"
)

EDITIONS: dict[str, Edition] = {
    "atlas2019": Edition(
        id="atlas2019",
        label_de="Statistikatlas 2019",
        label_en="Statistics atlas 2019",
        source="Stadt Dortmund, Dortmunder Statistik: Statistikatlas Dortmund 2019 (Heft 215)",
        source_url="https://www.dortmund.de/dortmund/projekte/rathaus/verwaltung/"
        "dortmunder-statistik/downloads/215_-_statistikatlas_-_2019.pdf",
        reference_date="2018-12-31",
        reference_date_note="mostly 31.12.2018 (read in FACTS.md §2.3)",
        input_file="raw_spatialjustice/do_data2018.geojson",
        code_field="unbeznr",
    ),
    "atlas2024": Edition(
        id="atlas2024",
        label_de="Statistikatlas 2024",
        label_en="Statistics atlas 2024",
        source="Stadt Dortmund, Dortmunder Statistik: Statistikatlas Dortmund 2024",
        source_url="https://statistikportal.dortmund.de/",
        reference_date="2023-12-31",
        reference_date_note="inferred: the 2024 atlas most likely reports 31.12.2023; "
        "not read in the source",
        input_file="raw_spatialjustice/do_data2024.geojson",
        code_field="unbeznr",
    ),
}


EDITION_CAVEATS = {
    "atlas2024": (
        "In der Transkription wiederholen 46 Unterbezirke die komplette Wertezeile anderer "
        "Unterbezirke (vermutlich für zusammengefasste Gebiete veröffentlicht); diese Werte "
        "sind markiert.",
        "In the transcription 46 units repeat another unit's whole row of values (probably "
        "published for combined areas); those values are marked.",
    )
}


@dataclass(frozen=True)
class IndicatorSpec:
    id: str
    source_column: str
    label_de: str
    label_en: str
    definition_de: str
    definition_en: str
    unit: str
    handlungsfeld: str
    direction: int
    is_percentage: bool = True
    confidence: str = "medium"
    comparable: bool = True
    caveats_de: str = ""
    caveats_en: str = ""
    broken_in: tuple[str, ...] = ()
    low_confidence_in: tuple[str, ...] = ()
    edition_caveats: dict[str, tuple[str, str]] = field(default_factory=dict)


def _share(id_, col, de, en, hf="kontext", direction=0, **kw) -> IndicatorSpec:
    return IndicatorSpec(
        id_,
        col,
        f"Anteil {de}",
        f"Share {en}",
        f"Anteil {de} an der Bevölkerung mit Hauptwohnsitz, in %.",
        f"Share {en} in the population with main residence, in %.",
        "percent",
        hf,
        direction,
        **kw,
    )


INDICATORS: tuple[IndicatorSpec, ...] = (
    IndicatorSpec(
        "children_u15_sgb2",
        "children_under_15_SGB_II_pct",
        "Kinder unter 15 Jahren in SGB-II-Bezug",
        "Children under 15 receiving SGB II",
        "Anteil der Kinder unter 15 Jahren, die in Bedarfsgemeinschaften nach SGB II "
        "(Grundsicherung für Arbeitsuchende) leben, an allen Kindern unter 15 Jahren, in %.",
        "Share of children under 15 living in SGB II households (basic income support for "
        "jobseekers) among all children under 15, in %.",
        "percent",
        "kinder",
        1,
    ),
    IndicatorSpec(
        "transfer_benefits",
        "transfer_payment_pct",
        "Empfänger*innen von Transferleistungen",
        "Recipients of transfer benefits",
        "Anteil der Menschen, die existenzsichernde Transferleistungen (SGB II, SGB XII u. a.) "
        "beziehen, an der Bevölkerung, in %.",
        "Share of people receiving means-tested benefits (SGB II, SGB XII and others) in the "
        "population, in %.",
        "percent",
        "arbeit",
        1,
    ),
    IndicatorSpec(
        "unemployed",
        "unemployed_pct",
        "Arbeitslosenanteil",
        "Unemployment share",
        "Arbeitslose in % der Bevölkerung im Alter von 15 bis unter 65 Jahren "
        "(Arbeitslosenanteil, nicht die Arbeitslosenquote der Bundesagentur).",
        "Unemployed people in % of the population aged 15 to 64 (unemployment share, not the "
        "Federal Employment Agency's unemployment rate).",
        "percent",
        "arbeit",
        1,
        caveats_de="Andere Definition als die Arbeitslosenquote: nicht mit ihr vergleichen.",
        caveats_en="Defined differently from the unemployment rate: do not compare the two.",
    ),
    IndicatorSpec(
        "unemployed_u25",
        "unemployed_under_25_pct",
        "Arbeitslosenanteil unter 25 Jahren",
        "Unemployment share under 25",
        "Arbeitslose unter 25 Jahren in % der Bevölkerung im Alter von 15 bis unter 25 Jahren.",
        "Unemployed people under 25 in % of the population aged 15 to 24.",
        "percent",
        "arbeit",
        1,
        broken_in=("atlas2019",),
        edition_caveats={
            "atlas2019": (
                "In der Transkription des Atlas 2019 defekt (Median 0,0; 89 von 170 Werten 0): "
                "als fehlend geführt.",
                "Broken in the transcription of the 2019 atlas (median 0.0; 89 of 170 values 0): "
                "kept as missing.",
            )
        },
    ),
    IndicatorSpec(
        "elderly_sgb12",
        "over_65_SGB_XII_pct",
        "Ältere in Grundsicherung (SGB XII)",
        "Older people receiving basic income (SGB XII)",
        "Anteil der Menschen ab 65 Jahren mit Grundsicherung im Alter (SGB XII) an allen "
        "Menschen ab 65 Jahren, in %.",
        "Share of people aged 65 and over receiving basic income in old age (SGB XII) among "
        "all people aged 65 and over, in %.",
        "percent",
        "zusammenhalt",
        1,
    ),
    IndicatorSpec(
        "gymnasium_transition",
        "secondary_school_recommendation_pct",
        "Übergänge aufs Gymnasium",
        "Transitions to Gymnasium",
        "Vermutlich der Anteil der Grundschulkinder mit Übergang bzw. Empfehlung zum Gymnasium, "
        "in %.",
        "Probably the share of primary-school children moving on (or recommended) to a "
        "Gymnasium, in %.",
        "percent",
        "kinder",
        -1,
        confidence="low",
        caveats_de="Nur im Atlas 2019. Genaue Definition (Übergang oder Empfehlung) unbestätigt.",
        caveats_en="2019 atlas only. Exact definition (transition or recommendation) unverified.",
    ),
    IndicatorSpec(
        "households_with_children",
        "households_with_children_pct",
        "Haushalte mit Kindern",
        "Households with children",
        "Anteil der Haushalte mit Kindern unter 18 Jahren an allen Haushalten, in %.",
        "Share of households with children under 18 among all households, in %.",
        "percent",
        "kinder",
        0,
    ),
    IndicatorSpec(
        "single_households_65plus",
        "single_households_over_65_pct",
        "Einpersonenhaushalte Älterer",
        "Single-person households of older people",
        "Einpersonenhaushalte von Menschen ab 65 Jahren, in % (Bezugsgröße je Ausgabe "
        "verschieden).",
        "Single-person households of people aged 65 and over, in % (base differs by edition).",
        "percent",
        "zusammenhalt",
        0,
        confidence="low",
        comparable=False,
        caveats_de="Die beiden Ausgaben verwenden offensichtlich verschiedene Bezugsgrößen "
        "(Median 13,2 gegenüber 35,0): Werte nicht zwischen den Ausgaben vergleichen.",
        caveats_en="The two editions clearly use different bases (median 13.2 vs 35.0): do not "
        "compare values across editions.",
    ),
    _share(
        "share_0_6",
        "share_0_6_pct",
        "der Kinder unter 6 Jahren",
        "of children under 6",
        hf="kinder",
    ),
    _share(
        "share_6_18",
        "share_6_18_pct",
        "der 6- bis unter 18-Jährigen",
        "of people aged 6-17",
        hf="kinder",
    ),
    _share(
        "share_18_30", "share_18_30_pct", "der 18- bis unter 30-Jährigen", "of people aged 18-29"
    ),
    _share(
        "share_65_80", "share_65_80_pct", "der 65- bis unter 80-Jährigen", "of people aged 65-79"
    ),
    _share(
        "share_80plus",
        "share_80plus_pct",
        "der Menschen ab 80 Jahren",
        "of people aged 80 and over",
    ),
    _share("female", "female_population_pct", "der Frauen", "of women"),
    IndicatorSpec(
        "average_age",
        "average_age_years",
        "Durchschnittsalter",
        "Average age",
        "Durchschnittsalter der Bevölkerung mit Hauptwohnsitz, in Jahren.",
        "Average age of the population with main residence, in years.",
        "years",
        "kontext",
        0,
        is_percentage=False,
    ),
    IndicatorSpec(
        "births",
        "births_per_1000_abs",
        "Geburten",
        "Births",
        "Lebendgeborene je 1.000 Einwohner*innen.",
        "Live births per 1,000 inhabitants.",
        "per_1000",
        "kontext",
        0,
        is_percentage=False,
    ),
    IndicatorSpec(
        "deaths",
        "deaths_per_1000_abs",
        "Sterbefälle",
        "Deaths",
        "Gestorbene je 1.000 Einwohner*innen.",
        "Deaths per 1,000 inhabitants.",
        "per_1000",
        "kontext",
        0,
        is_percentage=False,
        caveats_de="Hohe Werte in Unterbezirken mit Pflegeeinrichtungen.",
        caveats_en="High values in units with care homes.",
    ),
    IndicatorSpec(
        "natural_balance",
        "saldo_births_deaths_pct",
        "Natürlicher Saldo",
        "Natural population balance",
        "Geburten minus Sterbefälle, vermutlich je 1.000 Einwohner*innen.",
        "Births minus deaths, probably per 1,000 inhabitants.",
        "balance",
        "kontext",
        0,
        is_percentage=False,
        comparable=False,
        low_confidence_in=("atlas2019",),
        edition_caveats={
            "atlas2019": (
                "Im Atlas 2019 unplausible Extremwerte (−96,6 bis 230,4) und unklare Einheit.",
                "The 2019 atlas has implausible extremes (−96.6 to 230.4) and an unclear unit.",
            )
        },
    ),
    IndicatorSpec(
        "living_space",
        "living_space_per_inhabitant_sq_abs",
        "Wohnfläche je Einwohner*in",
        "Living space per inhabitant",
        "Wohnfläche in m² je Einwohner*in.",
        "Living space in m² per inhabitant.",
        "sqm_per_person",
        "kontext",
        -1,
        is_percentage=False,
        caveats_de="Weniger Wohnfläche wird hier als mehr Bedarf (Enge) gelesen.",
        caveats_en="Less living space is read here as more need (crowding).",
    ),
    IndicatorSpec(
        "new_flats",
        "new_flats_1999_2016_pct",
        "Neubauwohnungen seit 1999",
        "New flats since 1999",
        "Anteil der seit 1999 fertiggestellten Wohnungen am Wohnungsbestand, in %.",
        "Share of flats completed since 1999 in the housing stock, in %.",
        "percent",
        "kontext",
        0,
        caveats_de="Der Feldname nennt 1999–2016 für beide Ausgaben; Zeitraum im Atlas 2024 "
        "unbestätigt.",
        caveats_en="The field name says 1999-2016 for both editions; the period in the 2024 "
        "atlas is unverified.",
    ),
    IndicatorSpec(
        "building_density",
        "building_density_pct",
        "Bebauungsdichte",
        "Building density",
        "Vermutlich der Anteil bebauter Fläche an der Fläche des Unterbezirks, in %.",
        "Probably the share of built-up land in the unit's area, in %.",
        "percent",
        "kontext",
        0,
        confidence="low",
        comparable=False,
        caveats_de="Median 49 (2019) gegenüber 34 (2024): Definition hat sich wohl geändert.",
        caveats_en="Median 49 (2019) vs 34 (2024): the definition probably changed.",
    ),
    IndicatorSpec(
        "population_density",
        "population_density_ha_abs",
        "Einwohnerdichte",
        "Population density",
        "Einwohner*innen je Hektar, vermutlich bezogen auf die Siedlungs- oder Wohnfläche.",
        "Inhabitants per hectare, probably of settlement or residential land.",
        "persons_per_ha",
        "kontext",
        0,
        is_percentage=False,
        confidence="low",
        caveats_de="Nicht Einwohner je ha Gesamtfläche (das ergäbe ~1,9 Mio. Menschen).",
        caveats_en="Not inhabitants per ha of total area (that would give ~1.9 M people).",
    ),
)
