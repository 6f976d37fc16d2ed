"""Every Statistikatlas indicator as the project describes it (German and English).

Labels and definitions were checked against the values (see the unit tests): where a label
does not fit the numbers, the definition says what the numbers are and what is unknown.
The zero rule of each indicator is decided from an analysis of both editions
(:mod:`dashboard.pipeline.zeros`).
"""

from __future__ import annotations

from .catalogue_spec import IndicatorSpec
from .context_spec import CONTEXT

SOCIAL: tuple[IndicatorSpec, ...] = (
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
)

INDICATORS: tuple[IndicatorSpec, ...] = SOCIAL + CONTEXT
"""In display order. Ids are stable: URLs depend on them."""
