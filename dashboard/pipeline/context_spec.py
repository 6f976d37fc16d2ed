"""The context indicators of the Statistikatlas (population, households, housing), as the
project describes them. See :mod:`indicators_spec` for the social ones and the rules."""

from __future__ import annotations

from .catalogue_spec import IndicatorSpec


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


CONTEXT: tuple[IndicatorSpec, ...] = (
    _share(
        "share_0_6", "share_0_6_pct", "der Kinder unter 6 Jahren", "of children under 6", "kinder"
    ),
    _share(
        "share_6_18",
        "share_6_18_pct",
        "der 6- bis unter 18-Jährigen",
        "of people aged 6-17",
        "kinder",
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
    _share("female", "female_population_pct", "der Frauen", "of women", editions=("atlas2019",)),
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
        zero_reason=(
            "Ein Durchschnittsalter von 0 ist unmöglich.",
            "An average age of 0 is impossible.",
        ),
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
        zero_reason=(
            "Eine Geburtenrate von 0 wäre in einem bewohnten Unterbezirk nicht plausibel.",
            "A birth rate of 0 would not be plausible in an inhabited unit.",
        ),
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
        zero_reason=(
            "Eine Sterberate von 0 wäre in einem bewohnten Unterbezirk nicht plausibel.",
            "A death rate of 0 would not be plausible in an inhabited unit.",
        ),
    ),
    IndicatorSpec(
        "natural_balance",
        "saldo_births_deaths_pct",
        "Natürlicher Saldo",
        "Natural population balance",
        "Geburten minus Sterbefälle.",
        "Births minus deaths.",
        "per_1000",
        "kontext",
        0,
        is_percentage=False,
        comparable=False,
        zero_rule="zero_if_consistent",
        zero_reason=("", ""),
        edition_definitions={
            "atlas2019": (
                "Geburtenüberschuss in % der Sterbefälle: (Geburten − Sterbefälle) ÷ Sterbefälle "
                "× 100. Nachgerechnet: Alle 170 Werte folgen bis auf Rundung aus den Geburten und "
                "Sterbefällen je 1.000 Einwohner*innen derselben Ausgabe. −50 heißt: halb so "
                "viele Geburten wie Sterbefälle.",
                "Surplus of births in % of deaths: (births − deaths) ÷ deaths × 100. Checked: all "
                "170 values follow, up to rounding, from the births and deaths per 1,000 "
                "inhabitants of the same edition. −50 means half as many births as deaths.",
            ),
            "atlas2024": (
                "Geburten minus Sterbefälle je 1.000 Einwohner*innen. Nachgerechnet: Bei 128 "
                "von 170 Unterbezirken bis auf Rundung gleich der Differenz der beiden Raten "
                "derselben Ausgabe; bei den übrigen weicht er um bis zu 4,1 ab.",
                "Births minus deaths per 1,000 inhabitants. Checked: for 128 of 170 units equal, "
                "up to rounding, to the difference of the two rates of the same edition; the "
                "others differ by up to 4.1.",
            ),
        },
        edition_units={"atlas2019": "percent"},
        caveats_de="Die Ausgaben rechnen verschieden (2019: in % der Sterbefälle, 2024: je "
        "1.000 Einwohner*innen): keine Veränderung zwischen den Ausgaben.",
        caveats_en="The editions compute it differently (2019: in % of deaths, 2024: per 1,000 "
        "inhabitants): no change between the editions.",
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
        zero_reason=("Eine Wohnfläche von 0 ist unmöglich.", "A living space of 0 is impossible."),
    ),
    IndicatorSpec(
        "new_flats",
        "new_flats_1999_2016_pct",
        "Neubauwohnungen (Anteil am Bestand)",
        "New flats (share of the stock)",
        "Anteil neu gebauter Wohnungen am Wohnungsbestand, in %; der Zeitraum ist je Ausgabe "
        "verschieden.",
        "Share of newly built flats in the housing stock, in %; the period differs by edition.",
        "percent",
        "kontext",
        0,
        comparable=False,
        low_confidence_in=("atlas2024",),
        zero_rule="zero_is_value",
        zero_reason=(
            "Ohne Neubau im Zeitraum ist 0 plausibel; Werte von 0,1 bis 0,5 sind häufig.",
            "Without new building in the period 0 is plausible; values of 0.1 to 0.5 are common.",
        ),
        edition_definitions={
            "atlas2019": (
                "Anteil der 1999 bis 2016 fertiggestellten Wohnungen am Wohnungsbestand, in % "
                "(Zeitraum laut Feldname der Transkription).",
                "Share of flats completed from 1999 to 2016 in the housing stock, in % (period "
                "as named by the transcription's field).",
            ),
            "atlas2024": (
                "Anteil neu gebauter Wohnungen am Wohnungsbestand, in %; Zeitraum unbekannt. "
                "Nicht der Anteil seit 1999: Der wäre seit dem Atlas 2019 nur gewachsen, ist aber "
                "in 119 von 170 Unterbezirken kleiner.",
                "Share of newly built flats in the housing stock, in %; period unknown. Not the "
                "share since 1999: that could only have grown since the 2019 atlas, but it is "
                "smaller in 119 of 170 units.",
            ),
        },
        caveats_de="Die Ausgaben beziehen sich auf verschiedene Zeiträume: keine Veränderung "
        "zwischen den Ausgaben.",
        caveats_en="The editions refer to different periods: no change between the editions.",
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
        caveats_de="Median 49 (2019) gegenüber 34 (2024) bei sonst ähnlicher Reihenfolge: "
        "Definition hat sich wohl geändert.",
        caveats_en="Median 49 (2019) vs 34 (2024) with a similar order of units: the definition "
        "probably changed.",
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
        caveats_de="Nicht Einwohner*innen je Hektar Gesamtfläche: Mit der Fläche der "
        "Unterbezirke ergäbe das rund 1,9 Mio. Menschen statt rund 600.000.",
        caveats_en="Not inhabitants per hectare of total area: with the units' areas that would "
        "give about 1.9 million people instead of about 600,000.",
        zero_reason=(
            "Eine Dichte von 0 wäre in einem bewohnten Unterbezirk nicht plausibel.",
            "A density of 0 would not be plausible in an inhabited unit.",
        ),
    ),
)
