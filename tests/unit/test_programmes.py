"""The Aktionsprogramm model: small hand-made tables with known answers, and the rules the
loader enforces on the programme tables of data/."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pandas as pd
import pytest

from dashboard.data.bundle import load_bundle
from dashboard.data.errors import DataError
from dashboard.data.programme_tables import (
    ENTRIES,
    MEASURES,
    STEPS_SCHEMA,
    check_programme_rules,
    check_programme_spaces,
)
from dashboard.data.programmes import Programmes, programme_for

TODAY = dt.date(2026, 11, 25)


def _name(file: str) -> str:
    return f"data/{file}"


def _table(schema, rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=list(schema.columns), dtype=object)
    if "year" in df.columns:
        df["year"] = pd.array(df["year"], dtype="Int64")
        df["amount_eur"] = pd.to_numeric(df["amount_eur"])
    return df


def _entry(space="AR01", section="need", field="arbeit", status="draft", as_of="2022-06-30"):
    return {
        "space_id": space,
        "section": section,
        "handlungsfeld": field,
        "text_de": "Eintrag",
        "text_en": None,
        "source": "Protokoll",
        "approved_by": None,
        "as_of": as_of,
        "status": status,
        "import_id": "abc",
    }


def _step(space="AR01", step="sondierung", date="2021-05-10"):
    return {
        "space_id": space,
        "step": step,
        "date": date,
        "note_de": None,
        "note_en": None,
        "source": "Protokoll",
        "import_id": "abc",
    }


def _measure(space="AR01", year=2023, amount=None, status="planned"):
    return {
        "space_id": space,
        "title_de": "Maßnahme",
        "title_en": None,
        "handlungsfeld": "kinder",
        "year": year,
        "amount_eur": amount,
        "funding_programme": None,
        "status": status,
        "note_de": None,
        "note_en": None,
        "source": "Liste",
        "import_id": "abc",
    }


def _programmes(entries=(), steps=(), measures=()) -> Programmes:
    return Programmes(
        _table(ENTRIES, list(entries)),
        _table(STEPS_SCHEMA, list(steps)),
        _table(MEASURES, list(measures)),
    )


SPACES = pd.DataFrame(
    {
        "space_id": ["AR01", "AR02", "EX01"],
        "status": ["current", "current", "former"],
    }
)


def _bundle(p: Programmes):
    return SimpleNamespace(spaces=SPACES, programmes=p)


def test_empty_programme_says_every_part_is_missing():
    programme = programme_for(_bundle(Programmes.empty()), "AR01")
    c = programme.completeness()
    assert programme.is_empty and c.is_empty
    assert [p.key for p in c.missing] == [
        "need:arbeit",
        "need:kinder",
        "need:zusammenhalt",
        "potential",
        "prerequisite",
        "requirement",
        "step:sondierung",
        "step:akteursgespraech",
        "step:programme_adopted",
        "measures",
    ]
    assert programme.adopted_on is None
    assert c.part("need:kinder").label("de") == (
        "Bedarfe: Eltern und Kinder stärken – Kinderarmut bekämpfen"
    )
    assert c.part("measures").label("en") == "Measures and projects"


def test_completeness_counts_per_section_field_and_step():
    p = _programmes(
        entries=[
            _entry(status="adopted"),
            _entry(status="draft"),
            _entry(field="kinder"),
            _entry(section="potential", field="none"),
            _entry(space="AR02", field="zusammenhalt"),
        ],
        steps=[
            _step(date="2021-09-01"),
            _step(date="2021-05-10"),
            _step(step="programme_adopted", date="2022-11-30"),
            _step(space="AR02", step="akteursgespraech", date="2022-02-01"),
        ],
        measures=[_measure(amount=4000.0), _measure(space="AR02")],
    )
    programme = programme_for(_bundle(p), "AR01")
    c = programme.completeness()
    arbeit = c.part("need:arbeit")
    assert (arbeit.count, arbeit.adopted, arbeit.filled) == (2, 1, True)
    assert c.part("need:kinder").count == 1
    assert not c.part("need:zusammenhalt").filled  # AR02's need is not AR01's
    assert c.part("potential").count == 1
    assert c.part("step:sondierung").date == "2021-05-10"  # the earliest talk
    assert c.part("step:sondierung").count == 2
    assert not c.part("step:akteursgespraech").filled
    assert programme.adopted_on == "2022-11-30"
    assert c.part("measures").count == 1
    assert [x.key for x in c.missing] == [
        "need:zusammenhalt",
        "prerequisite",
        "requirement",
        "step:akteursgespraech",
    ]
    assert len(c.filled) == 6
    assert len(programme.section("need")) == 3
    assert len(programme.section("need", "arbeit")) == 2


def test_unknown_amount_stays_unknown():
    p = _programmes(measures=[_measure(amount=None), _measure(amount=0.0)])
    measures = programme_for(_bundle(p), "AR01").measures
    assert measures.amount_eur.isna().tolist() == [True, False]
    assert measures.amount_eur.sum() == 0  # the known zero; the unknown one is not counted


@pytest.mark.parametrize("space", ["EX01", "AR99"])
def test_programme_for_a_former_or_unknown_space_is_a_key_error(space):
    with pytest.raises(KeyError):
        programme_for(_bundle(Programmes.empty()), space)


@pytest.mark.parametrize(
    ("programmes", "message"),
    [
        (
            _programmes(entries=[_entry(), _entry(as_of="2026-11-26")]),
            "data/programme_entries.csv, line 3, column 'as_of': expected a date not after "
            "today (2026-11-25), found '2026-11-26'",
        ),
        (
            _programmes(steps=[_step(date="2022-02-30")]),
            "data/programme_steps.csv, line 2, column 'date': expected a real date YYYY-MM-DD, "
            "found '2022-02-30'",
        ),
        (
            _programmes(entries=[_entry(field="none")]),
            "data/programme_entries.csv, line 2, column 'handlungsfeld': expected a need in one "
            "of the Handlungsfelder ['arbeit', 'kinder', 'zusammenhalt'], found 'none'",
        ),
        (
            _programmes(
                steps=[
                    _step(step="programme_adopted"),
                    _step(space="AR02", step="programme_adopted"),
                    _step(step="programme_adopted", date="2023-01-01"),
                ]
            ),
            "data/programme_steps.csv, line 4, column 'step': expected at most one step "
            "programme_adopted per space (later changes are step update), found 'AR01'",
        ),
        (
            _programmes(measures=[_measure(year=2026, status="completed"), _measure(2027)]),
            None,
        ),
        (
            _programmes(measures=[_measure(year=2027, status="completed")]),
            "data/programme_measures.csv, line 2, column 'year': expected a completed measure "
            "in 2026 or earlier, found 2027",
        ),
    ],
)
def test_rules_within_the_tables(programmes, message):
    if message is None:
        check_programme_rules(programmes, _name, TODAY)
        return
    with pytest.raises(DataError) as exc:
        check_programme_rules(programmes, _name, TODAY)
    assert str(exc.value) == message


def test_programme_of_a_former_space_is_refused():
    p = _programmes(measures=[_measure(), _measure(space="EX01")])
    with pytest.raises(DataError) as exc:
        check_programme_spaces(p, SPACES, _name)
    assert str(exc.value) == (
        "data/programme_measures.csv, line 3, column 'space_id': expected a current space of "
        "spaces.csv, found 'EX01'"
    )


def test_committed_programme_tables_are_empty_and_load(bundle):
    p = bundle.programmes
    assert p.entries.empty and p.steps.empty and p.measures.empty
    assert list(p.measures.columns) == list(MEASURES.columns)
    for space in bundle.current_spaces.space_id:
        assert programme_for(bundle, space).completeness().is_empty


def test_loader_names_a_bad_row_in_a_programme_table(data_copy):
    path = data_copy / "programme_measures.csv"
    path.write_text(
        path.read_text(encoding="utf-8") + "AR01,Maßnahme,,kinder,2023,viel,,planned,,,Liste,abc\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as exc:
        load_bundle(data_copy)
    assert "programme_measures.csv, line 2, column 'amount_eur'" in str(exc.value)
    assert "'viel'" in str(exc.value)


def test_loader_refuses_a_programme_of_an_unknown_space(data_copy):
    path = data_copy / "programme_steps.csv"
    path.write_text(
        path.read_text(encoding="utf-8") + "AR14,sondierung,2021-05-10,,,Protokoll,abc\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as exc:
        load_bundle(data_copy)
    assert str(exc.value) == (
        "data/programme_steps.csv, line 2, column 'space_id': expected a current space of "
        "spaces.csv, found 'AR14'"
    )
