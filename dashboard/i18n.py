"""German first, English second: UI texts and number formats."""

from __future__ import annotations

import math

LANGS = ("de", "en")
DEFAULT_LANG = "de"

UNITS = {
    "percent": ("%", "%"),
    "pp": ("Prozentpunkte", "percentage points"),
    "years": ("Jahre", "years"),
    "per_1000": ("je 1.000 Einw.", "per 1,000 inhabitants"),
    "balance": ("je 1.000 Einw. (vermutet)", "per 1,000 inhabitants (probably)"),
    "sqm_per_person": ("m² je Einw.", "m² per inhabitant"),
    "persons_per_ha": ("Einw. je ha", "inhabitants per ha"),
}

TEXT: dict[str, tuple[str, str]] = {
    "app_title": ("Aktionsplan Soziale Stadt Dortmund", "Aktionsplan Soziale Stadt Dortmund"),
    "app_subtitle": (
        "Sozialdaten der 170 statistischen Unterbezirke und der 15 Räume des Aktionsplans",
        "Social data of the 170 statistical units and the 15 spaces of the action plan",
    ),
    "nav_map": ("Karte", "Map"),
    "nav_data": ("Daten & Quellen", "Data & sources"),
    "skip": ("Zum Inhalt springen", "Skip to content"),
    "indicator": ("Indikator", "Indicator"),
    "edition": ("Ausgabe", "Edition"),
    "map_label": (
        "Karte der 170 statistischen Unterbezirke Dortmunds, eingefärbt nach dem "
        "gewählten Indikator; darüber die Umrisse der 15 Räume des Aktionsplans.",
        "Map of Dortmund's 170 statistical units coloured by the chosen indicator, "
        "with the outlines of the 15 spaces of the action plan.",
    ),
    "legend": ("Legende", "Legend"),
    "no_data": ("keine Daten", "no data"),
    "broken": ("in der Quelle defekt", "broken in source"),
    "areas": ("Gebiete", "areas"),
    "area": ("Gebiet", "area"),
    "settings": ("Einstellungen", "Settings"),
    "breaks_missing": (
        "Noch keine eigenen Grenzen eingegeben: bis dahin Quantile.",
        "No manual breaks entered yet: quantiles until then.",
    ),
    "city_median": ("Stadt (Median)", "City (median)"),
    "dark_need": ("Dunkel = mehr Bedarf.", "Dark = more need."),
    "dark_need_low": (
        "Niedrige Werte bedeuten hier mehr Bedarf und sind dunkel.",
        "Here low values mean more need and are dark.",
    ),
    "dark_context": ("Kontextindikator: keine Bewertung.", "Context indicator: no judgement."),
    "change_colours": (
        "Rot = Veränderung zu mehr Bedarf, blau = zu weniger.",
        "Red = change towards more need, blue = towards less.",
    ),
    "histogram_alt": (
        "Histogramm der Werte mit den Klassengrenzen",
        "Histogram of the values with the class breaks",
    ),
    "outline_aq": (
        "Aktionsquartier: liegt im gestrichelten Bezirk, Grenze nicht öffentlich",
        "Aktionsquartier: lies within the dashed district, boundary not public",
    ),
    "source": ("Quelle", "Source"),
    "reference_date": ("Stand", "Reference date"),
    "confidence": ("Verlässlichkeit", "Confidence"),
    "city_reference": ("Stadt (Median der Unterbezirke)", "City (median of units)"),
    "caveats": ("Hinweise", "Caveats"),
    "details": ("Definition und Hinweise im Katalog", "Definition and caveats in the catalogue"),
    "high": ("hoch", "high"),
    "medium": ("mittel", "medium"),
    "low": ("niedrig", "low"),
    "not_found_title": ("Seite nicht gefunden", "Page not found"),
    "not_found_text": (
        "Diese Adresse gibt es im Dashboard nicht.",
        "This address does not exist in the dashboard.",
    ),
    "back_home": ("Zur Karte", "Back to the map"),
    "language": ("English", "Deutsch"),
    "notice_param": (
        "Unbekannter Wert in der Adresse ignoriert",
        "Unknown value in the address ignored",
    ),
    "change": ("Veränderung 2019 → 2024", "Change 2019 → 2024"),
    "change_unavailable": (
        "Veränderung (für diesen Indikator nicht vergleichbar)",
        "Change (not comparable for this indicator)",
    ),
    "level": ("Ebene", "Level"),
    "level_spaces": ("15 Räume des Aktionsplans", "15 spaces of the action plan"),
    "level_units": ("170 statistische Unterbezirke", "170 statistical units"),
    "filters": ("Filter", "Filters"),
    "districts": ("Stadtbezirke", "Districts"),
    "types": ("Raumtyp", "Type of area"),
    "membership": ("Zuordnung der Unterbezirke", "Membership of units"),
    "type_ar": ("Aktionsraum", "Aktionsraum"),
    "type_aq": ("Aktionsquartier", "Aktionsquartier"),
    "type_out": ("außerhalb der Räume", "outside the spaces"),
    "conf_documented": ("belegt", "documented"),
    "conf_inferred": ("erschlossen", "inferred"),
    "conf_guess": ("geschätzt", "guess"),
    "conf_unknown": ("unbekannt (Aktionsquartier)", "unknown (Aktionsquartier)"),
    "classes": ("Klassen", "Classes"),
    "method": ("Einteilung", "Method"),
    "method_quantiles": (
        "Quantile (gleich viele Gebiete je Klasse)",
        "Quantiles (equal counts per class)",
    ),
    "method_equal_interval": ("Gleiche Abstände", "Equal intervals"),
    "method_natural_breaks": ("Natürliche Brüche (Fisher-Jenks)", "Natural breaks (Fisher-Jenks)"),
    "method_std_mean": (
        "Standardabweichungen um den Stadtwert",
        "Standard deviations around the city value",
    ),
    "method_manual": ("Eigene Grenzen", "Manual breaks"),
    "method_diverging": ("symmetrisch um 0 (Veränderung)", "symmetric around 0 (change)"),
    "k": ("Anzahl Klassen", "Number of classes"),
    "breaks": (
        "Eigene Klassengrenzen (durch Semikolon getrennt)",
        "Manual class breaks (separated by semicolons)",
    ),
    "ranking": ("Rangfolge", "Ranking"),
    "ranking_units_cut": (
        "Gezeigt: die {n} Gebiete mit dem höchsten Bedarf von {total}; alle stehen in der Tabelle.",
        "Shown: the {n} areas with the most need of {total}; all are in the table.",
    ),
    "ranking_alt": (
        "Balkendiagramm: Rangfolge der Gebiete nach dem Indikator, mit dem "
        "Stadtwert als gestrichelte Linie. Dieselben Zahlen stehen in der Tabelle.",
        "Bar chart: areas ranked by the indicator, with the city value as a dashed "
        "line. The same numbers are in the table.",
    ),
    "table": ("Tabelle", "Table"),
    "download_csv": ("Tabelle als CSV herunterladen", "Download table as CSV"),
    "selection": ("Auswahl", "Selection"),
    "selection_hint": (
        "Klicken Sie auf ein Gebiet in Karte, Diagramm oder Tabelle, um seine "
        "Werte im Handlungsfeld mit der Stadt zu vergleichen.",
        "Click an area on the map, chart or table to compare its values in this "
        "field of action with the city.",
    ),
    "city": ("Stadt", "City"),
    "difference": ("Abweichung", "Difference"),
    "count": ("Anzahl", "Count"),
    "rank_of": ("Rang {rank} von {n}", "rank {rank} of {n}"),
    "class_of": ("Klasse {c} von {k}", "class {c} of {k}"),
    "excluded": ("ausgefiltert", "filtered out"),
    "outside_grey": ("außerhalb der 15 Räume", "outside the 15 spaces"),
    "outline_documented": ("Raum, Zuordnung belegt", "space, membership documented"),
    "outline_inferred": (
        "Raum, Zuordnung erschlossen oder geschätzt (*)",
        "space, membership inferred or a guess (*)",
    ),
    "mean_of": (
        "Mittel aus {n} Unterbezirken, Spanne {lo} – {hi}",
        "mean of {n} units, range {lo} – {hi}",
    ),
    "agg_note": (
        "Raumwerte: ungewichtetes Mittel der Unterbezirke (keine Einwohnerzahlen je "
        "Unterbezirk veröffentlicht).",
        "Space values: unweighted mean of the units (no population per unit is published).",
    ),
    # --- map ---
    "map_mean": ("Ø aus {n} Unterbezirken, {lo}–{hi}", "Ø of {n} units, {lo}–{hi}"),
    "map_single": ("Wert seines einzigen Unterbezirks", "value of its single unit"),
    "map_in_space": ("im {space}", "in {space}"),
    "map_since": ("seit {year} im Aktionsplan", "in the Aktionsplan since {year}"),
    "map_quarter": (
        "Werte des ganzen umgebenden statistischen Bezirks (Quartiersgrenze nicht öffentlich)",
        "values of the whole surrounding statistical district (quarter boundary not public)",
    ),
    "map_source": ("Quelle: {source} · Stand: {date}", "Source: {source}, as of {date}"),
    "map_districts_layer": ("Stadtbezirke", "Districts (Stadtbezirke)"),
    "map_former_layer": ("Frühere Aktionsräume (2008–2020)", "Former action areas (2008–2020)"),
    "map_former_label": ("{name} (bis {year})", "{name} (until {year})"),
    "map_former_legend": (
        "früherer Aktionsraum (2008–2020), als Kartenebene zuschaltbar",
        "former action area (2008–2020), optional map layer",
    ),
    "map_roledescription": ("interaktive Karte", "interactive map"),
    "map_keyboard_help": (
        "Tastatur: Die Pfeiltasten gehen die Gebiete in der Rangfolge durch (Pos1/Ende: "
        "erstes/letztes), Eingabe- oder Leertaste wählt aus, Esc hebt die Auswahl auf; "
        "+/− zoomen, Umschalt+Pfeiltasten verschieben die Karte.",
        "Keyboard: the arrow keys step through the areas in ranking order (Home/End: "
        "first/last), Enter or Space selects, Escape clears the selection; +/− zoom, "
        "Shift+arrow keys pan the map.",
    ),
    "map_position": ("{i} von {n}", "{i} of {n}"),
    "map_selected": ("ausgewählt", "selected"),
    "map_cleared": ("Auswahl aufgehoben", "Selection cleared"),
    "map_no_areas": ("Keine Gebiete gezeigt (Filter)", "No areas shown (filters)"),
}


def t(key: str, lang: str = DEFAULT_LANG) -> str:
    de, en = TEXT[key]
    return en if lang == "en" else de


def unit_label(unit: str, lang: str = DEFAULT_LANG) -> str:
    de, en = UNITS.get(unit, (unit, unit))
    return en if lang == "en" else de


def format_number(value: float | None, lang: str = DEFAULT_LANG, decimals: int = 1) -> str:
    """12.5 -> '12,5' (de) / '12.5' (en); 1234.5 -> '1.234,5' / '1,234.5'; None -> '–'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:,.{decimals}f}"
    if lang == "en":
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def unit_suffix(unit: str, lang: str = DEFAULT_LANG) -> str:
    """What follows a number: ' %' (de), '%' (en), ' Pp.' / ' pp', ' Jahre'."""
    if unit == "percent":
        return " %" if lang == "de" else "%"
    if unit == "pp":
        return " Pp." if lang == "de" else " pp"
    return f" {unit_label(unit, lang)}"


def format_value(
    value: float | None, unit: str, lang: str = DEFAULT_LANG, decimals: int = 1
) -> str:
    """A number with its unit: '12,5 %' (de), '12.5%' (en), '44,9 Jahre'."""
    number = format_number(value, lang, decimals)
    return number if number == "–" else number + unit_suffix(unit, lang)


def format_date(iso: str, lang: str = DEFAULT_LANG) -> str:
    """'2018-12-31' -> '31.12.2018' (de) / '31 Dec 2018' (en)."""
    y, m, d = iso.split("-")
    if lang == "en":
        months = [
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "May",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Oct",
            "Nov",
            "Dec",
        ]
        return f"{int(d)} {months[int(m) - 1]} {y}"
    return f"{d}.{m}.{y}"


def pick(row, column: str, lang: str = DEFAULT_LANG) -> str:
    """``row[column_de]`` or ``row[column_en]`` (falls back to German when empty)."""
    en = row.get(f"{column}_en") if lang == "en" else None
    return en if isinstance(en, str) and en else (row.get(f"{column}_de") or "")
