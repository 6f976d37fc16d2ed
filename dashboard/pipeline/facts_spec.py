"""Resources of the Aktionsplan, and the public names of sources and areas in the fact tables.

The raw fact tables are research notes: their titles and area names use ASCII umlauts,
English remarks and notes to the researcher. What is published is given here, keyed by the
raw text; a raw text without an entry stops the build.
"""

from __future__ import annotations

from dataclasses import dataclass

ASAG = (
    "Stadt Dortmund, Dezernat 5: Aktionsplan Soziale Stadt – Aktueller Stand zum "
    "Weiterentwicklungsprozess, Präsentation im Ausschuss für Soziales, Arbeit und Gesundheit, "
    "07.12.2021"
)
PROJEKTBUERO_URL = (
    "https://www.dortmund.de/themen/soziales/aktionsplan-soziale-stadt/projektbuero-aktionsplan/"
)
NEWS_2020_URL = (
    "https://www.dortmund.de/de/leben_in_dortmund/stadtbezirke/innenstadtwest/"
    "lebeninderinnenstadtwest/nachrichten_iw/detailseiten_iw.jsp?nid=652105"
)
NO_LINK = (
    "Die Präsentation ist nicht online verlinkt; die Zahl gilt für Dezember 2021.",
    "The presentation is not linked online; the figure is for December 2021.",
)


@dataclass(frozen=True)
class Resource:
    key: str
    label_de: str
    label_en: str
    value: int
    unit: str
    year: int | None
    as_of_de: str
    as_of_en: str
    source_title: str
    source_url: str
    confidence: str
    source_note_de: str = ""
    source_note_en: str = ""


DEC_2021 = (2021, "07.12.2021", "7 Dec 2021")
UNDATED = (None, "undatiert (aktuelle Seite)", "undated (current page)")

RESOURCES: tuple[Resource, ...] = (
    Resource(
        "aktionsraeume",
        "Aktionsräume",
        "Aktionsräume (action areas)",
        13,
        "count",
        *DEC_2021,
        f"{ASAG}; Liste der Räume: Pressemitteilung der Stadt Dortmund vom 22.12.2020",
        NEWS_2020_URL,
        "stated",
    ),
    Resource(
        "aktionsquartiere",
        "Aktionsquartiere",
        "Aktionsquartiere (action quarters)",
        2,
        "count",
        *DEC_2021,
        f"{ASAG}; Liste der Räume: Pressemitteilung der Stadt Dortmund vom 22.12.2020",
        NEWS_2020_URL,
        "stated",
    ),
    Resource(
        "aktionsraumbeauftragte",
        "Aktionsraumbeauftragte",
        "Area coordinators",
        5,
        "persons",
        *DEC_2021,
        ASAG,
        "",
        "stated",
        *NO_LINK,
    ),
    Resource(
        "projektbuero_staff",
        "Mitarbeitende im Projektbüro",
        "Project office staff",
        3,
        "persons",
        *DEC_2021,
        f"{ASAG}; Foto der drei Mitarbeitenden: Stadt Dortmund, Projektbüro Aktionsplan",
        PROJEKTBUERO_URL,
        "stated",
    ),
    Resource(
        "project_funds_per_year",
        "Projektmittel pro Jahr (ca.)",
        "Project funds per year (approx.)",
        226000,
        "EUR",
        *UNDATED,
        f"Stadt Dortmund, Projektbüro Aktionsplan (Webseite); ebenso {ASAG}",
        PROJEKTBUERO_URL,
        "stated",
    ),
    Resource(
        "aktionsraumfonds_per_area",
        "Aktionsraumfonds je Aktionsraum",
        "Action area fund per Aktionsraum",
        5000,
        "EUR",
        *UNDATED,
        "Stadt Dortmund, Projektbüro Aktionsplan (Webseite)",
        PROJEKTBUERO_URL,
        "stated",
    ),
)

SOURCE_TITLES: dict[str, str] = {
    # funding facts
    "Stadt Dortmund - Projektbuero Aktionsplan": "Stadt Dortmund, Projektbüro Aktionsplan",
    "Stadt Dortmund - Aktionsplan Startseite": "Stadt Dortmund, Aktionsplan Soziale Stadt",
    "wohnungswirtschaft-aktuell: Stiftung Soziale Stadt": "Wohnungswirtschaft aktuell: "
    "Stiftung Soziale Stadt",
    "Bezirksregierung Arnsberg press release 13.10.2017": "Bezirksregierung Arnsberg, "
    "Pressemitteilung vom 13.10.2017",
    "Ruhr Nachrichten 16.10.2017": "Ruhr Nachrichten, 16.10.2017",
    "Nordstadtblogger / Ruhr Nachrichten 16.08.2021": "Nordstadtblogger, 16.08.2021",
    "Nordstadtblogger 2021": "Nordstadtblogger, 16.08.2021",
    "Ruhr Nachrichten 16.08.2021": "Ruhr Nachrichten, 16.08.2021",
    "DerWesten (article ~2015)": "DerWesten (undatiert, um 2015)",
    "DerWesten": "DerWesten (undatiert, um 2015)",
    "Nordstadtblogger ?p=30152": "Nordstadtblogger",
    "Nordstadt-Forum / idr": "Nordstadt-Forum",
    "Hellweger Anzeiger": "Hellweger Anzeiger",
    "Stadt Dortmund newsroom": "Stadt Dortmund, Newsroom",
    "soziale-stadt.nrw.de profile": "Städtenetz Soziale Stadt NRW: Dortmund-Scharnhorst",
    # population facts
    "Dortmunder Statistik - Bevoelkerung in Zahlen 2022": "Dortmunder Statistik: Bevölkerung in "
    "Zahlen 2022",
    "Dortmunder Statistik statistikportal": "Dortmunder Statistik, Statistikportal",
    "Dortmunder Statistik statistikportal (Bevoelkerungsstand page; URL not shown in excerpt)": (
        "Dortmunder Statistik, Statistikportal (Bevölkerungsstand)"
    ),
    "Jugendhilfe Bestandsaufnahme (yumpu)": "Stadt Dortmund, Bestandsaufnahme der "
    "Jugendhilfeplanung (Kopie bei yumpu)",
    "Wikipedia (en mirror zxc.wiki)": "Wikipedia (Kopie bei zxc.wiki)",
    "Wikipedia (kiwix mirror 2024-04)": "Wikipedia (Kiwix-Kopie 04/2024)",
    "Wikipedia Alt-Scharnhorst": "Wikipedia: Alt-Scharnhorst",
    "Wikipedia Boevinghausen": "Wikipedia: Bövinghausen",
    "Wikipedia City (Dortmund) mirror": "Wikipedia: City (Dortmund), Kopie",
    "Wikipedia Dorstfeld mirror": "Wikipedia: Dorstfeld, Kopie",
    "Wikipedia Hafen Dortmund": "Wikipedia: Hafen (Dortmund)",
    "Wikipedia Lindenhorst": "Wikipedia: Lindenhorst (Dortmund)",
    "Wikipedia Liste der Dortmunder Stadtteile": "Wikipedia: Liste der Dortmunder Stadtteile",
    "Wikipedia Nette": "Wikipedia: Nette (Dortmund)",
    "Wikipedia Nordmarkt (Dortmund) old revision": "Wikipedia: Nordmarkt (Dortmund), ältere "
    "Fassung",
    "Wikipedia Stadtbezirk Hoerde": "Wikipedia: Stadtbezirk Hörde",
    "Wikipedia Stadtbezirk Innenstadt-Nord (mirror)": "Wikipedia: Stadtbezirk Innenstadt-Nord, "
    "Kopie",
    "Wikipedia Stadtbezirk Lütgendortmund": "Wikipedia: Stadtbezirk Lütgendortmund",
    "Wikipedia Westerfilde": "Wikipedia: Westerfilde",
    "Wikipedia Westrich": "Wikipedia: Westrich (Dortmund)",
    "Wikipedia en mirror zxc.wiki": "Wikipedia (Kopie bei zxc.wiki)",
    "Wikipedia mirror": "Wikipedia, Kopie",
    "Wikipedia mirror sagapedia": "Wikipedia (Kopie bei sagapedia)",
    "Wikipedia mirror wiki.li": "Wikipedia (Kopie bei wiki.li)",
    "Wikipedia mirror wikizero": "Wikipedia (Kopie bei wikizero)",
    "Wikiwand": "Wikipedia (Wikiwand)",
    "dewiki.de": "Wikipedia (Kopie bei dewiki.de)",
    "knowledgr (en Wikipedia copy)": "Wikipedia (Kopie bei knowledgr)",
    "sagapedia mirror": "Wikipedia (Kopie bei sagapedia)",
    "soziale-stadt-nrw.de": "Städtenetz Soziale Stadt NRW",
    "soziale-stadt.nrw.de": "Städtenetz Soziale Stadt NRW",
}
"""Raw source title -> the title shown (names of publications, the same in both languages)."""

POPULATION_AREAS: dict[str, tuple[str, str]] = {
    "Bodelschwingh (Jugendhilfe Sozialraum text)": (
        "Bodelschwingh (Sozialraum der Jugendhilfeplanung)",
        "Bodelschwingh (youth-welfare Sozialraum)",
    ),
    "Westerfilde (Jugendhilfe Sozialraum text)": (
        "Westerfilde (Sozialraum der Jugendhilfeplanung)",
        "Westerfilde (youth-welfare Sozialraum)",
    ),
    "Scharnhorst-Ost (Soziale Stadt area)": (
        "Scharnhorst-Ost (Programmgebiet Soziale Stadt)",
        "Scharnhorst-Ost (Soziale Stadt programme area)",
    ),
    "Westerfilde/Bodelschwingh (IHK study area)": (
        "Westerfilde/Bodelschwingh (Untersuchungsgebiet des Handlungskonzepts)",
        "Westerfilde/Bodelschwingh (study area of the action plan)",
    ),
    "Westerfilde/Bodelschwingh (Soziale Stadt programme area)": (
        "Westerfilde/Bodelschwingh (Programmgebiet Soziale Stadt)",
        "Westerfilde/Bodelschwingh (Soziale Stadt programme area)",
    ),
    "Dortmund": ("Dortmund (ganze Stadt)", "Dortmund (whole city)"),
}
"""Raw area -> (German, English) where the raw name is not a plain place name."""
