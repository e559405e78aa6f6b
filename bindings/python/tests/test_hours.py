"""Opening hours and distances through the Python package: the same answers as the core."""

from __future__ import annotations

import pytest

import wegweiser


@pytest.fixture(scope="module")
def sample() -> wegweiser.Directory:
    return wegweiser.Directory.sample()


def test_services_open_at_and_near(sample: wegweiser.Directory) -> None:
    monday = [s.id for s in sample.services(open_at="2026-12-07T10:00")]
    assert "mbe-forst" in monday and "integration-course-forst" not in monday
    christmas_break = [s.id for s in sample.services(open_at="2026-12-28T10:00")]
    assert "mbe-forst" not in christmas_break and "citizens-office-forst" in christmas_break
    assert sample.services(open_at="2026-12-25T10:00") == []
    near = sample.services(near="Grodk", within_km=10)
    distances = [s["distance_km"] for s in near]
    assert near and distances == sorted(distances) and max(distances) <= 10
    assert not any("forst" in s.id or "guben" in s.id for s in near)
    # Every service carries its state at `open_at`.
    assert all(s["hours_now"]["state"] == "open" for s in sample.services(open_at="2026-12-07T10:00"))


def test_search_near_a_point_carries_distances(sample: wegweiser.Directory) -> None:
    results = sample.search("Beratung", near="51.5717,14.3794", lang="de", limit=5)
    assert results.hits and results.hits[0].distance_km is not None
    assert results.hits[0].distance is not None and results.hits[0].distance.endswith("m")
    plain = sample.search("Beratung", lang="de", limit=1)
    assert plain.hits[0].distance_km is None
    opened = sample.search("", open_at="2026-12-08T14:00", limit=200)
    assert "immigration-office-forst" not in [h.id for h in opened.hits]


def test_hours_now_and_week(sample: wegweiser.Directory) -> None:
    state = sample.hours_now("mbe-forst", at="2027-05-17T10:00", lang="de")
    assert state["state"] == "closed"
    assert state["text"] == "Heute geschlossen (Pfingstmontag) · öffnet Mittwoch um 09:00 Uhr"
    assert state["reason"] == "whit-monday"
    assert sample.hours_now("mbe-forst", lang="en")["locale"] == "en"  # now: any state
    week = sample.week("mbe-forst", start="2026-12-21", lang="de")
    assert [d["date"] for d in week][0] == "2026-12-21" and len(week) == 7
    assert week[4]["holiday"] == "christmas-day" and week[4]["closure"] == "christmas-2026"
    assert week[0]["hours"] == "09:00–12:00 Uhr, 13:00–15:00 Uhr"


def test_bad_times_and_places_are_python_errors(sample: wegweiser.Directory) -> None:
    with pytest.raises(wegweiser.WegweiserError, match="2026-12-24T10:00"):
        sample.services(open_at="tomorrow")
    with pytest.raises(wegweiser.WegweiserError, match="Atlantis"):
        sample.search("x", near="Atlantis")
    with pytest.raises(wegweiser.WegweiserError, match="needs near"):
        sample.services(within_km=5)
    with pytest.raises(wegweiser.WegweiserError, match="YYYY-MM-DD"):
        sample.week("mbe-forst", start="21.12.2026")


def test_to_pandas_has_open_at_columns(sample: wegweiser.Directory) -> None:
    pandas = pytest.importorskip("pandas")
    frame = sample.to_pandas("services", lang="de", open_at="2026-12-07T12:30", near="Grodk")
    assert len(frame) == len(sample.services())
    assert isinstance(frame, pandas.DataFrame)
    row = frame.set_index("id").loc["mbe-forst"]
    assert row["open_at_state"] == "closed"
    assert row["open_at_text"] == "Jetzt geschlossen · öffnet heute um 13:00 Uhr"
    assert row["open_at_next_opening"] == "2026-12-07T13:00:00+01:00"
    placed = frame["distance_km"].dropna().tolist()
    assert placed == sorted(placed)
