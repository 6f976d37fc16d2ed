"""The public facts per space, contacts, history and money: real values from data/, the
curation kept in step with the research table, and bad input stopped with a clear message."""

from __future__ import annotations

import csv
import json
import re
import shutil

import pandas as pd
import pytest

from dashboard.data.bundle import load_bundle
from dashboard.data.errors import DataError
from dashboard.data.space_facts import contacts_for, facts_for, history_for
from dashboard.data.space_money import city_totals, money_for
from dashboard.pipeline.__main__ import main
from dashboard.pipeline.space_facts_spec import EXCLUDED, RAW_COLUMNS, load_facts, row_key
from tests.conftest import tree_digest

SPACE_FACTS = "derived/space_facts.csv"
NORD = ["AR01", "AR02", "AR03"]


def test_nordstadt_amounts_are_one_shared_fact_never_per_space(bundle):
    facts = bundle.space_facts
    pitches = facts[facts.value == 450000]
    assert len(pitches) == 1
    fact = pitches.iloc[0]
    assert fact.space_ids == "AR01;AR02;AR03" and fact.scope == "together"
    assert int(fact.year) == 2021
    for space in NORD:
        mine = facts_for(bundle, space)
        row = mine[mine.fact_id == fact.fact_id].iloc[0]
        assert row.shared_with == ";".join(s for s in NORD if s != space)
    pop = bundle.space_population
    assert len(pop[pop.population == 60000]) == 1
    assert pop[pop.population == 60000].space_ids.iloc[0] == "AR01;AR02;AR03"


def test_money_for_hoerde_has_the_2017_funding_and_no_invented_per_resident(bundle):
    money = money_for(bundle, "AR09")
    row = money[(money.amount_eur == 4350000) & (money.year == 2017)]
    assert len(row) == 1
    assert row.iloc[0].scope == "programme_area" and row.iloc[0].shared_with == ""
    assert pd.isna(row.iloc[0].per_resident)  # Hörde's population is undated: not comparable
    assert "comparable year" in row.iloc[0].per_resident_note_en
    assert len(money[money.amount_eur == 1848000]) == 1  # 2021 once, not twice (fact + funding)


def test_money_for_westerfilde_per_resident_names_its_population(bundle):
    money = money_for(bundle, "AR12")
    row = money[(money.amount_eur == 680000) & (money.year == 2017)].iloc[0]
    assert row.per_resident == pytest.approx(680000 / 14000, abs=0.01)
    assert int(row.per_resident_population) == 14000 and int(row.per_resident_year) == 2017
    assert "14000" in row.per_resident_note_de and "2017" in row.per_resident_note_en
    assert "boundary may differ" in row.per_resident_note_en
    plan = money[money.amount_eur == 11000000].iloc[0]  # planned over 2015–2025
    assert pd.isna(plan.per_resident) and "several years" in plan.per_resident_note_en


def test_shared_amounts_have_no_per_resident_value(bundle):
    for space in NORD:
        money = money_for(bundle, space)
        assert not money.empty and (money.shared_with != "").all()
        assert money.per_resident.isna().all()
        assert "several spaces" in money.per_resident_note_en.iloc[0]


def test_city_totals_are_shown_whole_and_never_in_a_space(bundle):
    totals = city_totals(bundle).set_index("key")
    assert totals.at["project_funds_per_year", "value"] == 226000
    assert totals.at["aktionsraumfonds_per_area", "value"] == 5000
    assert totals.at["aktionsraumbeauftragte", "value"] == 5
    assert int(totals.at["aktionsraumbeauftragte", "year"]) == 2021
    assert totals.at["projektbuero_staff", "value"] == 3
    assert totals.note_en.str.contains("not divided|not published").all()
    for space in bundle.current_spaces.space_id:
        amounts = set(money_for(bundle, space).amount_eur.dropna())
        assert not amounts & {226000, 230000, 5000}, space


def test_every_fact_has_a_link_and_a_date_or_says_undated(bundle):
    facts = bundle.space_facts
    assert len(facts) >= 150
    assert facts.source_url.str.startswith("http").all()
    assert (facts.undated == facts.year.isna()).all()
    undated = facts[facts.undated]
    assert undated.date_note_de.notna().all() and undated.date_note_en.notna().all()
    for df in (bundle.contacts, bundle.history):
        assert (df.source_url.notna() | df.source_note_de.notna()).all()
        assert (df.undated == df.year.isna()).all()


def test_every_space_has_facts_contacts_and_history(bundle):
    for space in bundle.current_spaces.space_id:
        assert len(facts_for(bundle, space)) >= 5, space
        assert contacts_for(bundle, space).city_wide.any(), space
        assert len(history_for(bundle, space)) >= 4, space
    assert facts_for(bundle, "XX99").empty


def test_history_tells_the_2020_change_with_the_former_spaces(bundle):
    hist = history_for(bundle, "EX01")
    decision = hist[hist.date == "2020-12-22"].iloc[0]
    assert set(decision.space_ids.split(";")) >= {"EX01", "EX02", "AQ01", "AQ02", "AR05", "AR11"}
    start = bundle.history[bundle.history.event_id == "start_2008"].iloc[0]
    assert len(start.space_ids.split(";")) == 13
    asag = bundle.history[bundle.history.date == "2021-04-13"].iloc[0]
    assert "19100-20" in asag.text_de and pd.isna(asag.source_url) and asag.source_note_en


def test_contacts_give_the_project_office_and_the_shared_office(bundle):
    office = contacts_for(bundle, "AR01")
    assert "Märkische Straße 24-26, 44141 Dortmund" in set(office.address)
    shared = contacts_for(bundle, "AQ02")
    row = shared[shared.contact_id == "scharnhorst_office"].iloc[0]
    assert row.address.startswith("Gleiwitzstraße 277") and row.shared_with == "AR08;AQ01"


def test_no_names_phone_numbers_or_mail_addresses_in_the_new_tables(bundle):
    names = re.compile(r"Roßbach|Gorecki|Vural|Kampmann|Zoerner|@|\b0\d{3,4}[ /-]?\d{4,}\b")
    for df in (bundle.space_facts, bundle.contacts, bundle.history):
        text = df.drop(columns=[c for c in df.columns if c.endswith("url")]).astype(str)
        assert not text.apply(lambda c: c.str.contains(names)).any().any()


def test_every_curated_fact_matches_its_raw_rows(raw_dir):
    with (raw_dir / SPACE_FACTS).open(encoding="utf-8", newline="") as f:
        raw = {row_key(r): r for r in csv.DictReader(f)}
    facts = load_facts()
    for fact in facts:
        rows = [raw[k] for k in fact.rows]
        assert sorted({r["space_id"] for r in rows}) == sorted(fact.spaces.split(";"))
        assert fact.de != rows[0]["text_de"] and fact.en != rows[0]["text_en"]  # own words
    curated = {k for f in facts for k in f.rows}
    rest = {k for k, r in raw.items() if r["kind"] != "population"} - curated
    assert rest == set(EXCLUDED)
    assert list(next(iter(raw.values()))) == RAW_COLUMNS


def test_contact_and_history_links_come_from_the_research_tables(raw_dir, bundle):
    known = set()
    for rel in (SPACE_FACTS, "derived/funding_facts.csv"):
        with (raw_dir / rel).open(encoding="utf-8", newline="") as f:
            known |= {r["source_url"] for r in csv.DictReader(f)}
    for df in (bundle.contacts, bundle.history):
        links = set(df.source_url.dropna())
        assert links <= known | set(bundle.funding.source_url), links - known


# --- bad input ---------------------------------------------------------------------------


@pytest.fixture
def raw_copy(raw_dir, tmp_path):
    target = tmp_path / "raw"
    shutil.copytree(raw_dir, target)
    for path in target.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    return target


def _replace(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_changed_raw_row_stops_the_build_naming_the_fact_and_the_line(
    raw_copy, data_copy, capsys
):
    _replace(raw_copy / SPACE_FACTS, "Butzstraße 48", "Butzstraße 50")
    before = tree_digest(data_copy)
    assert main(["build", "--raw", str(raw_copy), "--out", str(data_copy)]) == 1
    assert tree_digest(data_copy) == before
    err = capsys.readouterr().err
    assert "space_facts_west.toml" in err and "fact " in err and "column 'rows'" in err
    assert "uncurated line" in err


def test_an_uncurated_raw_row_is_listed_not_published(raw_copy, data_copy):
    with (raw_copy / SPACE_FACTS).open("a", encoding="utf-8") as f:
        f.write("AR10,project,kinder,Neu,New,,,2025,Titel,https://example.org/neu,read\n")
    assert main(["build", "--raw", str(raw_copy), "--out", str(data_copy)]) == 0
    report = json.loads((data_copy / "sources.json").read_text(encoding="utf-8"))["space_facts"]
    assert [r["space_id"] for r in report["not_curated"]] == ["AR10"]
    assert "example.org" not in (data_copy / "space_facts.csv").read_text(encoding="utf-8")
    assert "not yet curated" in (data_copy / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "expect"),
    [
        ("space_facts.csv", "F835c7d84,AR13,", "F835c7d84,AR99,", "column 'space_ids'"),
        ("space_facts.csv", "F835c7d84,AR13,space,", "F835c7d84,AR13,city,", "column 'scope'"),
        ("history.csv", ",https://www.halternerzeitung.de/", ",x", "column 'source_url'"),
        (
            "history.csv",
            ",https://www.halternerzeitung.de/dortmund/stadt-dortmund-will-neue-"
            "sozialprojekte-in-dorstfeld-und-boevinghausenwestrich-anstossen-1394908.html,",
            ",,",
            "why there is none",
        ),
    ],
)
def test_the_app_loader_rejects_broken_fact_tables(data_copy, file, old, new, expect):
    _replace(data_copy / file, old, new)
    with pytest.raises(DataError) as info:
        load_bundle(data_copy)
    assert file in str(info.value) and expect in str(info.value), str(info.value)
