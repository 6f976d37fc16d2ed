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
    "transcription": ("Transkription", "Transcription"),
    "licence": ("Lizenz", "Licence"),
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
    "table_rows_cut": ("({n} von {total} Zeilen)", "({n} of {total} rows)"),
    "table_rows_all": ("Alle {total} Zeilen zeigen", "Show all {total} rows"),
    "table_rows_all_shown": ("(alle {total} Zeilen)", "(all {total} rows)"),
    "table_rows_fewer": ("Nur die ersten {k} zeigen", "Show only the first {k}"),
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
    # --- facts ---
    "facts_heading": (
        "Öffentliche Fakten je Raum, Mitmachen und Geschichte",
        "Public facts per space, taking part and history",
    ),
    "facts_intro": (
        "Was öffentlich über die Räume bekannt ist – Personal, Ziele, Projekte, Netzwerke, Geld –, "
        "vom Projekt in eigenen Worten zusammengefasst, jede Angabe mit Quelle und Datum. Angaben "
        "für mehrere Räume zusammen stehen einmal und werden nie aufgeteilt oder addiert.",
        "What is publicly known about the spaces – staff, aims, projects, networks, money – "
        "summarised by the project in its own words, each item with its source and date. Items "
        "for several spaces together are listed once and never split or added up.",
    ),
    "facts_tables": ("Die Tabellen", "The tables"),
    "facts_file": ("Datei", "File"),
    "facts_what": ("Inhalt", "Contents"),
    "facts_rows": ("Zeilen", "Rows"),
    "facts_per_space": ("Fakten je Raum", "Facts per space"),
    "facts_space": ("Raum", "Space"),
    "facts_own": ("nur für diesen Raum", "for this space only"),
    "facts_shared": ("mit anderen Räumen geteilt", "shared with other spaces"),
    "facts_contacts": ("Mitmachen und Kontakt", "Taking part and contact"),
    "facts_role": ("Stelle", "Office"),
    "facts_address": ("Adresse", "Address"),
    "facts_how": ("Wie", "How"),
    "facts_all_spaces": ("stadtweit", "city-wide"),
    "facts_history": ("Geschichte des Aktionsplans", "History of the action plan"),
    "facts_when": ("Wann", "When"),
    "facts_event": ("Was", "What"),
    "facts_not_curated": ("noch nicht bearbeitet", "not yet curated"),
    "facts_not_published": (
        "Nicht veröffentlichte Zeilen der Recherche",
        "Research rows not published",
    ),
    # --- programme ---
    "programme_title": ("Aktionsprogramm", "Aktionsprogramm (action programme)"),
    "programme_not_filled": ("noch nicht eingetragen", "not yet filled in"),
    "programme_empty": (
        "Für diesen Raum ist noch nichts aus dem Aktionsprogramm eingetragen. Die "
        "Aktionsprogramme sind nicht veröffentlicht; das Projektbüro kann sie mit einer "
        "Vorlage nachtragen.",
        "Nothing of this space's Aktionsprogramm has been filled in yet. The Aktionsprogramme "
        "are not published; the Projektbüro can add them with a template.",
    ),
    "programme_filled": ("{n} von {total} Teilen eingetragen", "{n} of {total} parts filled in"),
    "programme_entries": ("{n} Einträge", "{n} entries"),
    "programme_as_of": ("Stand", "As of"),
    "programme_source": ("Quelle", "Source"),
    "programme_approved_by": ("abgestimmt von", "agreed by"),
    "programme_status_draft": ("Entwurf", "draft"),
    "programme_status_adopted": ("beschlossen", "adopted"),
    "programme_amount_unknown": ("Betrag unbekannt", "amount unknown"),
    "programme_year_unknown": ("Jahr unbekannt", "year unknown"),
    "programme_german_only": ("nur auf Deutsch eingetragen", "entered in German only"),
    "programme_heading": ("Aktionsprogramme", "Aktionsprogramme (action programmes)"),
    "programme_intro": (
        "Seit der Weiterentwicklung des Aktionsplans 2021 soll jeder Aktionsraum und jedes "
        "Aktionsquartier ein Aktionsprogramm haben, erarbeitet mit den Akteuren vor Ort: welche "
        "Bedarfe es in den drei Handlungsfeldern gibt, welche Potenziale und Voraussetzungen der "
        "Raum mitbringt, was vom Aktionsplan und den Aktionsraumbeauftragten erwartet wird und "
        "welche Maßnahmen laufen. Veröffentlicht sind die Programme nicht. Das Dashboard zeigt "
        "nur, was das Projektbüro mit Quelle einträgt; alles andere bleibt als „noch nicht "
        "eingetragen“ sichtbar.",
        "Since the Aktionsplan was revised in 2021, each Aktionsraum and Aktionsquartier is to "
        "have an Aktionsprogramm, worked out with local actors: the needs in the three "
        "fields of action, the potentials and prerequisites of the space, what is expected of "
        "the Aktionsplan and the Aktionsraumbeauftragte, and the measures under way. The "
        "programmes are not published. The dashboard shows only what the Projektbüro enters "
        "with a source; everything else stays visible as 'not yet filled in'.",
    ),
    "programme_count": (
        "Eingetragen: Aktionsprogramme für {n} von {total} Räumen.",
        "Filled in: Aktionsprogramme for {n} of {total} spaces.",
    ),
    "programme_nothing_for": ("Noch nichts eingetragen für:", "Nothing filled in yet for:"),
    "programme_process": ("Prozess", "Process"),
    "programme_source_projektbuero": (
        "Quelle: Eintragungen des Projektbüros",
        "Source: entries of the Projektbüro",
    ),
    "programme_imported": (
        "Quelle: Eintragungen des Projektbüros, Datei {file}, eingelesen am {date}",
        "Source: entries of the Projektbüro, file {file}, loaded on {date}",
    ),
    # --- profile ---
    "nav_spaces": ("Räume", "Spaces"),
    "profile_open": ("Profil öffnen", "Open profile"),
    "profile_open_of": ("Profil von {name} öffnen", "Open the profile of {name}"),
    "spaces_title": ("Die Räume des Aktionsplans", "The spaces of the action plan"),
    "spaces_intro": (
        "Jeder Raum hat eine eigene Profilseite: seine Unterbezirke, seine Werte im Vergleich "
        "mit der Stadt, was über ihn öffentlich bekannt ist, Mittel, Geschichte und wie man "
        "mitmachen kann.",
        "Every space has its own profile page: its units, its values compared with the city, "
        "what is publicly known about it, money, history and how to take part.",
    ),
    "spaces_current": ("Die 15 aktuellen Räume", "The 15 current spaces"),
    "spaces_former": ("Ehemalige Aktionsräume", "Former Aktionsräume"),
    "spaces_former_caption": (
        "Ehemalige Aktionsräume (2008–2020)",
        "Former Aktionsräume (2008–2020)",
    ),
    "spaces_former_intro": (
        "Diese beiden Räume gehörten von 2008 bis 2020 zum Aktionsplan. Seit 2021 liegt in "
        "jedem von ihnen ein kleineres Aktionsquartier.",
        "These two spaces belonged to the action plan from 2008 to 2020. Since 2021 a smaller "
        "Aktionsquartier lies in each of them.",
    ),
    "profile_type": ("Art", "Type"),
    "profile_district": ("Stadtbezirk", "Stadtbezirk (district)"),
    "profile_in_plan": ("Im Aktionsplan", "In the action plan"),
    "profile_since": ("seit {year}", "since {year}"),
    "profile_period": ("{start} bis {end}", "{start} to {end}"),
    "profile_former": ("ehemaliger {kind}", "former {kind}"),
    "profile_members": ("Unterbezirke", "Statistical units"),
    "profile_around": ("Umgebung des Quartiers", "surrounding the quarter"),
    "profile_population": ("Einwohnerzahl", "Population"),
    "profile_approx": ("ca.", "about"),
    "profile_not_recorded": ("noch nicht erfasst", "not yet recorded"),
    "profile_locator_alt": (
        "Lage von {name} in Dortmund (Stadtbezirk {district}): der Raum rot, die 170 "
        "Unterbezirke grau umrandet.",
        "Where {name} lies in Dortmund (Stadtbezirk {district}): the space in red, the 170 "
        "units outlined in grey.",
    ),
    "profile_locator_aq": (
        "Die genaue Grenze des Aktionsquartiers ist nicht veröffentlicht; gestrichelt sind die "
        "Unterbezirke, in denen es liegt.",
        "The Aktionsquartier's exact boundary is not published; dashed are the units it lies in.",
    ),
    "profile_indicators": ("Indikatoren im Vergleich mit der Stadt", "Indicators against the city"),
    "profile_indicators_intro": (
        "Jede Zeile zeigt einen Indikator: wo der Raum unter den 170 Unterbezirken steht, seinen "
        "Rang unter den 15 Räumen und die Veränderung zwischen den Ausgaben. Der Wert des Raums "
        "ist der ungewichtete Mittelwert seiner Unterbezirke (es gibt keine Einwohnerzahlen je "
        "Unterbezirk).",
        "Each row is one indicator: where the space stands among the 170 units, its rank among "
        "the 15 spaces and the change between editions. The space's value is the unweighted "
        "mean of its units (there is no population per unit).",
    ),
    "profile_chosen": ("gewählt", "chosen"),
    "profile_former_rank": (
        "Als ehemaliger Aktionsraum hat er keinen Rang unter den 15 heutigen Räumen; seine Werte "
        "sind Mittelwerte derselben Unterbezirke.",
        "As a former Aktionsraum it has no rank among today's 15 spaces; its values are means "
        "of the same units.",
    ),
    "profile_latest": ("jeweils neueste", "latest of each"),
    "profile_field": ("Handlungsfeld", "Field of action"),
    "profile_all_fields": ("alle", "all"),
    "spine_alt": (
        "Spine-Diagramm: {name} im Vergleich mit der Stadt, je Indikator eine Zeile. Dieselben "
        "Zahlen stehen in der Tabelle darunter.",
        "Spine chart: {name} against the city, one row per indicator. The same numbers are in "
        "the table below.",
    ),
    "spine_no_value": ("kein Wert (Grund in der Tabelle)", "no value (reason in the table)"),
    "spine_left": ("← mehr Bedarf", "← more need"),
    "spine_centre": ("Stadtwert", "city value"),
    "spine_right": ("weniger Bedarf →", "less need →"),
    "spine_range": ("Spanne der Unterbezirke", "range of the units"),
    "spine_band": ("mittlere 50 % der Unterbezirke", "middle 50 % of the units"),
    "spine_median": ("Median der Unterbezirke", "median of the units"),
    "spine_worse": ("mehr Bedarf als die mittleren 50 %", "more need than the middle 50 %"),
    "spine_similar": ("innerhalb der mittleren 50 %", "within the middle 50 %"),
    "spine_better": ("weniger Bedarf als die mittleren 50 %", "less need than the middle 50 %"),
    "spine_context": ("Kontext, keine Bewertung", "context, no judgement"),
    "spine_rule_axis": (
        "Lesart: Die senkrechte Linie ist der Stadtwert. Links liegt mehr Bedarf, rechts "
        "weniger; bei Kontextindikatoren (ohne Bewertung) liegen niedrige Werte links, hohe "
        "rechts. Die dünne graue Linie reicht vom kleinsten bis zum größten Wert der "
        "Unterbezirke, der breite graue Balken umfasst die mittleren 50 % (unteres bis oberes "
        "Quartil), der senkrechte Strich ist ihr Median.",
        "How to read it: the vertical line is the city value. Left means more need, right less; "
        "for context indicators (no judgement) low values are on the left, high ones on the "
        "right. The thin grey line runs from the smallest to the largest unit value, the wide "
        "grey bar covers the middle 50 % (lower to upper quartile), the short tick is their "
        "median.",
    ),
    "spine_rule_colour": (
        "Farbregel für den Raum: rote Raute = außerhalb der mittleren 50 % auf der Seite von mehr "
        "Bedarf; gelber Kreis = innerhalb der mittleren 50 %; blaues Quadrat = außerhalb auf der "
        "Seite von weniger Bedarf; grauer offener Kreis = Kontextindikator, nicht bewertet.",
        "Colour rule for the space: red diamond = outside the middle 50 % on the side of more "
        "need; yellow circle = within the middle 50 %; blue square = outside on the side of less "
        "need; grey open circle = context indicator, not judged.",
    ),
    "spine_rule_scale": (
        "Jede Zeile hat ihren eigenen Maßstab (der am weitesten vom Stadtwert entfernte Wert "
        "reicht bis zum Rand): Abstände lassen sich nur innerhalb einer Zeile vergleichen.",
        "Each row has its own scale (the value farthest from the city value reaches the edge): "
        "distances can only be compared within a row.",
    ),
    "spine_pos_worse": ("mehr Bedarf als die mittleren 50 %", "more need than the middle 50 %"),
    "spine_pos_similar": ("innerhalb der mittleren 50 %", "within the middle 50 %"),
    "spine_pos_better": ("weniger Bedarf als die mittleren 50 %", "less need than the middle 50 %"),
    "spine_pos_lower": (
        "niedriger als die mittleren 50 % (Kontext)",
        "below the middle 50 % (context)",
    ),
    "spine_pos_higher": (
        "höher als die mittleren 50 % (Kontext)",
        "above the middle 50 % (context)",
    ),
    "spine_pos_missing": ("kein Wert", "no value"),
    "profile_value": ("Wert des Raums", "Value of the space"),
    "profile_city": ("Stadtwert", "City value"),
    "profile_units_dist": (
        "170 Unterbezirke: Min · 25 % · Median · 75 % · Max",
        "170 units: min · 25% · median · 75% · max",
    ),
    "profile_n_units": ("{n} mit Wert", "{n} with a value"),
    "profile_rank": ("Rang unter den 15 Räumen", "Rank among the 15 spaces"),
    "profile_rank_need": ("{rank} von {n} (1 = größter Bedarf)", "{rank} of {n} (1 = most need)"),
    "profile_rank_value": (
        "{rank} von {n} (nach Wert, 1 = höchster; Kontext)",
        "{rank} of {n} (by value, 1 = highest; context)",
    ),
    "profile_no_change": (
        "nicht vergleichbar oder nur eine Ausgabe",
        "not comparable or only one edition",
    ),
    "profile_position": ("Lage", "Position"),
    "profile_mean_range": (
        "(Mittel aus {n} Unterbezirken, {lo}–{hi})",
        "(mean of {n} units, {lo}–{hi})",
    ),
    "profile_table_caption": (
        "{name}: alle Indikatoren mit Stadtwert, Verteilung, Rang und Veränderung",
        "{name}: every indicator with city value, distribution, rank and change",
    ),
    "profile_not_in_edition": ("in dieser Ausgabe nicht erhoben", "not in this edition"),
    "profile_units_title": ("Die Unterbezirke des Raums", "The space's units"),
    "profile_units_caption": ("Werte der einzelnen Unterbezirke", "Values of the single units"),
    "profile_shared_star": (
        "* Diesen Wert hat die Quelle für mehrere Unterbezirke gemeinsam veröffentlicht.",
        "* The source published this value for several units together.",
    ),
    "profile_known": ("Was öffentlich bekannt ist", "What is publicly known"),
    "profile_facts_empty": (
        "Noch nicht erfasst: Die öffentlich belegten Fakten zu diesem Raum werden gerade "
        "zusammengetragen.",
        "Not yet recorded: the publicly documented facts on this space are being collected.",
    ),
    "fact_stated": ("in der Quelle angegeben", "stated in the source"),
    "fact_derived": ("aus einer Quellzahl berechnet", "computed from a source figure"),
    "fact_assigned": ("vom Projekt zugeordnet", "assigned by the project"),
    "profile_programme": ("Aktionsprogramm", "Aktionsprogramm (action programme)"),
    "profile_programme_intro": (
        "Das Aktionsprogramm eines Raums hält fest, was dort gebraucht wird, was es schon gibt "
        "und was geplant ist. Das Projektbüro trägt es ein; solange nichts eingetragen ist, "
        "steht hier „noch nicht erfasst“ – Inhalte werden nicht erfunden.",
        "A space's Aktionsprogramm records what is needed there, what already exists and what "
        "is planned. The project office enters it; as long as nothing is entered, this says "
        "“not yet recorded” – no content is made up.",
    ),
    "profile_money": ("Mittel und Personal", "Money and staff"),
    "profile_money_empty": (
        "Für diesen Raum ist kein eigener Förderbetrag erfasst.",
        "No funding amount of its own is recorded for this space.",
    ),
    "profile_money_caption": ("Beträge für diesen Raum", "Amounts for this space"),
    "profile_programme_col": ("Programm", "Programme"),
    "profile_year": ("Jahr", "Year"),
    "profile_amount": ("Betrag", "Amount"),
    "profile_per_resident": ("je Einwohner", "per resident"),
    "profile_per_resident_basis": ("berechnet mit", "computed with"),
    "profile_what": ("Wofür, Quelle", "What for, source"),
    "profile_city_totals": ("Für die ganze Stadt", "For the whole city"),
    "profile_city_totals_note": (
        "Diese Zahlen gelten für den Aktionsplan insgesamt. Sie werden nicht auf die Räume "
        "verteilt, weil kein Verteilungsschlüssel veröffentlicht ist.",
        "These figures are for the action plan as a whole. They are not divided among the "
        "spaces because no key for dividing them is published.",
    ),
    "profile_persons": ("{n} Personen", "{n} people"),
    "profile_history": ("Geschichte", "History"),
    "profile_hist_since_start": (
        "Im Aktionsplan seit seinem Beginn 2008.",
        "In the action plan since its start in 2008.",
    ),
    "profile_hist_new": ("Neu im Aktionsplan seit {year}.", "New in the action plan since {year}."),
    "profile_hist_former": (
        "Aktionsraum von {start} bis {end}; seit 2021 nicht mehr als Aktionsraum geführt.",
        "Aktionsraum from {start} to {end}; no longer an Aktionsraum since 2021.",
    ),
    "profile_hist_successor": (
        "Seit 2021 liegt hier das Aktionsquartier",
        "Since 2021 this is where the Aktionsquartier lies:",
    ),
    "profile_hist_predecessor": (
        "Es liegt im früheren Aktionsraum",
        "It lies in the former Aktionsraum",
    ),
    "profile_hist_2021": (
        "Zum Jahr 2021 hat die Stadt die Räume des Aktionsplans neu zugeschnitten: zwei "
        "Aktionsräume kamen hinzu, zwei frühere wurden zu kleineren Aktionsquartieren.",
        "For 2021 the city redrew the spaces of the action plan: two Aktionsräume were added, "
        "two former ones became smaller Aktionsquartiere.",
    ),
    "profile_take_part": ("Mitmachen und Kontakt", "Taking part and contact"),
    "profile_take_part_intro": (
        "Über die Verwendung des Aktionsraumfonds entscheidet eine Projektkonferenz vor Ort mit "
        "der Bezirksbürgermeisterin oder dem Bezirksbürgermeister. Wie Bürgerinnen, Bürger und "
        "Initiativen dort Vorschläge einreichen, ist hier noch nicht erfasst: Das Projektbüro gibt "
        "Auskunft.",
        "A local project conference with the district mayor decides how the Aktionsraumfonds is "
        "used. How residents and local groups can put forward proposals there is not yet recorded "
        "here: the project office can tell you.",
    ),
    "profile_contacts_empty": (
        "Ansprechpersonen für diesen Raum: noch nicht erfasst.",
        "Contacts for this space: not yet recorded.",
    ),
    "profile_web": ("Webseite", "web page"),
    "profile_office_page": (
        "Das Projektbüro Aktionsplan Soziale Stadt stellt sich hier vor:",
        "The Aktionsplan Soziale Stadt project office presents itself here:",
    ),
    "profile_office_link": (
        "Seite des Projektbüros (dortmund.de)",
        "project office page (dortmund.de, German)",
    ),
    "profile_not_found": ("Raum nicht gefunden", "Space not found"),
    "profile_not_found_text": (
        "Diesen Raum gibt es im Aktionsplan nicht. Die Liste zeigt alle Räume.",
        "There is no such space in the action plan. The list shows every space.",
    ),
    "profile_to_list": ("Alle Räume", "All spaces"),
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
    # --- profile: former spaces ---
    "profile_former_programme": (
        "Die Aktionsprogramme entstehen seit 2021 für die heutigen Räume; ein früherer "
        "Aktionsraum hat keines. Siehe das Aktionsquartier, das von ihm geblieben ist.",
        "The Aktionsprogramme have been drawn up since 2021 for the current spaces; a former "
        "Aktionsraum has none. See the Aktionsquartier that remains of it.",
    ),
    # --- /daten ---
    "daten_unit": ("Einheit", "Unit"),
    "daten_direction": ("Richtung", "Direction"),
    "daten_type": ("Typ", "Type"),
    "daten_district": ("Stadtbezirk", "District"),
    "daten_units": ("Unterbezirke", "Units"),
    "daten_membership": ("Zuordnung", "Membership"),
    "daten_note": ("Hinweis", "Note"),
    "daten_about": ("ca. ", "about "),
    "daten_value": ("Wert", "Value"),
    "daten_staff_and_funds": ("Personal und Mittel", "Staff and funds"),
    "daten_programme": ("Programm", "Programme"),
    "daten_area": ("Gebiet", "Area"),
    "daten_space": ("Raum", "Space"),
    "daten_year": ("Jahr", "Year"),
    "daten_amount": ("Betrag", "Amount"),
    "daten_what": ("Wofür", "What"),
    "daten_origin": ("Herkunft", "Origin"),
    "daten_editions": (
        "Ausgaben: Stand, Verlässlichkeit, Nullen",
        "Editions: reference date, confidence, zeros",
    ),
    "daten_assignment": (
        "Die Zuordnung zu den Handlungsfeldern ist eine Setzung dieses Projekts, nicht der Stadt.",
        "The assignment to the fields of action is this project's choice, not the city's.",
    ),
    "daten_current_spaces": (
        "13 Aktionsräume und 2 Aktionsquartiere (seit 2021)",
        "13 Aktionsräume and 2 Aktionsquartiere (since 2021)",
    ),
    "daten_former_spaces": ("Frühere Aktionsräume (2008–2020)", "Former Aktionsräume (2008–2020)"),
    "daten_funding_caption": (
        "Öffentlich belegte Beträge; eine Projektliste je Aktionsraum ist nicht veröffentlicht.",
        "Publicly documented amounts; no per-project list per Aktionsraum is published.",
    ),
    "daten_inputs_caption": (
        "Aus diesen Eingangsdaten baut die Pipeline alle Daten des Dashboards.",
        "The pipeline builds all of the dashboard's data from these inputs.",
    ),
    "daten_intro": (
        "Alle Tabellen dieser Seite werden aus den Datendateien des Dashboards erzeugt. "
        "Jede Zahl nennt Quelle, Stand und Verlässlichkeit.",
        "Every table on this page is generated from the dashboard's data files. Every number "
        "names its source, reference date and confidence.",
    ),
    # --- /kulisse ---
    "nav_coverage": ("Gebietskulisse", "Area selection"),
    "cov_heading": (
        "Gebietskulisse: Deckt die Auswahl der Räume den Bedarf?",
        "Area selection: do the chosen spaces cover the need?",
    ),
    "cov_verdict_title": (
        "Ein Werkzeug für die Diskussion, kein Urteil",
        "A tool for discussion, not a verdict",
    ),
    "cov_verdict_1": (
        "Diese Seite zeigt, welche Unterbezirke nach den hier gewählten Zahlen einen hohen "
        "Bedarf haben, aber in keinem der 15 Räume liegen, und welche Unterbezirke der Räume "
        "nahe am Stadtwert liegen. Daraus folgt nicht, dass die Auswahl der Stadt falsch ist.",
        "This page shows which statistical units have high need by the figures chosen here "
        "but lie in none of the 15 spaces, and which units of the spaces are close to the "
        "city's value. It does not follow that the city's selection is wrong.",
    ),
    "cov_verdict_2": (
        "Die Stadt hat die Räume 2021 auf Grundlage des Berichts zur sozialen Lage in Dortmund "
        "2018 (Sozialbericht) ausgewählt, mit dessen eigener Methode und dessen eigenen Daten "
        "für kleinräumige Sozialräume. Diese unterscheiden sich von den Zahlen des "
        "Statistikatlas, die hier verwendet werden.",
        "The city chose the spaces in 2021 on the basis of the social report 2018 (Bericht "
        "zur sozialen Lage in Dortmund), with that report's own method and data for small "
        "Sozialräume. These differ from the Statistikatlas figures used here.",
    ),
    "cov_verdict_3": (
        "Welche Unterbezirke zu einem Raum gehören, ist zum Teil nur erschlossen "
        "(Spalte „Zuordnung“); die zwei Aktionsquartiere haben keine öffentliche Grenze, "
        "hier zählen ihre umgebenden Unterbezirke.",
        "Which units belong to a space is partly only inferred (column “membership”); the "
        "two Aktionsquartiere have no public boundary, their surrounding units count here.",
    ),
    "cov_basis": ("Grundlage des Bedarfs", "Basis of need"),
    "cov_basis_index": (
        "Bedarfsindex (Zusammensetzung im nächsten Feld)",
        "Need index (composition in the next field)",
    ),
    "cov_preset": ("Zusammensetzung des Bedarfsindex", "Composition of the need index"),
    "cov_preset_felder": (
        "Drei Handlungsfelder gleich gewichtet (z-Werte)",
        "Three fields of action weighted equally (z-scores)",
    ),
    "cov_preset_unter_stadt": (
        "Zahl der Indikatoren schlechter als die Stadt (wie im Sozialbericht)",
        "Number of indicators worse than the city (as in the social report)",
    ),
    "cov_preset_status": (
        "Statusindex: Arbeitslosigkeit, Transferleistungen, Kinderarmut",
        "Status index: unemployment, transfer benefits, child poverty",
    ),
    "cov_preset_unused": (
        "Gilt nur für den Bedarfsindex.",
        "Only applies to the need index.",
    ),
    "cov_top": (
        "Wie viele Unterbezirke mit dem höchsten Bedarf?",
        "How many units of highest need?",
    ),
    "cov_top_option": ("Top {n}", "top {n}"),
    "cov_summary": (
        "Von den {top} Unterbezirken mit dem höchsten Bedarf liegen {inside} in einem der "
        "15 Räume und {outside} außerhalb.",
        "Of the {top} units with the highest need, {inside} lie in one of the 15 spaces and "
        "{outside} outside.",
    ),
    "cov_summary_ties": (
        "Es sind mehr als {n}, weil sich Unterbezirke einen Rang teilen.",
        "There are more than {n} because units share a rank.",
    ),
    "cov_summary_quartier": (
        "Nur weil ein Aktionsquartier in ihnen liegt, zählen als „in einem Raum“: {names}.",
        "Counted as “in a space” only because an Aktionsquartier lies in them: {names}.",
    ),
    "cov_summary_always": (
        "Von denen außerhalb bleiben unter jeder geprüften Einstellung in den Top {n}: {k}.",
        "Of those outside, in the top {n} under every setting tried: {k}.",
    ),
    "cov_summary_close": (
        "Unterbezirke der Räume, die nahe am Stadtwert liegen oder geringeren Bedarf haben: "
        "{close} von {members}.",
        "Units of the spaces that are close to the city's value or have lower need: "
        "{close} of {members}.",
    ),
    "cov_summary_ranked": (
        "Gerankt sind nur die {ranked} von 170 Unterbezirken mit einem Wert; Unterbezirke ohne "
        "Wert (grau auf der Karte) können hohen Bedarf haben, ohne hier zu erscheinen.",
        "Only the {ranked} of 170 units with a value are ranked; units without a value (grey on "
        "the map) may have high need without appearing here.",
    ),
    "cov_outside_heading": (
        "Hoher Bedarf außerhalb der 15 Räume",
        "High need outside the 15 spaces",
    ),
    "cov_outside_empty": (
        "Keiner der Top {n} liegt außerhalb der Räume.",
        "None of the top {n} lies outside the spaces.",
    ),
    "cov_close_heading": (
        "Unterbezirke der Räume nahe am Stadtwert",
        "Units of the spaces close to the city",
    ),
    "cov_close_empty": (
        "Kein Unterbezirk eines Raums liegt nahe am Stadtwert.",
        "No unit of a space is close to the city's value.",
    ),
    "cov_close_rule_indicator": (
        "Nahe am Stadtwert heißt: Der Wert liegt in der mittleren Hälfte der Unterbezirke "
        "(zwischen dem 25. und 75. Perzentil, {p25} bis {p75}) oder auf der Seite geringeren "
        "Bedarfs – dieselbe Regel wie in „Vergleich“.",
        "Close to the city means: the value lies in the middle half of the units (between the "
        "25th and 75th percentile, {p25} to {p75}) or on the side of lower need – the same "
        "rule as in “Comparison”.",
    ),
    "cov_close_rule_index": (
        "Nahe am Stadtwert heißt: Der Indexwert liegt höchstens beim 75. Perzentil der "
        "Unterbezirke ({p75}); darunter im mittleren Bereich (ab {p25}) oder mit geringerem "
        "Bedarf.",
        "Close to the city means: the index score is at most the 75th percentile of the units "
        "({p75}); below that in the middle (from {p25}) or with lower need.",
    ),
    "cov_close_rule_count": (
        "Nahe am Stadtwert heißt hier: höchstens die Hälfte der Indikatoren ist schlechter als "
        "die Stadt (bei keinem: geringerer Bedarf). Die Quartile taugen bei diesem Index nicht, "
        "weil er nur wenige verschiedene Werte hat.",
        "Close to the city means here: at most half of the indicators are worse than the city "
        "(none: lower need). Quartiles do not work for this index, because it has only a few "
        "distinct values.",
    ),
    "cov_col_unit": ("Unterbezirk", "Unit"),
    "cov_col_district": ("Stadtbezirk", "Stadtbezirk"),
    "cov_col_space": ("Raum", "Space"),
    "cov_col_membership": ("Zuordnung", "Membership"),
    "cov_col_value": ("Wert", "Value"),
    "cov_col_score": ("Indexwert", "Index score"),
    "cov_col_rank": ("Rang (5.–95. Perzentil)", "Rank (5th–95th percentile)"),
    "cov_col_rank_point": ("Rang", "Rank"),
    "cov_col_span": ("Spanne aller Varianten", "Range of all settings"),
    "cov_col_always": ("Immer unter den Top {n}?", "Always in the top {n}?"),
    "cov_col_relation": ("Lage zum Stadtwert", "Against the city"),
    "cov_col_note": ("Hinweis", "Note"),
    "cov_yes": ("ja", "yes"),
    "cov_no": ("nein", "no"),
    "cov_rel_similar": ("im mittleren Bereich", "in the middle"),
    "cov_rel_better": ("geringerer Bedarf", "lower need"),
    "cov_rank_text": ("Rang {rank} ({lo}–{hi})", "rank {rank} ({lo}–{hi})"),
    "cov_rank_point": ("Rang {rank}", "rank {rank}"),
    "cov_quartier_note": (
        "enthält ein Aktionsquartier ohne öffentliche Grenze",
        "contains an Aktionsquartier without a public boundary",
    ),
    "cov_interval_index": (
        "Rang 12 (8–15): der Rang mit den gewählten Gewichten; in Klammern der Bereich, in "
        "dem 90 % der Ränge lagen, wenn jedes Gewicht zufällig um bis zu ±50 % verändert "
        "wurde (5. bis 95. Perzentil, {draws} Ziehungen, Startwert {seed}). Die Spanne ist der "
        "kleinste und größte Rang über alle {settings} geprüften Einstellungen (auch mit "
        "anderer Normierung und ohne je einen Indikator). Rang 1 = höchster Bedarf.",
        "Rank 12 (8–15): the rank with the chosen weights; in brackets the range that held "
        "90% of the ranks when each weight was changed at random by up to ±50% (5th to 95th "
        "percentile, {draws} draws, seed {seed}). The range of all settings is the smallest "
        "and largest rank over all {settings} settings tried (also other normalisations and "
        "leaving out one indicator at a time). Rank 1 = highest need.",
    ),
    "cov_interval_indicator": (
        "Bei einem einzelnen Indikator ist der Rang ein Punkt ohne Spanne: Es gibt keine "
        "Gewichte, die man verändern könnte. Rang 1 = höchster Bedarf; gleiche Werte teilen "
        "sich den besseren Rang. Die Unsicherheit der Zahlen selbst (Verlässlichkeit: {conf}) "
        "ist darin nicht enthalten.",
        "With a single indicator the rank is a point without a range: there are no weights "
        "to vary. Rank 1 = highest need; equal values share the better rank. The uncertainty "
        "of the figures themselves (confidence: {conf}) is not included.",
    ),
    "cov_index_method": (
        "Bedarfsindex aus {n} Indikatoren: {parts}. Normierung: {norm}. Ein Wert wird nur "
        "berechnet, wenn Indikatoren mit mindestens zwei Dritteln des Gewichts vorliegen.",
        "Need index of {n} indicators: {parts}. Normalisation: {norm}. A score is computed "
        "only where indicators carrying at least two thirds of the weight have values.",
    ),
    "cov_norm_zscore": (
        "z-Werte (Abstand zum Mittel in Standardabweichungen)",
        "z-scores (distance from the mean in standard deviations)",
    ),
    "cov_norm_count": (
        "1, wenn schlechter als der Stadtwert, sonst 0",
        "1 where worse than the city value, else 0",
    ),
    "cov_norm_rank": ("Perzentilrang", "percentile rank"),
    "cov_norm_minmax": ("Min–Max auf 0 bis 1", "min–max to 0 to 1"),
    "cov_weight": ("Gewicht {w}", "weight {w}"),
    "cov_sources": ("Quellen der verwendeten Zahlen", "Sources of the figures used"),
    "cov_legend_title": ("Karte: {basis}, Top {n}", "Map: {basis}, top {n}"),
    "cov_cat_outside_top": (
        "hoher Bedarf (Top {n}), außerhalb der Räume",
        "high need (top {n}), outside the spaces",
    ),
    "cov_cat_inside_top": (
        "hoher Bedarf (Top {n}), in einem Raum",
        "high need (top {n}), in a space",
    ),
    "cov_cat_close": (
        "Unterbezirk eines Raums, nahe am Stadtwert",
        "unit of a space, close to the city",
    ),
    "cov_cat_other": ("übrige Unterbezirke", "other units"),
    "cov_cat_no_data": ("keine Daten", "no data"),
    "cov_legend_outline": (
        "Umriss eines Raums (gestrichelt: Zuordnung erschlossen; gepunktet: Aktionsquartier, "
        "umgebende Unterbezirke)",
        "outline of a space (dashed: membership inferred; dotted: Aktionsquartier, "
        "surrounding units)",
    ),
    "cov_map_alt": (
        "Karte der 170 Unterbezirke Dortmunds mit den Umrissen der 15 Räume. Farbig: "
        "Unterbezirke mit hohem Bedarf außerhalb und innerhalb der Räume und Unterbezirke der "
        "Räume nahe am Stadtwert. Dieselben Unterbezirke stehen in den Tabellen unter der Karte.",
        "Map of Dortmund's 170 statistical units with the outlines of the 15 spaces. "
        "Coloured: units with high need outside and inside the spaces, and units of the "
        "spaces close to the city's value. The same units are listed in the tables below the "
        "map.",
    ),
    "cov_tip_outside": ("außerhalb der 15 Räume", "outside the 15 spaces"),
    "cov_tip_in_space": ("in {space}", "in {space}"),
    "cov_download": ("Beide Tabellen als CSV herunterladen", "Download both tables as CSV"),
    # --- /index ---
    "nav_index": ("Bedarfsindex", "Need index"),
    "index_heading": (
        "Bedarfsindex: Welche Gebiete brauchen am meisten – und hängt das von der Gewichtung ab?",
        "Need index: which areas need most – and does it depend on the weights?",
    ),
    "index_intro": (
        "Wählen Sie Indikatoren und Gewichte. Jedes Gebiet bekommt einen Punktwert (gewichteter "
        "Mittelwert der vereinheitlichten Werte); Rang 1 = höchster Bedarf. Darunter sehen Sie, "
        "wie weit sich die Ränge bewegen, wenn man die Gewichte oder die Rechenweise ändert. "
        "Dies ist eine eigene Berechnung dieses Dashboards, nicht der amtliche Index des "
        "Sozialberichts der Stadt.",
        "Choose indicators and weights. Every area gets a score (the weighted mean of its "
        "standardised values); rank 1 = most need. Below, you see how far the ranks move when the "
        "weights or the method change. This is the dashboard's own calculation, not the "
        "city's official social-report index.",
    ),
    "index_preset": ("Voreinstellung", "Preset"),
    "index_preset_felder": (
        "Handlungsfelder gleich gewichtet (z-Werte)",
        "Handlungsfelder weighted equally (z-scores)",
    ),
    "index_preset_unter_stadt": (
        "Zahl der Indikatoren schlechter als die Stadt",
        "Number of indicators worse than the city",
    ),
    "index_preset_status": (
        "Status-Index (Arbeitslosigkeit, Transferleistungen, Kinderarmut)",
        "Status index (unemployment, transfer benefits, child poverty)",
    ),
    "index_preset_custom": ("eigene Auswahl", "custom"),
    "index_mode": ("Ansicht", "View"),
    "index_mode_index": ("Index", "Index"),
    "index_mode_hotspots": ("Hot spots (räumliche Häufungen)", "Hot spots (spatial clusters)"),
    "index_hs_basis": ("Grundlage der Hot spots", "Basis of the hot spots"),
    "index_hs_basis_index": ("Bedarfsindex (170 Unterbezirke)", "Need index (170 units)"),
    "index_indicators": ("Indikatoren und Gewichte", "Indicators and weights"),
    "index_indicators_help": (
        "Haken = im Index. Gewicht 0 bis 10 in Schritten von 0,5; wer ein Gewicht ändert, "
        "wechselt zur eigenen Auswahl.",
        "Ticked = in the index. Weight 0 to 10 in steps of 0.5; changing a weight switches to "
        "a custom choice.",
    ),
    "index_weight": ("Gewicht", "Weight"),
    "index_coverage": (
        "Werte für {n} von {total} Unterbezirken",
        "values for {n} of {total} units",
    ),
    "index_low_coverage": (
        "– viele Lücken, Gebiete ohne Wert zählen nur mit den übrigen Indikatoren",
        "– many gaps; areas without a value count with their other indicators only",
    ),
    "index_dir_up": ("höher = mehr Bedarf", "higher = more need"),
    "index_dir_down": ("niedriger = mehr Bedarf", "lower = more need"),
    "index_norm": ("Vereinheitlichung der Werte", "How values are made comparable"),
    "index_norm_zscore": ("z-Wert", "z-score"),
    "index_norm_rank": ("Perzentilrang", "percentile rank"),
    "index_norm_minmax": ("Min–Max (0 bis 1)", "min–max (0 to 1)"),
    "index_norm_count": (
        "Zählung: schlechter als der Stadtwert",
        "count: worse than the city value",
    ),
    "index_unit_zscore": (
        "Punkte: gewichteter mittlerer z-Wert (0 = Mittel der Gebiete, 1 = eine "
        "Standardabweichung mehr Bedarf)",
        "Score: weighted mean z-score (0 = mean of the areas, 1 = one standard deviation more "
        "need)",
    ),
    "index_unit_rank": (
        "Punkte: gewichteter mittlerer Perzentilrang (0 = geringster, 1 = höchster Bedarf)",
        "Score: weighted mean percentile rank (0 = least, 1 = most need)",
    ),
    "index_unit_minmax": (
        "Punkte: gewichteter Mittelwert auf der Skala 0 (geringster) bis 1 (höchster Bedarf)",
        "Score: weighted mean on a scale from 0 (least) to 1 (most need)",
    ),
    "index_unit_count": (
        "Punkte: gewichteter Anteil der Indikatoren schlechter als der Stadtwert (0 bis 1)",
        "Score: weighted share of indicators worse than the city value (0 to 1)",
    ),
    "index_axis_zscore": ("Punkte: mittlerer z-Wert", "Score: mean z-score"),
    "index_axis_rank": (
        "Punkte: mittlerer Perzentilrang (0–1)",
        "Score: mean percentile rank (0–1)",
    ),
    "index_axis_minmax": ("Punkte: Mittel auf der Skala 0–1", "Score: mean on a 0–1 scale"),
    "index_axis_count": (
        "Punkte: Anteil schlechter als die Stadt (0–1)",
        "Score: share worse than the city (0–1)",
    ),
    "index_hs_help": (
        "Farben zeigen Häufungen, nicht die Höhe des Werts. Zeigen Sie auf ein Gebiet für "
        "Wert und Einordnung; schraffiert = kein Wert.",
        "Colours show clusters, not the size of the value. Point at an area for its value and "
        "class; hatched = no value.",
    ),
    "index_norm_explain_zscore": (
        "z-Wert: Abstand vom Mittelwert der Gebiete in Standardabweichungen "
        "((x − Mittelwert) / Standardabweichung).",
        "z-score: distance from the areas' mean in standard deviations ((x − mean) / SD).",
    ),
    "index_norm_explain_rank": (
        "Perzentilrang: die Stelle des Gebiets in der Reihenfolge aller Gebiete, von 0 "
        "(geringster Bedarf) bis 1 (höchster).",
        "Percentile rank: the area's place in the order of all areas, from 0 (least need) to "
        "1 (most).",
    ),
    "index_norm_explain_minmax": (
        "Min–Max: (x − Minimum) / (Maximum − Minimum), also 0 beim geringsten und 1 beim "
        "höchsten Bedarf.",
        "Min–max: (x − minimum) / (maximum − minimum), so 0 at the least and 1 at the most need.",
    ),
    "index_norm_explain_count": (
        "Zählung: 1, wenn das Gebiet schlechter als der Stadtwert (Median) ist, sonst 0 – wie "
        "die Zählung „unter dem städtischen Durchschnitt“ im Sozialbericht.",
        "Count: 1 where the area is worse than the city value (median), else 0 – like the "
        "social report's count of values “below the city average”.",
    ),
    "index_score": ("Punkte", "Score"),
    "index_not_computed": ("nicht berechnet: zu wenige Werte", "not computed: too few values"),
    "index_not_computed_long": (
        "nicht berechnet: zu wenige Werte",
        "not computed: too few values",
    ),
    "index_tip_interval": (
        "bei anderen Gewichten meist Rang {lo}–{hi}",
        "with other weights mostly rank {lo}–{hi}",
    ),
    "index_tip_source": (
        "Eigene Berechnung aus: {source} (Stand {date}, Verlässlichkeit {confidence}); "
        "Quellen je Indikator unten",
        "Own calculation from: {source} (as of {date}, confidence {confidence}); sources per "
        "indicator below",
    ),
    "index_map_label": (
        "Karte: Gebiete nach Bedarfsindex eingefärbt; alle Werte stehen auch in der Tabelle unten.",
        "Map: areas coloured by the need index; every value is also in the table below.",
    ),
    "index_map_help": (
        "Dunkel = mehr Bedarf. Zeigen Sie auf ein Gebiet für Punkte und Rang; alle Werte "
        "stehen auch in der Tabelle.",
        "Dark = more need. Point at an area for its score and rank; every value is also in "
        "the table.",
    ),
    "index_legend": ("Legende: Bedarfsindex", "Legend: need index"),
    "index_legend_quintiles": (
        "{k} Klassen mit je etwa gleich vielen Gebieten (Quantile).",
        "{k} classes with about equal numbers of areas (quantiles).",
    ),
    "hot_deck_units": ("Unterbezirke in Mustern", "Units in patterns"),
    "hot_deck_units_notes": (
        "{n} Unterbezirke liegen in einer Häufung oder sind Ausreißer: {items}.",
        "{n} units lie in a cluster or are outliers: {items}.",
    ),
    "hot_col_unit": ("Unterbezirk", "Unit"),
    "hot_col_pattern": ("Muster", "Pattern"),
    "hot_col_value": ("Wert", "Value"),
    "hot_col_p": ("p (FDR-korrigiert)", "p (FDR-corrected)"),
    "index_legend_ties": (
        "{k} Klassen nach Quantilen: Weil viele Gebiete denselben Punktwert haben, sind es nur "
        "{k} statt 5, und sie sind verschieden groß.",
        "{k} classes by quantiles: because many areas share the same score, there are only {k} "
        "instead of 5, and they differ in size.",
    ),
    "index_top_units": (
        "die 20 Unterbezirke mit dem höchsten Bedarf",
        "the 20 units with most need",
    ),
    "index_top_spaces": ("alle 15 Räume", "all 15 spaces"),
    "index_ranking": ("Rangfolge: {which}", "Ranking: {which}"),
    "index_ranking_alt": (
        "Balkendiagramm der Punkte, höchster Bedarf oben; dieselben Zahlen stehen in der "
        "Tabelle unten.",
        "Bar chart of the scores, most need on top; the same numbers are in the table below.",
    ),
    "index_stability": (
        "Wie sicher ist der Rang? {which}",
        "How certain is the rank? {which}",
    ),
    "index_stability_alt": (
        "Rangintervalle: je Gebiet Median, 5.–95. Perzentil und Spannweite der Ränge; "
        "dieselben Zahlen stehen in der Tabelle unten.",
        "Rank intervals: per area the median, 5th–95th percentile and range of its ranks; "
        "the same numbers are in the table below.",
    ),
    "index_st_axis": ("Rang (1 = höchster Bedarf)", "Rank (1 = most need)"),
    "index_st_median": ("Median-Rang", "median rank"),
    "index_st_p90": (
        "90 % der Gewichtungen (5.–95. Perzentil)",
        "90 % of weightings (5th–95th percentile)",
    ),
    "index_st_minmax": (
        "bester bis schlechtester Rang (alle Einstellungen)",
        "best to worst rank (all settings)",
    ),
    "index_st_hover": (
        "Median %{x} · 5.–95. Perzentil %{customdata[2]}–%{customdata[3]} · "
        "Spannweite %{customdata[0]}–%{customdata[1]}",
        "median %{x} · 5th–95th percentile %{customdata[2]}–%{customdata[3]} · "
        "range %{customdata[0]}–%{customdata[1]}",
    ),
    "index_st_marks": (
        "Punkt: mittlerer Rang (Median) bei zufällig veränderten Gewichten. Dicker Balken: "
        "dort lag der Rang in 90 % dieser Fälle. Dünne Linie: bester und schlechtester Rang "
        "unter allen getesteten Einstellungen.",
        "Dot: median rank under randomly changed weights. Thick bar: where the rank lay in 90 % "
        "of those cases. Thin line: best and worst rank under every setting tried.",
    ),
    "index_always_top": (
        "In den Top {top} unter jeder getesteten Einstellung: {names}.",
        "In the top {top} under every setting tried: {names}.",
    ),
    "index_always_top_none": (
        "Kein Gebiet ist unter jeder getesteten Einstellung in den Top {top}.",
        "No area is in the top {top} under every setting tried.",
    ),
    "index_settings": (
        "Getestet wurden {n} Einstellungen: die gewählte, die drei Vereinheitlichungen "
        "(z-Wert, Perzentilrang, Min–Max), {draws} zufällige Gewichtungen (jedes Gewicht mal "
        "einer Zufallszahl zwischen 0,5 und 1,5; Startwert {seed}) und das Weglassen je eines "
        "der {k} Indikatoren.",
        "{n} settings were tried: the chosen one, the three normalisations (z-score, percentile "
        "rank, min–max), {draws} random weightings (each weight times a random number between "
        "0.5 and 1.5; seed {seed}) and leaving out each of the {k} indicators in turn.",
    ),
    "index_table_caption": (
        "Alle {n} Gebiete: Rang, Punkte und wie sicher der Rang ist",
        "All {n} areas: rank, score and how certain the rank is",
    ),
    "index_col_rank": ("Rang", "Rank"),
    "index_col_type": ("Art", "Type"),
    "index_col_coverage": ("Werte", "Values"),
    "index_col_median": ("Median-Rang", "Median rank"),
    "index_col_p": ("Rang 5.–95. Perzentil", "Rank 5th–95th percentile"),
    "index_col_minmax": ("Rang min–max", "Rank min–max"),
    "index_of_indicators": ("{n} von {k} Indikatoren", "{n} of {k} indicators"),
    "index_partial": ("teilweise", "partial"),
    "index_method": ("So wird gerechnet", "How it is calculated"),
    "index_own": (
        "Eigene Berechnung dieses Dashboards – nicht der amtliche Index des Sozialberichts "
        "der Stadt Dortmund.",
        "The dashboard's own calculation – not the City of Dortmund's official social-report "
        "index.",
    ),
    "index_formula_words": (
        "Jeder Indikator wird so gedreht, dass ein höherer Wert mehr Bedarf bedeutet, und "
        "vereinheitlicht. Der Punktwert eines Gebiets ist der gewichtete Mittelwert dieser "
        "Werte über die Indikatoren, für die es einen Wert hat.",
        "Every indicator is turned so that a higher value means more need, and made "
        "comparable. An area's score is the weighted mean of these values over the indicators "
        "it has a value for.",
    ),
    "index_formula_symbols": (
        "(Summen nur über die vorhandenen Indikatoren j; w = Gewicht, x̃ = vereinheitlichter, "
        "in Bedarfsrichtung gedrehter Wert.)",
        "(sums over the available indicators j only; w = weight, x̃ = normalised value turned "
        "towards need.)",
    ),
    "index_missing_rule": (
        "Fehlende Werte zählen nie als 0. Ein Gebiet bekommt nur dann einen Punktwert, wenn "
        "seine vorhandenen Indikatoren mindestens {share} % des Gesamtgewichts tragen; sonst "
        "„nicht berechnet“. Fehlt ein Indikator, steht „teilweise“ in der Tabelle.",
        "Missing values never count as 0. An area gets a score only when its available "
        "indicators carry at least {share} % of the total weight; otherwise “not computed”. "
        "Where an indicator is missing, the table says “partial”.",
    ),
    "index_directions": (
        "Richtung aus dem Indikatorenkatalog:",
        "Direction from the indicator catalogue:",
    ),
    "index_ties_beyond": (
        "{n} Gebiete teilen sich Rang {rank}; hier stehen nur die ersten in alphabetischer "
        "Reihenfolge, die Tabelle listet alle.",
        "{n} areas share rank {rank}; only the first in alphabetical order are shown here, the "
        "table lists all.",
    ),
    "index_ties": (
        "Gleiche Punktwerte teilen sich den besseren Rang (z. B. zweimal Rang 3, dann Rang 5).",
        "Equal scores share the better rank (e.g. rank 3 twice, then rank 5).",
    ),
    "index_sources": ("Quellen der Indikatoren", "Sources of the indicators"),
    "index_download": ("Nachrechnen und herunterladen", "Reproduce and download"),
    "index_csv": ("CSV (wie Kommandozeile)", "CSV (as the command line)"),
    "index_cli": (
        "Dieselbe Tabelle erzeugt diese Kommandozeile im Projektordner:",
        "This command line in the project folder prints the same table:",
    ),
    "index_hs_no_cli": (
        "Die Kommandozeile berechnet Hot spots bisher nur für einzelne Indikatoren; die CSV "
        "enthält dieselben Spalten.",
        "The command line computes hot spots for single indicators only so far; the CSV has "
        "the same columns.",
    ),
    "index_error": ("Der Index lässt sich so nicht berechnen", "The index cannot be computed so"),
    "index_hs_value": ("Wert", "Value"),
    "index_hs_kind": ("Einordnung", "Class"),
    "index_hs_unit": ("Unterbezirk", "Unit"),
    "index_hs_table": (
        "Die {n} Unterbezirke in einer Häufung oder als Ausreißer",
        "The {n} units in a cluster or as outliers",
    ),
    "index_hs_spaces": (
        "Hot spots werden immer auf den 170 Unterbezirken berechnet, auch wenn oben die 15 "
        "Räume gewählt sind.",
        "Hot spots are always computed on the 170 units, also when the 15 spaces are chosen above.",
    ),
    # --- end /index ---
    # --- hot spots ---
    "hot_index_label": ("Bedarfsindex", "need index"),
    "hot_statement": (
        "Moran's I = {i} (p = {p}, {n} Permutationen)",
        "Moran's I = {i} (p = {p}, {n} permutations)",
    ),
    "hot_global_positive": (
        "Unterbezirke mit ähnlichen Werten liegen deutlich häufiger nebeneinander, als es bei "
        "einer zufälligen Verteilung über die Stadt zu erwarten wäre (0 = kein Muster, "
        "nahe 1 = starke Häufung).",
        "units with similar values lie next to each other clearly more often than a random "
        "spread over the city would give (0 = no pattern, near 1 = strong clustering).",
    ),
    "hot_global_negative": (
        "Unterbezirke mit unähnlichen Werten liegen häufiger nebeneinander als bei einer "
        "zufälligen Verteilung (ein Schachbrettmuster).",
        "units with dissimilar values lie next to each other more often than a random spread "
        "would give (a chessboard pattern).",
    ),
    "hot_global_none": (
        "Die Werte zeigen kein deutliches räumliches Muster; sie könnten auch zufällig über "
        "die Stadt verteilt sein.",
        "the values show no clear spatial pattern; they could as well be spread over the city "
        "at random.",
    ),
    "hot_method": (
        "So wird gerechnet: Nachbarn sind Unterbezirke, die eine Grenze oder nur einen Eckpunkt "
        "gemeinsam haben („Queen“-Nachbarschaft, wie die Dame beim Schach). Für jeden "
        "Unterbezirk wird sein Wert mit dem Mittel seiner Nachbarn verglichen (lokales Moran's "
        "I). Ob das Zufall sein kann, zeigt ein Test: Die übrigen Werte werden {n}-mal zufällig "
        "neu verteilt (fester Startwert {seed}, daher bei jedem Aufruf dasselbe Ergebnis). Weil "
        "so viele Unterbezirke auf einmal geprüft werden, erschienen einige schon durch Zufall "
        "auffällig; die Korrektur nach Benjamini und Hochberg begrenzt den erwarteten Anteil "
        "solcher Fehlalarme unter den markierten Unterbezirken auf {alpha} %.",
        "How it is computed: neighbours are units that share a border or just a corner "
        "(“queen” contiguity, like the queen in chess). Each unit's value is compared with the "
        "mean of its neighbours (local Moran's I). A test shows whether that could be chance: "
        "the other values are shuffled {n} times (fixed seed {seed}, so every run gives the "
        "same result). Because so many units are tested at once, some would look notable by "
        "chance alone; the Benjamini–Hochberg correction limits the expected share of such "
        "false alarms among the marked units to {alpha}%.",
    ),
    "hot_cl_HH": ("Hoch, Nachbarn hoch", "High, neighbours high"),
    "hot_cl_LL": ("Niedrig, Nachbarn niedrig", "Low, neighbours low"),
    "hot_cl_HL": ("Hoch, Nachbarn niedrig", "High, neighbours low"),
    "hot_cl_LH": ("Niedrig, Nachbarn hoch", "Low, neighbours high"),
    "hot_cl_ns": ("Kein auffälliges Muster", "No notable pattern"),
    "hot_cl_missing": ("Kein Wert oder kein Nachbar mit Wert", "No value or no neighbour with one"),
    "hot_need_cluster_high": ("Häufung hohen Bedarfs", "cluster of high need"),
    "hot_need_cluster_low": ("Häufung geringen Bedarfs", "cluster of low need"),
    "hot_need_single_high": (
        "hoher Bedarf inmitten geringen (Ausreißer)",
        "high need amid low (outlier)",
    ),
    "hot_need_single_low": (
        "geringer Bedarf inmitten hohen (Ausreißer)",
        "low need amid high (outlier)",
    ),
    "hot_meaning_clusters": (
        "„Hoch, Nachbarn hoch“ und „Niedrig, Nachbarn niedrig“ sind Cluster: Gebiete, die "
        "zusammen mit ihren Nachbarn auffallen. „Hoch, Nachbarn niedrig“ und „Niedrig, "
        "Nachbarn hoch“ sind Ausreißer: ein Gebiet, das sich deutlich von seiner Umgebung "
        "abhebt.",
        "“High, neighbours high” and “Low, neighbours low” are clusters: areas that stand out "
        "together with their neighbours. “High, neighbours low” and “Low, neighbours high” are "
        "outliers: one area that differs clearly from its surroundings.",
    ),
    "hot_colours_need": (
        "Farben: Rot steht für hohen Bedarf, Blau für geringen; dunkel sind Cluster, hell "
        "Ausreißer, hellgrau Unterbezirke ohne auffälliges Muster.",
        "Colours: red stands for high need, blue for low; dark for clusters, light for "
        "outliers, light grey for units without a notable pattern.",
    ),
    "hot_colours_values": (
        "Farben: Rot steht für hohe Werte, Blau für niedrige; dunkel sind Cluster, hell "
        "Ausreißer, hellgrau Unterbezirke ohne auffälliges Muster.",
        "Colours: red stands for high values, blue for low; dark for clusters, light for "
        "outliers, light grey for units without a notable pattern.",
    ),
    "hot_meaning_high": (
        "Bei „{label}“ bedeuten hohe Werte hohen Bedarf.",
        "For “{label}”, high values mean high need.",
    ),
    "hot_meaning_low": (
        "Achtung: Bei „{label}“ bedeuten hohe Werte geringen Bedarf. Eine Häufung hohen "
        "Bedarfs ist hier also „Niedrig, Nachbarn niedrig“; die Karte zeigt sie rot.",
        "Note: for “{label}”, high values mean low need. A cluster of high need is therefore "
        "“Low, neighbours low” here; the map shows it in red.",
    ),
    "hot_meaning_context": (
        "„{label}“ beschreibt das Umfeld und hat keine Bedarfsrichtung: hohe Werte sind weder "
        "gut noch schlecht.",
        "“{label}” describes the context and has no need direction: high values are neither "
        "good nor bad.",
    ),
    "hot_meaning_index": (
        "Beim Bedarfsindex bedeutet ein hoher Wert hohen Bedarf.",
        "For the need index, a high value means high need.",
    ),
    "hot_top_high": (
        "den {n} Unterbezirken mit dem höchsten Bedarf",
        "the {n} units with the highest need",
    ),
    "hot_top_low": (
        "den {n} Unterbezirken mit dem höchsten Bedarf (den niedrigsten Werten)",
        "the {n} units with the highest need (the lowest values)",
    ),
    "hot_top_context": (
        "den {n} Unterbezirken mit den höchsten Werten",
        "the {n} units with the highest values",
    ),
    "hot_pockets": (
        "Einzelne Brennpunkte: Von {top} liegen {k} in keinem Cluster: {names}. Eine Karte "
        "nur der Cluster würde sie übersehen.",
        "Isolated pockets: of {top}, {k} lie in no cluster: {names}. A map of the clusters "
        "alone would miss them.",
    ),
    "hot_pockets_1": (
        "Ein einzelner Brennpunkt: Von {top} liegt einer in keinem Cluster: {names}. Eine Karte "
        "nur der Cluster würde ihn übersehen.",
        "An isolated pocket: of {top}, one lies in no cluster: {names}. A map of the clusters "
        "alone would miss it.",
    ),
    "hot_pockets_context_1": (
        "Ein einzelner Spitzenwert: Von {top} liegt einer in keinem Cluster: {names}.",
        "An isolated peak: of {top}, one lies in no cluster: {names}.",
    ),
    "hot_pockets_context": (
        "Einzelne Spitzenwerte: Von {top} liegen {k} in keinem Cluster: {names}.",
        "Isolated peaks: of {top}, {k} lie in no cluster: {names}.",
    ),
    "hot_no_local": (
        "Nach der Korrektur ist kein Unterbezirk als Cluster oder Ausreißer markiert: Die Werte "
        "häufen sich insgesamt vielleicht etwas, aber an keinem Ort so deutlich, dass es nicht "
        "auch Zufall sein könnte.",
        "After the correction no unit is marked as a cluster or an outlier: the values may "
        "cluster a little overall, but nowhere so clearly that it could not be chance.",
    ),
    "hot_pockets_none": (
        "Alle von {top} sind als Teil eines Clusters oder als Ausreißer markiert.",
        "All of {top} are marked as part of a cluster or as an outlier.",
    ),
    "hot_combined": (
        "{n} Unterbezirke tragen denselben Wert wie ein Nachbar, weil die Quelle sie als ein "
        "zusammengefasstes Gebiet veröffentlicht hat. Das lässt Nachbarn etwas ähnlicher "
        "erscheinen, als sie sind, und verstärkt die gemessene Häufung ein wenig.",
        "{n} units carry the same value as a neighbour because the source published them as "
        "one combined area. That makes neighbours look a little more alike than they are and "
        "raises the measured clustering somewhat.",
    ),
    "hot_combined_index": (
        "{n} Unterbezirke tragen in mindestens einem Indikator des Index denselben Wert wie "
        "ein Nachbar, weil die Quelle sie als ein zusammengefasstes Gebiet veröffentlicht hat. "
        "Das lässt Nachbarn etwas ähnlicher erscheinen und verstärkt die gemessene Häufung "
        "ein wenig.",
        "{n} units carry the same value as a neighbour in at least one of the index's "
        "indicators because the source published them as one combined area. That makes "
        "neighbours look a little more alike and raises the measured clustering somewhat.",
    ),
    "hot_islands": (
        "Ohne Nachbarn mit Wert und daher nicht geprüft: {names}.",
        "Without a neighbour with a value and therefore not tested: {names}.",
    ),
    "hot_units": (
        "Berechnet auf den {n} von {total} Unterbezirken mit Wert (nicht auf den Aktionsräumen); "
        "die Einteilung ist eine eigene Berechnung dieses Dashboards, keine Angabe der Stadt.",
        "Computed on the {n} of {total} units with a value (not on the spaces); the "
        "classification is this dashboard's own computation, not a figure of the city.",
    ),
    "hot_units_index": (
        "Der Bedarfsindex wird dafür auf der Ebene der Unterbezirke berechnet.",
        "For this, the need index is computed at the level of the units.",
    ),
    "hot_legend": ("Räumliche Muster", "Spatial patterns"),
    "hot_legend_basis": ("Grundlage: {label}", "Basis: {label}"),
    "hot_units_count": ("{n} Unterbezirke", "{n} units"),
    "hot_unit_count": ("1 Unterbezirk", "1 unit"),
    "hot_statement_title": ("Gibt es räumliche Häufungen?", "Are there spatial clusters?"),
    "hot_index_suffix": (" (Indexwert)", " (index score)"),
    "hot_map_cluster": ("Muster: {label}", "Pattern: {label}"),
    "hot_map_p": ("(p nach Korrektur = {p})", "(p after correction = {p})"),
    "hot_map_source_index": (
        "Bedarfsindex (eigene Berechnung) · {source}",
        "Need index (own computation) · {source}",
    ),
    # --- /embed, the embed dialog and the open-data ZIP ---
    "embed_open_full": ("Im vollständigen Dashboard öffnen", "Open in the full dashboard"),
    "new_window": ("öffnet in neuem Fenster", "opens in a new window"),
    "embed_not_found": ("Ansicht nicht gefunden", "View not found"),
    "embed_not_found_text": (
        "Diese eingebettete Ansicht gibt es nicht, oder ihre Daten sind nicht öffentlich.",
        "This embedded view does not exist, or its data is not public.",
    ),
    "embed_map_title": ("Karte: {title}", "Map: {title}"),
    "embed_ranking_title": ("Rangfolge: {title}", "Ranking: {title}"),
    "embed_values": ("Die Werte als Tabelle", "The values as a table"),
    "embed_map_keyboard_help": (
        "Tastatur: Die Pfeiltasten gehen die Gebiete in der Rangfolge durch (Pos1/Ende: "
        "erstes/letztes); +/− zoomen, Umschalt+Pfeiltasten verschieben die Karte.",
        "Keyboard: the arrow keys step through the areas in ranking order (Home/End: "
        "first/last); +/− zoom, Shift+arrow keys pan the map.",
    ),
    "embed_source_more": (
        "Stadtwert, Berechnung und Hinweise zur Quelle",
        "City value, method and caveats of the source",
    ),
    "embed_rank": ("Rang", "Rank"),
    "embed_area": ("Gebiet", "Area"),
    "embed_sources": ("Quellen der Indikatoren: ", "Sources of the indicators: "),
    "embed_programme_internal": (
        "Das Aktionsprogramm dieses Raums ist noch nicht zur Veröffentlichung freigegeben.",
        "This space's Aktionsprogramm has not been released for publication yet.",
    ),
    "embed_button": ("Einbetten", "Embed"),
    "embed_dialog_title": ("Ansicht einbetten", "Embed this view"),
    "embed_dialog_intro": (
        "Mit diesem HTML-Code zeigt eine andere Website die aktuelle Ansicht (mit allen "
        "gewählten Einstellungen) in einem Rahmen. Nur öffentliche Daten werden gezeigt.",
        "With this HTML code another website shows the current view (with every setting "
        "chosen) in a frame. Only public data is shown.",
    ),
    "embed_which": ("Was einbetten?", "What to embed?"),
    "embed_width": ("Breite (Pixel)", "Width (pixels)"),
    "embed_height": ("Höhe (Pixel)", "Height (pixels)"),
    "embed_size_hint": (
        "Erlaubt: 200 bis 2000 Pixel; andere Werte werden angepasst.",
        "Allowed: 200 to 2000 pixels; other values are adjusted.",
    ),
    "embed_code": ("HTML-Code zum Einfügen", "HTML code to paste"),
    "embed_copy": ("Kopieren", "Copy"),
    "embed_copied": ("Kopiert.", "Copied."),
    "embed_copy_failed": (
        "Kopieren nicht möglich: bitte den Code markieren und kopieren.",
        "Could not copy: please select the code and copy it.",
    ),
    "embed_preview": ("Vorschau", "Preview"),
    "embed_close": ("Schließen", "Close"),
    "embed_frame_title": (
        "{title} – Aktionsplan Soziale Stadt Dortmund",
        "{title} – Aktionsplan Soziale Stadt Dortmund",
    ),
    "embed_view_profile": ("Raumprofil", "Space profile"),
    "embed_view_map": ("Karte", "Map"),
    "embed_view_ranking": ("Rangfolge", "Ranking"),
    "opendata_title": ("Alle Daten herunterladen", "Download all data"),
    "opendata_text": (
        "Alle öffentlichen Daten des Dashboards in einer ZIP-Datei: die CSV- und "
        "GeoJSON-Dateien, sources.json, eine Beschreibung (LIESMICH/README) und die Lizenzen.",
        "All public data of the dashboard in one ZIP file: the CSV and GeoJSON files, "
        "sources.json, a description (README) and the licences.",
    ),
    "opendata_link": ("Daten als ZIP herunterladen", "Download the data as ZIP"),
    "opendata_left_out": (
        "Nicht enthalten, weil (noch) nicht öffentlich: {sets}.",
        "Not included because not public (yet): {sets}.",
    ),
    # --- accessibility gate (a11y): text alternatives of maps and charts ---
    "maptext_heading": ("Karte als Text", "The map as text"),
    "maptext_lead": ("Die Karte zeigt: {title}.", "The map shows: {title}."),
    "maptext_highest": ("Höchste Werte: {items}.", "Highest values: {items}."),
    "maptext_lowest": ("Niedrigste Werte: {items}.", "Lowest values: {items}."),
    "maptext_only": ("Einziger Wert: {items}.", "Only value: {items}."),
    "maptext_classes": (
        "Farbklassen: {method}; {k} Klassen: {ranges}",
        "Colour classes: {method}; {k} classes: {ranges}",
    ),
    "maptext_class_item": ("Klasse {i} von {k}: {range}{unit}", "class {i} of {k}: {range}{unit}"),
    "maptext_to": (" bis ", " to "),
    "maptext_areas": ("Gebieten", "areas"),
    "maptext_units": ("Unterbezirken", "units"),
    "maptext_spaces": ("Räumen", "spaces"),
    "maptext_coverage": ("{n} von {total} {areas} mit Wert", "{n} of {total} {areas} with a value"),
    "maptext_without": ("; {m} ohne Wert: {names}", "; {m} without a value: {names}"),
    "maptext_more": ("und {n} weitere", "and {n} more"),
    "maptext_source": (
        "Quelle: {source}, Stand {date}, Verlässlichkeit: {confidence}.",
        "Source: {source}, reference date {date}, confidence: {confidence}.",
    ),
    "maptext_source_undated": (
        "Quelle: {source}, Verlässlichkeit: {confidence}.",
        "Source: {source}, confidence: {confidence}.",
    ),
    "maptext_locator": (
        "{name} liegt im Stadtbezirk {district} und umfasst {n} der {total} Unterbezirke: "
        "{members}. Zuordnung der Unterbezirke: {membership}.",
        "{name} lies in the Stadtbezirk {district} and covers {n} of the {total} units: "
        "{members}. How the units were assigned: {membership}.",
    ),
    "maptext_geometry_source": (
        "Stadt Dortmund, Geometrie der 170 statistischen Unterbezirke, aus dem Projekt "
        "SpatialJustice",
        "City of Dortmund, geometry of the 170 statistical units, from the SpatialJustice project",
    ),
    "legend_class": ("Klasse {i}: {label}", "Class {i}: {label}"),
    "chart_table_link": ("Tabelle zu diesem Diagramm", "Table for this chart"),
    "ranking_text": (
        "Rangfolge der {n} Gebiete mit Wert ({order}): {first}.",
        "Ranking of the {n} areas with a value ({order}): {first}.",
    ),
    "ranking_text_need": ("Rang 1 = am meisten Bedarf", "rank 1 = most need"),
    "ranking_text_high": (
        "Rang 1 = höchster Wert, Kontextindikator ohne Bewertung",
        "rank 1 = highest value, a context indicator without judgement",
    ),
    "ranking_text_last": ("Letzte Ränge: {last}.", "Last ranks: {last}."),
    "ranking_text_empty": ("Keine Werte zum Ordnen.", "No values to rank."),
    "spine_text": (
        "{name} im Vergleich mit den 170 Unterbezirken, {n} Indikatoren: {parts}.",
        "{name} compared with the 170 units, {n} indicators: {parts}.",
    ),
    "money_chart_title": (
        "Wert des Indikators und bekannte Mittel je Raum",
        "The indicator's value and the known funding per space",
    ),
    "money_text": (
        "{n} Räume mit Wert und einem nur für sie veröffentlichten Betrag: {items}. "
        "{m} Räume ohne solchen Betrag: {none}.",
        "{n} spaces with a value and an amount published for them alone: {items}. "
        "{m} spaces without such an amount: {none}.",
    ),
    # --- exports (issue 9: images, deck, tables) ---
    "export_menu": ("Exportieren", "Export"),
    "export_menu_hint": (
        "Dateien dieser Ansicht, mit Quelle, Stand und Link",
        "Files of this view, with source, date and link",
    ),
    "export_map": ("Karte", "Map"),
    "export_ranking": ("Rangfolge", "Ranking"),
    "export_profile_chart": ("Profil gegen die Stadt", "Profile against the city"),
    "export_deck": ("Präsentation (PPTX)", "Slides (PPTX)"),
    "export_table": ("Tabelle", "Table"),
    "export_busy": ("Export wird erstellt …", "Export is being created …"),
    "export_done": ("Export fertig: {name}", "Export ready: {name}"),
    "export_failed": ("Export fehlgeschlagen: {message}", "Export failed: {message}"),
    "export_timeout": (
        "Der Export hat zu lange gedauert und wurde abgebrochen. Bitte später erneut versuchen.",
        "The export took too long and was stopped. Please try again later.",
    ),
    "export_error": (
        "Der Export konnte nicht erstellt werden. Bitte später erneut versuchen.",
        "The export could not be created. Please try again later.",
    ),
    "export_exported": ("Exportiert am", "Exported on"),
    "export_filtered": ("gefiltert: {n} von {total} Gebieten", "filtered: {n} of {total} areas"),
    "export_units_all": ("die 170 Unterbezirke", "the 170 statistical units"),
    "export_other_spaces": ("die anderen Räume", "the other spaces"),
    "export_units_n": ("{n} Unterbezirke", "{n} statistical units"),
    "map_selected_legend": ("ausgewählt", "selected"),
    "profile_membership": ("Zuordnung der Unterbezirke", "Assignment of the units"),
    "deck_map": ("Karte", "Map"),
    "deck_location": ("Lage in der Stadt", "Location in the city"),
    "deck_spine_sub": (
        "Wert des Raums gegen die Spanne der 170 Unterbezirke (Balken: mittlere 50 %), "
        "Linie: Stadtwert",
        "The space's value against the range of the 170 units (bar: middle 50 %), line: city value",
    ),
    "deck_ranking_cut": (
        "Gezeigt: die ersten {n} von {total} Gebieten; alle stehen in der Tabelle (CSV/XLSX).",
        "Shown: the first {n} of {total} areas; all are in the table (CSV/XLSX).",
    ),
    "deck_cover_source": (
        "Quelle: {source} · Stand: {date} · Verlässlichkeit: {confidence}",
        "Source: {source} · Reference date: {date} · Confidence: {confidence}",
    ),
    "ranking_means_need": ("Rang 1 = größter Bedarf", "rank 1 = most need"),
    "ranking_means_need_change": (
        "Rang 1 = stärkste Veränderung zu mehr Bedarf",
        "rank 1 = strongest change towards more need",
    ),
    "ranking_means_high": (
        "Rang 1 = höchster Wert (Kontextindikator, keine Bewertung)",
        "rank 1 = highest value (context indicator, no judgement)",
    ),
    "ranking_means_high_change": (
        "Rang 1 = größte Zunahme (Kontextindikator)",
        "rank 1 = largest increase (context indicator)",
    ),
    "notes_cover": (
        "Diese Folien zeigen {label}: {level}.",
        "These slides show {label}: {level}.",
    ),
    "notes_map": (
        "Höchster Wert: {hi} mit {hi_value}; niedrigster Wert: {lo} mit {lo_value}{ref}. "
        "{n} von {total} gezeigten Gebieten haben einen Wert.",
        "Highest value: {hi} with {hi_value}; lowest value: {lo} with {lo_value}{ref}. "
        "{n} of {total} areas shown have a value.",
    ),
    "notes_ranking_need": (
        "Größter Bedarf: {items}. Insgesamt {n} Gebiete mit Rang.",
        "Most need: {items}. {n} areas ranked in all.",
    ),
    "notes_ranking_need_change": (
        "Stärkste Veränderung zu mehr Bedarf: {items}. Insgesamt {n} Gebiete mit Rang.",
        "Strongest change towards more need: {items}. {n} areas ranked in all.",
    ),
    "notes_ranking_high": (
        "Höchste Werte (keine Bewertung): {items}. Insgesamt {n} Gebiete mit Rang.",
        "Highest values (no judgement): {items}. {n} areas ranked in all.",
    ),
    "notes_ranking_high_change": (
        "Größte Zunahme (keine Bewertung): {items}. Insgesamt {n} Gebiete mit Rang.",
        "Largest increase (no judgement): {items}. {n} areas ranked in all.",
    ),
    "notes_profile_cover": (
        "{kind} {name} im Stadtbezirk {district}, {n} Unterbezirke. Bei {worse} von {total} "
        "Indikatoren mit Wert liegt der Raum auf der Seite von mehr Bedarf außerhalb der "
        "mittleren 50 % der Unterbezirke.",
        "{kind} {name} in the Stadtbezirk {district}, {n} statistical units. For {worse} of "
        "{total} indicators with a value the space lies beyond the middle 50 % of the units "
        "on the side of more need.",
    ),
    "xlsx_sheet_table": ("Tabelle", "Table"),
    "xlsx_sheet_meta": ("Metadaten", "Metadata"),
    "xlsx_field": ("Feld", "Field"),
    "xlsx_value": ("Wert", "Value"),
    "xlsx_view": ("Ansicht", "View"),
    "xlsx_indicator": ("Indikator", "Indicator"),
    "xlsx_definition": ("Definition", "Definition"),
    "xlsx_edition": ("Ausgabe", "Edition"),
    "xlsx_reference_note": ("Hinweis zum Stand", "Note on the reference date"),
    "xlsx_source_url": ("Link zur Quelle", "Link to the source"),
    "xlsx_licence": ("Lizenz", "Licence"),
    "xlsx_zero_rule": ("Umgang mit Nullen", "Treatment of zeros"),
    "xlsx_reference_method": ("Berechnung des Stadtwerts", "How the city value is computed"),
    "xlsx_permalink": ("Link zu dieser Ansicht", "Link to this view"),
    "xlsx_unit": ("Einheit", "Unit"),
    "xlsx_reference_label": ("Art des Stadtwerts", "Kind of city value"),
    "xlsx_of": ("von", "of"),
    # --- exports of /vergleich and /mittel ---
    "export_side": ("Nebeneinander", "Side by side"),
    "export_matrix": ("Matrix (15 Räume)", "Matrix (15 spaces)"),
    "export_money_chart": ("Diagramm", "Chart"),
    "xc_title": ("Vergleich", "Comparison"),
    "xc_title_n": ("Vergleich von {n} Gebieten", "Comparison of {n} areas"),
    "xc_areas": ("Gewählte Gebiete", "Chosen areas"),
    "xc_rule_short": (
        "Regel: ▲ deutlich schlechter, ● ähnlich, ▼ deutlich besser als die Stadt, wenn der Wert "
        "außerhalb der mittleren Hälfte der 170 Unterbezirke liegt (unter dem 25. oder über dem "
        "75. Perzentil); △ ▽ Kontext höher oder niedriger, ohne Bewertung.",
        "Rule: ▲ clearly worse, ● similar, ▼ clearly better than the city when the value lies "
        "outside the middle half of the 170 units (below the 25th or above the 75th "
        "percentile); △ ▽ context higher or lower, no judgement.",
    ),
    "xc_matrix_title": (
        "Alle 15 Räume × alle Indikatoren der Ausgabe {year}",
        "All 15 spaces × every indicator of the {year} edition",
    ),
    "xc_matrix_sub": (
        "Zeilen: Indikatoren, Spalten: die 15 Räume (Raumwerte: ungewichtete Mittel ihrer "
        "Unterbezirke); – keine Daten",
        "Rows: indicators, columns: the 15 spaces (space values: unweighted means of their "
        "units); – no data",
    ),
    "xc_notes_cover": ("Diese Folien vergleichen {areas}.", "These slides compare {areas}."),
    "xc_notes_row": (
        "{label}: am höchsten {hi} mit {hi_value}, am niedrigsten {lo} mit {lo_value}; "
        "Stadt {city}.",
        "{label}: highest {hi} with {hi_value}, lowest {lo} with {lo_value}; city {city}.",
    ),
    "xc_notes_worse": (
        "Deutlich schlechter als die Stadt, Zahl der Indikatoren von {n}: {items}.",
        "Clearly worse than the city, number of indicators out of {n}: {items}.",
    ),
    "xc_notes_matrix": (
        "Ausgabe {year}: am häufigsten deutlich schlechter als die Stadt sind {items} "
        "(Zahl der Indikatoren von {n}).",
        "Edition {year}: most often clearly worse than the city are {items} "
        "(number of indicators out of {n}).",
    ),
    "xc_sheet_matrix": ("Matrix", "Matrix"),
    "xc_empty": (
        "Noch keine Gebiete gewählt. So geht es: links zwei bis vier Räume ankreuzen oder "
        "Unterbezirke aus der Liste hinzufügen. Dann stehen ihre Werte hier nebeneinander, "
        "jeweils mit dem Stadtwert.",
        "No areas chosen yet. How it works: on the left, tick two to four spaces or add "
        "statistical units from the list. Their values then appear here side by side, each "
        "with the city value.",
    ),
    "xc_one": (
        "Ein Gebiet gewählt: bitte mindestens ein weiteres wählen (höchstens vier).",
        "One area chosen: please choose at least one more (at most four).",
    ),
    "xm_funding_line": (
        "Mittel: öffentliche Quellen je Betrag: {sources} · Verlässlichkeit: {confidence}",
        "Money: public sources per amount: {sources} · Confidence: {confidence}",
    ),
    "xm_inferred": (
        "Die Zuordnung der Beträge zu den Räumen über den Gebietsnamen ist erschlossen; "
        "fehlt ein Betrag, heißt das nur: nichts veröffentlicht.",
        "The match of amounts to spaces by area name is inferred; a missing amount only means "
        "that nothing was published.",
    ),
    "xm_inferred_key": ("Erschlossen", "Inferred"),
    "xm_funding_sources": ("Quellen der Mittel", "Sources of the money"),
    "xm_how_counted": ("So wird gezählt", "How amounts are counted"),
    "xm_sum_eur": ("bekannte Mittel in €", "Known funding in €"),
    "xm_amount_eur": ("Betrag in €", "Amount in €"),
    "xm_population": ("Einwohner laut Quelle", "Residents per the source"),
    "xm_per_resident": (
        "€ je Einwohner (über die genannten Jahre)",
        "€ per resident (over the years shown)",
    ),
    "xm_population_approx": (
        "Einwohnerzahl ungefähr ({year})",
        "population approximate ({year})",
    ),
    "xm_sheet_funding": ("Beträge", "Amounts"),
    "xm_several": (
        "weitere Beträge für mehrere Räume gemeinsam, nicht aufgeteilt (Blatt „Beträge“ der "
        "XLSX-Datei)",
        "further amounts for several spaces together, not divided (sheet “Amounts” of the "
        "XLSX file)",
    ),
    # --- exports and embeds of /index ---
    "export_index_title": ("Bedarfsindex: {preset}", "Need index: {preset}"),
    "export_index_own_source": ("eigene Berechnung aus {source}", "own calculation from {source}"),
    "export_index_indicators": ("Indikatoren (Verlässlichkeit):", "Indicators (confidence):"),
    "export_index_weights": ("Gewichte", "Weights"),
    "export_index_k": ("{k} Indikatoren", "{k} indicators"),
    "export_index_not_official": (
        "eigene Berechnung, nicht der amtliche Index",
        "own calculation, not the official index",
    ),
    "export_index_dark": (
        "dunkel = mehr Bedarf; {k} Klassen mit je etwa gleich vielen Gebieten (Quantile)",
        "dark = more need; {k} classes with about equal numbers of areas (quantiles)",
    ),
    "export_hot_red": (
        "rot = hoher Bedarf, blau = geringer; dunkel = Häufung, hell = Ausreißer",
        "red = high need, blue = low; dark = cluster, light = outlier",
    ),
    "export_hot_title": ("Hot spots: {label}", "Hot spots: {label}"),
    "export_index_stability": ("Rangstabilität", "Rank stability"),
    "export_index_ranking": ("Rangfolge (Punkte)", "Ranking (scores)"),
    "export_hot_map": ("Karte der Hot spots", "Map of the hot spots"),
    "export_level": ("Ebene", "Level"),
    "export_norm_rule": ("Regel der Vereinheitlichung", "Normalisation rule"),
    "export_index_scale": ("Was die Punkte bedeuten", "What the score means"),
    "export_missing_rule": ("Fehlende Werte", "Missing values"),
    "export_ties": ("Gleiche Punktwerte", "Ties"),
    "export_direction": ("Richtung", "Direction"),
    "export_stability": ("Rangstabilität", "Rank stability"),
    "export_always_top": ("Immer in den Top 5", "Always in the top 5"),
    "export_own": ("Art der Berechnung", "Kind of calculation"),
    "export_command": ("Kommandozeile", "Command line"),
    "export_hot_counts": ("Unterbezirke je Muster", "Units per pattern"),
    "export_hot_meaning": ("Was die Muster bedeuten", "What the patterns mean"),
    "export_hot_pockets": ("Einzelne Gebiete mit hohem Bedarf", "Single areas of high need"),
    "notes_index_top": (
        "Die {n} Gebiete mit dem höchsten Bedarf (von {total} Gebieten mit Punktwert): {items}.",
        "The {n} areas with the most need (of {total} areas with a score): {items}.",
    ),
    "notes_index_missing": (
        "{n} Gebiete haben keinen Punktwert, weil ihre Werte zu wenig Gewicht tragen.",
        "{n} areas have no score because their values carry too little weight.",
    ),
    "notes_hot_counts": (
        "In Häufungen oder als Ausreißer: {items}.",
        "In clusters or as outliers: {items}.",
    ),
    "xlsx_code": ("Kennung", "Id"),
    "xlsx_index_values": ("Indikatoren mit Wert", "Indicators with a value"),
    "xlsx_index_p5": ("Rang 5. Perzentil", "Rank 5th percentile"),
    "xlsx_index_p95": ("Rang 95. Perzentil", "Rank 95th percentile"),
    "xlsx_index_min": ("bester Rang", "best rank"),
    "xlsx_index_max": ("schlechtester Rang", "worst rank"),
    "xlsx_index_always": ("immer in den Top {top}", "always in the top {top}"),
    "xlsx_yes": ("ja", "yes"),
    "xlsx_no": ("nein", "no"),
    "xlsx_hot_local_i": ("lokales Moran's I", "local Moran's I"),
    "xlsx_hot_cluster": ("Muster (Kürzel)", "Pattern (code)"),
    "embed_view_index": ("Bedarfsindex (Karte und Rangfolge)", "Need index (map and ranking)"),
    "embed_view_hs": ("Hot spots (Karte)", "Hot spots (map)"),
    "embed_index_own": ("eigene Berechnung aus ", "own calculation from "),
    "embed_index_title": ("Bedarfsindex {year}", "Need index {year}"),
    "embed_index_sources": ("Quellen je Indikator", "Sources per indicator"),
    # --- end exports and embeds of /index ---
    # --- /kulisse exports ---
    "cov_notes_outside": (
        "Hoher Bedarf außerhalb der Räume ({n}): {items}.",
        "High need outside the spaces ({n}): {items}.",
    ),
    "cov_notes_close": (
        "Unterbezirke der Räume nahe am Stadtwert ({n}): {items}.",
        "Units of the spaces close to the city ({n}): {items}.",
    ),
    "cov_deck_part": ("(Teil {i} von {n})", "(part {i} of {n})"),
    "cov_deck_method": ("So sind die Ränge zu lesen", "How to read the ranks"),
    "cov_summary_label": ("Ergebnis in Worten", "Result in words"),
    "cov_col_list": ("Liste", "List"),
    "cov_col_code": ("Nummer", "Code"),
    "cov_col_p5": ("Rang, 5. Perzentil", "Rank, 5th percentile"),
    "cov_col_p95": ("Rang, 95. Perzentil", "Rank, 95th percentile"),
    "cov_col_min": ("kleinster Rang aller Varianten", "smallest rank of all settings"),
    "cov_col_max": ("größter Rang aller Varianten", "largest rank of all settings"),
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
