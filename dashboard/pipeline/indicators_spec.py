"""Every Statistikatlas indicator as the project describes it (German and English).

Labels and definitions were checked against the values (see the unit tests): where a label
does not fit the numbers, the definition says what the numbers are and what is unknown.
The zero rule of each indicator is decided from an analysis of both editions
(:mod:`dashboard.pipeline.zeros`).
"""

from __future__ import annotations

from .catalogue_spec import IndicatorSpec

SUPPRESSED_REASON = (
    "Viele Unterbezirke mit 0 liegen neben Werten weit über 0; die kleinsten übrigen Werte "
    "liegen deutlich über 0.",
    "Many units at 0 lie next to values far above 0; the smallest other values are clearly "
    "above 0.",
)


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
        social=True,
        zero_reason=(
            "Eine 0 ist bei diesem Anteil nicht plausibel (Unterbezirk 611 Schönau: 3,4 % im "
            "Atlas 2019, 0 im Atlas 2024).",
            "A 0 is not plausible for this share (unit 611 Schönau: 3.4 % in the 2019 atlas, "
            "0 in the 2024 atlas).",
        ),
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
        social=True,
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
        social=True,
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
        social=True,
        broken_in=("atlas2019",),
        zero_reason=(
            "Im Atlas 2024 stehen 78 von 170 Unterbezirken bei genau 0, 69 davon auch im Atlas "
            "2019; außer 0 ist kein Wert kleiner als 2,2. Unterbezirke mit 0 haben im Median "
            "einen Arbeitslosenanteil von 5,8 % gegenüber 12,2 % bei den übrigen: vermutlich "
            "nicht veröffentlichte kleine Fallzahlen.",
            "In the 2024 atlas 78 of 170 units are at exactly 0, 69 of them also in the 2019 "
            "atlas; apart from 0 no value is below 2.2. Units at 0 have a median unemployment "
            "share of 5.8 % against 12.2 % for the rest: probably small counts not published.",
        ),
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
        social=True,
    ),
    IndicatorSpec(
        "gymnasium_transition",
        "secondary_school_recommendation_pct",
        "Gymnasialempfehlungen",
        "Recommendations for Gymnasium",
        "Anteil der Grundschulkinder mit einer Empfehlung für das Gymnasium, in % "
        "(Gymnasialempfehlung; nicht der tatsächliche Übergang).",
        "Share of primary-school children recommended for a Gymnasium, in % (recommendation, "
        "not the actual transition).",
        "percent",
        "kinder",
        -1,
        confidence="low",
        social=True,
        editions=("atlas2019",),
        caveats_de="Nur im Atlas 2019. Die Transkription nennt die Spalte eine Empfehlung; "
        "Schuljahr und Bezugsgröße sind nicht bestätigt.",
        caveats_en="2019 atlas only. The transcription calls the column a recommendation; school "
        "year and base are unconfirmed.",
        zero_reason=(
            "Die Unterbezirke 831 Jungferntal und 832 Rahm stehen bei 0; außer 0 ist kein Wert "
            "kleiner als 6,8.",
            "Units 831 Jungferntal and 832 Rahm are at 0; apart from 0 no value is below 6.8.",
        ),
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
        "Einpersonenhaushalte von Menschen ab 65 Jahren, in %; die Bezugsgröße ist je Ausgabe "
        "verschieden.",
        "Single-person households of people aged 65 and over, in %; the base differs by edition.",
        "percent",
        "zusammenhalt",
        0,
        confidence="low",
        comparable=False,
        edition_definitions={
            "atlas2019": (
                "Einpersonenhaushalte von Menschen ab 65 Jahren, vermutlich in % aller "
                "Haushalte (Median 13,2; höher, wo mehr Ältere wohnen).",
                "Single-person households of people aged 65 and over, probably in % of all "
                "households (median 13.2; higher where more older people live).",
            ),
            "atlas2024": (
                "Einpersonenhaushalte von Menschen ab 65 Jahren in %, Bezugsgröße unbekannt "
                "(Median 35,0; niedriger, wo mehr Ältere wohnen – vermutlich der Anteil der "
                "Älteren, die allein leben).",
                "Single-person households of people aged 65 and over in %, base unknown "
                "(median 35.0; lower where more older people live – probably the share of older "
                "people who live alone).",
            ),
        },
        caveats_de="Die beiden Ausgaben messen offensichtlich Verschiedenes (Median 13,2 "
        "gegenüber 35,0; zwischen den Ausgaben kein Zusammenhang): nicht vergleichen.",
        caveats_en="The two editions clearly measure different things (median 13.2 vs 35.0; no "
        "correlation between the editions): do not compare.",
    ),
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
"""In display order. Ids are stable: URLs depend on them."""
