"""German first, English second: UI texts and number formats."""

from __future__ import annotations

import math
import re

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
    "change": ("Veränderung {old} → {new}", "Change {old} → {new}"),
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
    "ranking_cut_need": (
        "Gezeigt: die {n} Gebiete mit dem höchsten Bedarf von {total}; alle stehen in der Tabelle.",
        "Shown: the {n} areas with the most need of {total}; all are in the table.",
    ),
    "ranking_cut_need_change": (
        "Gezeigt: die {n} von {total} Gebieten mit der stärksten Veränderung zu mehr Bedarf; "
        "alle stehen in der Tabelle.",
        "Shown: the {n} of {total} areas with the largest change towards more need; all are "
        "in the table.",
    ),
    "ranking_cut_high": (
        "Gezeigt: die {n} von {total} Gebieten mit den höchsten Werten (Kontextindikator, "
        "keine Bewertung); alle stehen in der Tabelle.",
        "Shown: the {n} of {total} areas with the highest values (context indicator, no "
        "judgement); all are in the table.",
    ),
    "ranking_cut_high_change": (
        "Gezeigt: die {n} von {total} Gebieten mit der größten Zunahme (Kontextindikator); "
        "alle stehen in der Tabelle.",
        "Shown: the {n} of {total} areas with the largest increase (context indicator); all "
        "are in the table.",
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
    # --- main view: notices, notes, table ---
    "unit_outside": ("Unterbezirk außerhalb der 15 Räume", "unit outside the 15 spaces"),
    "unit_in_space": ("Unterbezirk im {kind} {name}", "unit in the {kind} {name}"),
    "unit_around_aq": (
        "Das Aktionsquartier liegt irgendwo in diesem statistischen Bezirk; seine Grenze ist "
        "nicht öffentlich.",
        "The Aktionsquartier lies somewhere in this statistical district; its boundary is "
        "not public.",
    ),
    "panel_shared": (
        "Zusammengefasst veröffentlicht: {units} haben dieselben Werte wie Nachbar-"
        "Unterbezirke; der Raumwert ist daher weniger genau.",
        "Published as combined areas: {units} share their values with neighbouring units, "
        "so the space's value is less precise.",
    ),
    "note_membership_checked": (
        "Zuordnung geschätzt; veröffentlichte Einwohnerzahlen sprechen dagegen",
        "membership a guess; published populations contradict it",
    ),
    "panel_reference_note": (
        "Stadt: Median der Unterbezirke (ungewichtet), nicht die amtliche Quote der Stadt.",
        "City: median of the units (unweighted), not the city's official rate.",
    ),
    "notice_unknown": ("unbekannter Parameter", "unknown parameter"),
    "notice_value": ("Wert passt nicht", "value does not fit"),
    "notice_breaks": ("ungültige Klassengrenzen", "invalid class breaks"),
    "notice_selection": ("Gebiet auf dieser Ebene nicht vorhanden", "area not on this level"),
    "notice_ignored": (
        "Teile der Adresse wurden ignoriert, Standardwerte gelten",
        "Parts of the address were ignored; defaults apply",
    ),
    "breaks_error_number": (
        "Bitte Zahlen eingeben, getrennt durch Semikolon, z. B. 12,5; 20; 30",
        "Please enter numbers separated by semicolons, e.g. 12.5; 20; 30",
    ),
    "breaks_error_count": ("Höchstens 6 Grenzen.", "At most 6 breaks."),
    "filter_kept": (
        "Mindestens ein Kästchen bleibt angekreuzt: ohne Auswahl gäbe es nichts zu zeigen.",
        "At least one box stays ticked: with none there would be nothing to show.",
    ),
    "missing_in": ("fehlt {year}", "missing in {year}"),
    "missing_broken_in_source": ("in der Quelle defekt", "broken in source"),
    "missing_not_published": ("nicht veröffentlicht", "not published"),
    "missing_suppressed": ("geheim gehalten", "suppressed"),
    "missing_zero_in_source": (
        "fehlt (0 in der Quelle, vermutlich geheim gehalten)",
        "missing (0 in the source, probably suppressed)",
    ),
    "missing_no_member_values": ("keine Werte der Unterbezirke", "no values of its units"),
    "note_same_as": ("gleiche Werte wie {codes}", "same values as {codes}"),
    "note_members_shared": (
        "Unterbezirke mit zusammengefassten Werten (gleiche Werte wie Nachbarn)",
        "units with combined values (same values as neighbours)",
    ),
    "note_single_unit": ("Wert seines einzigen Unterbezirks", "value of its single unit"),
    "note_mean_of": (
        "ungewichtetes Mittel aus {n} Unterbezirken",
        "unweighted mean of {n} units",
    ),
    "note_aq_values": (
        "Werte des ganzen umgebenden statistischen Bezirks (Quartiersgrenze nicht öffentlich)",
        "values of the whole surrounding statistical district (quarter boundary not public)",
    ),
    "since_year": ("seit {year} im Aktionsplan", "in the Aktionsplan since {year}"),
    "since_short": ("seit {year}", "since {year}"),
    "in_space_short": ("{name}", "{name}"),
    "in_quartier_short": ("mit AQ {name}", "with AQ {name}"),
    "change_word": ("Veränderung", "change"),
    "col_rank": ("Rang", "Rank"),
    "col_name": ("Name", "Name"),
    "col_district": ("Stadtbezirk", "District"),
    "col_space": ("Raum", "Space"),
    "col_type": ("Typ", "Type"),
    "col_membership": ("Zuordnung", "Membership"),
    "col_range": ("Spanne der Unterbezirke", "Range of units"),
    "col_class": ("Klasse", "Class"),
    "conf_documented_short": ("belegt", "documented"),
    "conf_inferred_short": ("erschlossen", "inferred"),
    "conf_guess_short": ("geschätzt", "guess"),
    "conf_unknown_short": ("unbekannt", "unknown"),
    "sort": ("Sortieren", "Sort"),
    "table_caption": (
        "Tabelle: dieselben Gebiete und Werte wie Karte und Rangfolge",
        "Table: the same areas and values as the map and ranking",
    ),
    "nav_label": ("Hauptnavigation", "Main navigation"),
    "footer_data": (
        "Daten: Stadt Dortmund (Statistikatlas 2019/2024, Transkription SpatialJustice, MIT), "
        "Geometrie: statistische Unterbezirke der Stadt Dortmund. ",
        "Data: City of Dortmund (statistics atlas 2019/2024, transcribed by SpatialJustice, "
        "MIT); geometry: the city's statistical units. ",
    ),
    "compared_with": ("verglichen mit", "compared with"),
    "space_of": ("im Raum {name}", "in {name}"),
    "page_title": (
        "{title} – Aktionsplan Soziale Stadt Dortmund",
        "{title} – Aktionsplan Soziale Stadt Dortmund",
    ),
    "empty_broken": (
        "Keine Werte: diese Spalte ist in der Quelle defekt.",
        "No values: this column is broken in the source.",
    ),
    "empty_filtered": (
        "Keine Gebiete: die Filter schließen alle aus.",
        "No areas: the filters exclude all of them.",
    ),
    "empty_outside_spaces": (
        "Auf der Ebene der 15 Räume gibt es keine Gebiete „außerhalb der Räume“. "
        "Wählen Sie die Ebene der 170 Unterbezirke, um sie zu sehen.",
        "At the level of the 15 spaces there are no areas \u201coutside the spaces\u201d. "
        "Choose the level of the 170 units to see them.",
    ),
    "empty_no_values": ("Keine Werte für diese Auswahl.", "No values for this selection."),
    "manual_k_note": (
        "Bei eigenen Grenzen ergibt sich die Zahl der Klassen aus den Grenzen.",
        "With manual breaks the breaks decide the number of classes.",
    ),
    "std_k_note": (
        "Bei Standardabweichungen ist jede innere Klasse eine Standardabweichung breit; "
        "Randklassen ohne Gebiete entfallen.",
        "With standard deviations each inner class is one standard deviation wide; outer "
        "classes without areas are dropped.",
    ),
    # --- data honesty ---
    "zero_in_source": (
        "0 in der Quelle, vermutlich unterdrückt",
        "0 in the source, probably suppressed",
    ),
    "zero_rule": ("Nullen in der Quelle", "Zeros in the source"),
    "shared_value": (
        "Wert eines zusammengefasst veröffentlichten Gebiets (gleich wie {codes})",
        "value published for a combined area (same as {codes})",
    ),
    "space_shared": (
        "{n} von {total} Unterbezirken tragen Werte, die der Atlas für ein zusammengefasstes "
        "Gebiet veröffentlicht hat.",
        "{n} of {total} units carry values the atlas published for a combined area.",
    ),
    "aq_values": (
        "Werte des ganzen umgebenden Sozialraums, nicht des Quartiers",
        "values of the whole surrounding Sozialraum, not of the quarter",
    ),
    "evidence": ("Beleg", "Evidence"),
    "check": ("Prüfung", "Check"),
    "space_population": ("Einwohnerzahlen (ungefähr)", "Population (approximate)"),
    "undated": ("undatiert", "undated"),
    "no_public_link": ("kein öffentlicher Link", "no public link"),
    "fact_confidence": ("Verlässlichkeit der Fakten", "Confidence of the facts"),
    "city_reference_method": ("So entsteht der Stadtwert", "How the city reference is computed"),
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


def separators(lang: str) -> str:
    """plotly's decimal and thousands separators."""
    return ".," if lang == "en" else ",."


def change_label(old_edition: str, new_edition: str, lang: str) -> str:
    """'Veränderung 2019 → 2024'."""
    return t("change", lang).format(old=edition_year(old_edition), new=edition_year(new_edition))


def has_text(key: str) -> bool:
    return key in TEXT


def edition_year(edition: str) -> str:
    """'atlas2019' -> '2019' (the edition id itself when it holds no year)."""
    match = re.search(r"(19|20)\d{2}$", edition or "")
    return match.group() if match else edition


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
