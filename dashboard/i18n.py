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
    # --- compare ---
    "nav_compare": ("Vergleich", "Compare"),
    "nav_money": ("Mittel", "Money"),
    "compare_heading": (
        "Räume und Unterbezirke im Vergleich",
        "Spaces and units compared",
    ),
    "compare_intro": (
        "Wählen Sie zwei bis vier Räume oder Unterbezirke und ein Handlungsfeld: die Tabelle "
        "stellt ihre Werte nebeneinander. Darunter stehen alle 15 Räume mit allen Indikatoren "
        "einer Ausgabe, jeweils im Verhältnis zur Stadt.",
        "Choose two to four spaces or units and a Handlungsfeld: the table puts their values "
        "next to each other. Below, all 15 spaces with every indicator of one edition, each "
        "compared with the city.",
    ),
    "compare_pick_spaces": ("Räume des Aktionsplans", "Spaces of the action plan"),
    "compare_pick_units": ("Unterbezirke", "Statistical units"),
    "compare_units_placeholder": ("– Unterbezirk hinzufügen –", "– add a unit –"),
    "compare_units_chosen": ("Gewählte Unterbezirke", "Chosen units"),
    "compare_field": ("Handlungsfeld", "Handlungsfeld (field of action)"),
    "compare_too_few": (
        "Bitte mindestens zwei Gebiete wählen (höchstens vier).",
        "Please choose at least two areas (at most four).",
    ),
    "compare_too_many": (
        "Höchstens vier Gebiete: bitte erst eines abwählen. Die Auswahl bleibt unverändert.",
        "At most four areas: please remove one first. The choice stays as it was.",
    ),
    "compare_count": (
        "{n} von höchstens {max} Gebieten gewählt.",
        "{n} of at most {max} areas chosen.",
    ),
    "compare_side": ("Nebeneinander", "Side by side"),
    "compare_side_caption": (
        "Die gewählten Gebiete nebeneinander, je Indikator mit Stadtwert",
        "The chosen areas side by side, per indicator with the city value",
    ),
    "compare_kind_space": ("Raum", "space"),
    "compare_kind_unit": ("Unterbezirk", "unit"),
    "city_reference_short": ("Stadt", "City"),
    "compare_matrix": (
        "Alle 15 Räume × alle Indikatoren",
        "All 15 spaces × all indicators",
    ),
    "compare_matrix_caption": (
        "Die 15 Räume mit allen Indikatoren der Ausgabe {year}; Spaltenköpfe sortieren",
        "The 15 spaces with every indicator of the {year} edition; column headers sort",
    ),
    "compare_space": ("Raum", "Space"),
    "compare_thresholds": (
        "Grenzen der Regel je Indikator (25. und 75. Perzentil der Unterbezirke)",
        "The rule's limits per indicator (25th and 75th percentile of the units)",
    ),
    "compare_direction": ("Richtung", "Direction"),
    "compare_for": ("gilt für", "applies to"),
    "direction_1": ("höher = mehr Bedarf", "higher = more need"),
    "direction_minus_1": ("niedriger = mehr Bedarf", "lower = more need"),
    "direction_0": ("Kontext, keine Bewertung", "context, no judgement"),
    "compare_rule": (
        "Regel: Ein Wert gilt als deutlich anders als die Stadt, wenn er außerhalb der "
        "mittleren Hälfte der Werte der 170 Unterbezirke liegt (unter dem 25. oder über dem "
        "75. Perzentil derselben Ausgabe). Ob das schlechter oder besser ist, folgt der "
        "Richtung des Indikators; bei Kontextindikatoren heißt es nur höher oder niedriger. "
        "Raumwerte sind ungewichtete Mittel ihrer Unterbezirke.",
        "Rule: a value counts as clearly different from the city when it lies outside the "
        "middle half of the values of the 170 units (below the 25th or above the 75th "
        "percentile of the same edition). Whether that is worse or better follows the "
        "indicator's direction; for context indicators it is only higher or lower. Space "
        "values are unweighted means of their units.",
    ),
    "rel_worse": ("deutlich schlechter als die Stadt", "clearly worse than the city"),
    "rel_similar": ("ähnlich wie die Stadt", "similar to the city"),
    "rel_better": ("deutlich besser als die Stadt", "clearly better than the city"),
    "rel_higher": ("deutlich höher (Kontext)", "clearly higher (context)"),
    "rel_lower": ("deutlich niedriger (Kontext)", "clearly lower (context)"),
    "rel_no_data": ("keine Daten", "no data"),
    "notice_areas": (
        "zwei bis vier bekannte Gebiete, durch Kommas getrennt",
        "two to four known areas, separated by commas",
    ),
    "download_matrix": ("Matrix als CSV herunterladen", "Download matrix as CSV"),
    "csv_space_id": ("Raum-ID", "space id"),
    "csv_space": ("Raum", "space"),
    "csv_indicator_id": ("Indikator-ID", "indicator id"),
    "csv_value": ("Wert", "value"),
    "csv_unit": ("Einheit", "unit"),
    "csv_missing": ("fehlt, weil", "missing because"),
    "csv_relation": ("Verhältnis zur Stadt", "relation to the city"),
    "csv_p25": ("25. Perzentil der Unterbezirke", "25th percentile of the units"),
    "csv_p75": ("75. Perzentil der Unterbezirke", "75th percentile of the units"),
    "csv_rule": ("Regel", "rule"),
    "money_heading": ("Bedarf und bekannte Mittel", "Needs and known money"),
    "money_intro": (
        "Für jeden der 15 Räume: sein Wert des gewählten Indikators und die Fördermittel, die "
        "öffentliche Quellen für genau diesen Raum nennen. Eine vollständige Liste aller "
        "Projekte gibt es öffentlich nicht; fehlt ein Betrag, heißt das nur: nichts "
        "veröffentlicht.",
        "For each of the 15 spaces: its value of the chosen indicator and the funding that "
        "public sources name for exactly this space. No complete public list of projects "
        "exists; a missing amount only means that nothing was published.",
    ),
    "money_rule": (
        "So wird gezählt: Ein Betrag zählt für einen Raum nur, wenn die Quelle genau diesen "
        "Raum nennt. Beträge für mehrere Räume gemeinsam und stadtweite Summen werden "
        "aufgeführt, aber nie aufgeteilt. Ein Betrag, der in einem mehrjährigen Betrag "
        "desselben Raums enthalten sein kann, wird nicht addiert. Die Zuordnung über den "
        "Gebietsnamen ist erschlossen: Fördergebiete decken sich nicht immer mit dem Raum.",
        "How amounts are counted: an amount counts for a space only when the source names "
        "exactly this space. Amounts for several spaces together and city-wide totals are "
        "listed but never divided. An amount that may be contained in a multi-year amount of "
        "the same space is not added. The match by area name is inferred: funding areas do not "
        "always coincide with the space.",
    ),
    "money_funded": ("mit veröffentlichtem Betrag", "with a published amount"),
    "money_nothing": ("nichts veröffentlicht", "nothing published"),
    "money_axis": (
        "bekannte Mittel des Raums in € (Summe)",
        "known funding of the space in € (sum)",
    ),
    "money_log": ("log.", "log"),
    "money_scale": ("Geldachse", "Money axis"),
    "money_scale_log": ("logarithmisch", "logarithmic"),
    "money_scale_linear": ("linear", "linear"),
    "money_chart_alt": (
        "Streudiagramm: waagerecht der Indikatorwert je Raum mit dem Stadtwert als "
        "gestrichelte Linie, senkrecht die bekannten Mittel; Räume ohne veröffentlichten "
        "Betrag in einem eigenen Streifen darunter. Dieselben Zahlen stehen in der Tabelle.",
        "Scatter chart: across, the indicator value per space with the city value as a "
        "dashed line; up, the known funding; spaces without a published amount in a strip of "
        "their own below. The same numbers are in the table.",
    ),
    "money_points": ("Die 15 Räume als Tabelle", "The 15 spaces as a table"),
    "money_value": ("Wert", "Value"),
    "money_sum": ("bekannte Mittel", "Known funding"),
    "money_years": ("Jahre", "Years"),
    "money_per_resident": (
        "€ je Einwohner (über die genannten Jahre)",
        "€ per resident (over the years shown)",
    ),
    "money_note": ("Hinweis", "Note"),
    "money_population": (
        "bei {pop} Einwohnern ({year}{approx}) laut Quelle",
        "with {pop} residents ({year}{approx}) per the source",
    ),
    "money_approx": (", ungefähr", ", approximate"),
    "money_no_population": (
        "keine Einwohnerzahl für den ganzen Raum",
        "no population for the whole space",
    ),
    "money_no_amount": (
        "Programm bekannt, kein Betrag veröffentlicht",
        "programme known, no amount published",
    ),
    "money_several_note": (
        "weitere Beträge für mehrere Räume gemeinsam (unten)",
        "further amounts for several spaces together (below)",
    ),
    "money_no_value": ("Wert fehlt: nicht im Diagramm", "value missing: not in the chart"),
    "money_funding": ("Beträge nach Programm und Jahr", "Amounts by programme and year"),
    "money_funding_caption": (
        "Alle veröffentlichten Beträge mit Quelle und wie sie gezählt werden",
        "Every published amount with its source and how it is counted",
    ),
    "money_programme": ("Programm", "Programme"),
    "money_area": ("Gebiet laut Quelle", "Area per the source"),
    "money_year": ("Jahr", "Year"),
    "money_amount": ("Betrag", "Amount"),
    "money_what": ("Wofür", "What for"),
    "money_counted": ("Gezählt als", "Counted as"),
    "role_space": ("Betrag des Raums", "amount of the space"),
    "role_contained": (
        "nicht addiert: kann in einem anderen Betrag des Raums enthalten sein",
        "not added: may be part of another amount of the space",
    ),
    "role_several": (
        "mehrere Räume gemeinsam, nicht aufgeteilt",
        "several spaces together, not divided",
    ),
    "role_city": (
        "stadtweit oder ohne Raum, nicht aufgeteilt",
        "city-wide or no space, not divided",
    ),
    "role_no_amount": ("kein Betrag veröffentlicht", "no amount published"),
    "money_city_totals": (
        "Stadtweite Mittel des Aktionsplans",
        "City-wide money of the action plan",
    ),
    "money_city_note": (
        "Diese Summen gelten für die ganze Stadt bzw. je Aktionsraum; sie werden hier nicht "
        "auf die Räume verteilt und stehen nicht im Diagramm.",
        "These totals are for the whole city or per action area; they are not divided among "
        "the spaces here and are not in the chart.",
    ),
    "money_value_source": ("Indikator", "Indicator"),
    "stated": ("angegeben", "stated"),
    "assigned": ("zugeordnet", "assigned"),
    "derived": ("berechnet", "derived"),
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
