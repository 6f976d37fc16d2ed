"""How to take part and whom to contact, and the history of the Aktionsplan (curated).

Contacts are roles and public places only: no personal names, no phone numbers, no personal
e-mail addresses. Every entry has a source link, or a note saying why there is none, and a
date or ``undated`` with a note. Space ids may name the former Aktionsräume (EX01
Alt-Scharnhorst, EX02 Wickede) in the history.
"""

from __future__ import annotations

from dataclasses import dataclass

from .facts_spec import ASAG, NEWS_2020_URL, PROJEKTBUERO_URL

AP = "https://www.dortmund.de/themen/soziales/aktionsplan-soziale-stadt/"
AQ = AP + "aktionsraeume-und-aktionsquartiere/"
OLD = (
    "https://www.dortmund.de/de/rathaus_und_buergerservice/lokalpolitik/aktionsplan_soziale_stadt/"
)
START_URL = OLD + "startseite_aktionsplan/index.html"
BROCHURE_URL = (
    "https://de.readkong.com/page/aktionsplan-soziale-stadt-dortmund-nachbarschaft-und-9240760"
)
HALTERN_URL = (
    "https://www.halternerzeitung.de/dortmund/stadt-dortmund-will-neue-sozialprojekte-in-"
    "dorstfeld-und-boevinghausenwestrich-anstossen-1394908.html"
)
CURRENT = ("aktuelle Seite, undatiert", "current page, undated")
NO_LINK = (
    "Die Präsentation ist nicht online verlinkt.",
    "The presentation is not linked online.",
)
ORIGINAL_13 = "AR01;AR02;AR03;AR04;AR06;AR07;AR08;AR09;AR10;AR12;AR13;EX01;EX02"


@dataclass(frozen=True)
class Contact:
    key: str
    space_ids: str
    role_de: str
    role_en: str
    address: str
    how_de: str
    how_en: str
    when: str
    source_title: str
    source_url: str
    note_de: str = ""
    note_en: str = ""
    source_note_de: str = ""
    source_note_en: str = ""


@dataclass(frozen=True)
class Event:
    key: str
    when: str
    space_ids: str
    kind: str
    text_de: str
    text_en: str
    source_title: str
    source_url: str
    note_de: str = ""
    note_en: str = ""
    source_note_de: str = ""
    source_note_en: str = ""


CONTACTS: tuple[Contact, ...] = (
    Contact(
        "projektbuero",
        "",
        "Projektbüro „Aktionsplan Soziale Stadt“ der Stadt Dortmund",
        "Project office “Aktionsplan Soziale Stadt”, City of Dortmund",
        "Märkische Straße 24-26, 44141 Dortmund",
        "Anlaufstelle für alle Räume; im Netz unter aktionsplan.dortmund.de.",
        "Contact point for all spaces; online at aktionsplan.dortmund.de.",
        "2021-12-07",
        ASAG,
        "",
        *("Stand 07.12.2021", "as of 7 Dec 2021"),
        *NO_LINK,
    ),
    Contact(
        "aktionsraumfonds",
        "",
        "Aktionsraumfonds (5.000 € je Aktionsraum)",
        "Action area fund (5,000 € per action area)",
        "",
        "Über die Verwendung entscheidet eine Projektkonferenz vor Ort mit der "
        "Bezirksbürgermeisterin oder dem Bezirksbürgermeister. Ein stadtweites "
        "Antragsformular ist dem Projekt nicht bekannt.",
        "A local project conference with the district mayor decides how it is used. The "
        "project knows of no city-wide application form.",
        "undated",
        "Stadt Dortmund, Projektbüro Aktionsplan",
        PROJEKTBUERO_URL,
        *CURRENT,
    ),
    Contact(
        "westerfilde_apply",
        "AR12",
        "Projektmittel und Aktionsfonds in Bodelschwingh/Westerfilde",
        "Project funds and action fund in Bodelschwingh/Westerfilde",
        "",
        "Anträge können Menschen, Vereine und Initiativen aus dem Aktionsraum stellen; das "
        "Quartiersmanagement informiert.",
        "People, clubs and initiatives from the action area can apply; the neighbourhood "
        "management gives information.",
        "undated",
        "Quartiersmanagement Westerfilde & Bodelschwingh: Aktionsplan Soziale Stadt",
        "https://www.westerfilde-bodelschwingh.de/angebot/aktionsplan-soziale-stadt",
        *("Seite undatiert", "page undated"),
    ),
    Contact(
        "scharnhorst_office",
        "AR08;AQ01;AQ02",
        "Gemeinsame Anlaufstelle der Aktionsraumbeauftragten für Scharnhorst-Ost, Wambeler "
        "Heide und Meylantviertel",
        "Shared office of the area coordinator for Scharnhorst-Ost, Wambeler Heide and "
        "Meylantviertel",
        "Gleiwitzstraße 277, Dortmund",
        "Ansprechstelle für Menschen, Vereine und Einrichtungen in den drei Gebieten.",
        "Contact point for residents, clubs and organisations in the three areas.",
        "undated",
        "Stadt Dortmund – Aktionsplan Soziale Stadt: Wambeler Heide",
        AQ + "wambeler-heide/",
        *CURRENT,
    ),
    Contact(
        "nordstadt_qm_hafen",
        "AR01",
        "Quartiersmanagement Nordstadt, Anlaufstelle im Hafen",
        "Nordstadt neighbourhood management, drop-in office in Hafen",
        "Schillerstraße 37, Dortmund",
        "Das Quartiersmanagement ist für alle drei Nordstadt-Aktionsräume zuständig.",
        "The neighbourhood management covers all three Nordstadt action areas.",
        "undated",
        "Stadt Dortmund – Stadterneuerung Nordstadt: Das Quartier Hafen",
        "https://www.dortmund.de/de/leben_in_dortmund/planen_bauen_wohnen/"
        "stadterneuerung_nordstadt/qm_nordstadt_1/das_quartiersmanagment_qmn/hafen_qmn/index.html",
        *("Seite undatiert", "page undated"),
    ),
    Contact(
        "dorstfeld_wilma",
        "AR05",
        "Sprechstunde der Aktionsraumbeauftragten im Stadtteilladen „Wilma“",
        "Area coordinator's consultation hour in the “Wilma” neighbourhood shop",
        "Wilhelmplatz, Dortmund-Dorstfeld",
        "Einmal pro Woche, gemeinsam mit den Quartiersdemokraten.",
        "Once a week, together with the Quartiersdemokraten.",
        "~2021",
        "Stadt Dortmund – Aktionsraum Dorstfeld (ältere Seite des Aktionsplans)",
        OLD + "aktionsraeume_1/dorstfeld__dorstfelder_bruecke/index.html",
    ),
    Contact(
        "westerfilde_office",
        "AR12",
        "Quartiersbüro Westerfilde und Bodelschwingh",
        "Neighbourhood office Westerfilde and Bodelschwingh",
        "Westerfilder Straße 23, Dortmund",
        "Büro des Quartiersmanagements seit Mai 2017.",
        "Office of the neighbourhood management since May 2017.",
        "2017-05",
        "Heimatverein Bodelschwingh und Westerfilde: Monatstreffen Mai 2019",
        "https://heimatverein-bodelschwingh-westerfil.de/monatstreffen-mai-2019",
        *("seit Mai 2017", "since May 2017"),
    ),
    Contact(
        "nette_mittendrin",
        "AR13",
        "Beratungsstelle „MITTENDRIN“ in Nette",
        "“MITTENDRIN” advice point in Nette",
        "Butzstraße 48, Dortmund",
        "Sozialamt, Jobcenter und Familienbüro beraten gemeinsam an einem Ort.",
        "The social welfare office, the job centre and the family office advise together in "
        "one place.",
        "undated",
        "Stadt Dortmund – Aktionsplan Soziale Stadt: Nette",
        AQ + "nette/",
        *CURRENT,
    ),
)

EVENTS: tuple[Event, ...] = (
    Event(
        "start_2008",
        "2008",
        ORIGINAL_13,
        "start",
        "Start des Aktionsplans mit 13 Aktionsräumen: Grundlage ist der Bericht zur sozialen "
        "Lage 2007, nach dem die soziale Lage in 13 Sozialräumen unter dem Durchschnitt der "
        "Stadt lag.",
        "The action plan starts with 13 action areas, based on the 2007 social report, which "
        "found the social situation in 13 areas below the city average.",
        "Stadt Dortmund, Aktionsplan Soziale Stadt (Startseite)",
        START_URL,
    ),
    Event(
        "office_2009",
        "2009",
        "",
        "office",
        "Das Projektbüro Aktionsplan wird eingerichtet; seit Januar 2016 gehört es zum "
        "Dezernat 5 (Arbeit, Gesundheit, Soziales, Sport und Freizeit).",
        "The action plan's project office is set up; since January 2016 it has been part of "
        "Department 5 (labour, health, social affairs, sport and leisure).",
        "Stadt Dortmund, Projektbüro Aktionsplan",
        PROJEKTBUERO_URL,
    ),
    Event(
        "announce_2019",
        "2019-04-10",
        "AR05;AR11",
        "process",
        "Mit dem neuen Bericht zur sozialen Lage kündigt die Stadt an, Dorstfeld und "
        "Bövinghausen/Westrich in den Aktionsplan aufzunehmen.",
        "With the new social report the city announces that Dorstfeld and "
        "Bövinghausen/Westrich will join the action plan.",
        "Halterner Zeitung, 10.04.2019",
        HALTERN_URL,
    ),
    Event(
        "decision_2020",
        "2020-12-22",
        "AR05;AR11;EX01;EX02;AQ01;AQ02",
        "decision",
        "Der Verwaltungsvorstand beschließt Änderungen in vier Räumen: Dorstfeld und "
        "Bövinghausen/Westrich werden Aktionsräume; von Alt-Scharnhorst und Wickede bleiben "
        "nur die Aktionsquartiere Wambeler Heide und Meylantviertel.",
        "The city's executive board decides changes in four areas: Dorstfeld and "
        "Bövinghausen/Westrich become action areas; of Alt-Scharnhorst and Wickede only the "
        "Aktionsquartiere Wambeler Heide and Meylantviertel remain.",
        "Stadt Dortmund, Pressemitteilung vom 22.12.2020",
        NEWS_2020_URL,
    ),
    Event(
        "asag_2021",
        "2021-04-13",
        "AR05;AR11;EX01;EX02;AQ01;AQ02",
        "decision",
        "Der Ausschuss für Soziales, Arbeit und Gesundheit beschließt die Weiterentwicklung "
        "auf Grundlage des Sozialberichts 2018 (Drucksache 19100-20), mit den neuen Räumen.",
        "The committee for social affairs, labour and health adopts the further development "
        "based on the 2018 social report (document 19100-20), with the new spaces.",
        ASAG,
        "",
        *("", ""),
        *NO_LINK,
    ),
    Event(
        "sondierung_2021",
        "2021",
        "",
        "process",
        "Sondierungsgespräche mit Akteuren vor Ort in fast allen Räumen: Bei ähnlichen Daten "
        "unterscheiden sich Bedarfe, Voraussetzungen und Erwartungen von Raum zu Raum.",
        "Exploratory talks with local actors in almost all spaces: with similar data, the "
        "needs, conditions and expectations differ from space to space.",
        ASAG,
        "",
        *("", ""),
        *NO_LINK,
    ),
    Event(
        "programmes_2022",
        "2022",
        "",
        "process",
        "Geplant laut Stand Dezember 2021: Akteursgespräche vor Ort in allen Räumen und für "
        "jeden Raum ein Aktionsprogramm als Grundlage der Arbeit. Veröffentlichte "
        "Aktionsprogramme sind dem Projekt nicht bekannt.",
        "Planned as of December 2021: talks with local actors in all spaces and an action "
        "programme for each space as the basis of the work. The project knows of no published "
        "action programme.",
        ASAG,
        "",
        *("Plan, Stand 07.12.2021", "plan as of 7 Dec 2021"),
        *NO_LINK,
    ),
    Event(
        "brochure_2022",
        "2022-03",
        "",
        "process",
        "Die Broschüre „Nachbarschaft und Zusammenhalt vor Ort“ stellt Projekte aus den "
        "Räumen vor (Namen der Projekte, keine Beträge).",
        "The brochure “Nachbarschaft und Zusammenhalt vor Ort” presents projects from the "
        "spaces (project names, no amounts).",
        "Broschüre „Aktionsplan Soziale Stadt Dortmund – Nachbarschaft und Zusammenhalt vor "
        "Ort“ (Kopie bei readkong)",
        BROCHURE_URL,
    ),
)
