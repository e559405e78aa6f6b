"""The Python package against the built native module."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest

import wegweiser

ROOT = Path(__file__).resolve().parents[3]
MINIMAL = ROOT / "crates/wegweiser/tests/fixtures/minimal"


@pytest.fixture(scope="module")
def sample() -> wegweiser.Directory:
    return wegweiser.Directory.sample()


def test_sample_metadata_and_locales(sample: wegweiser.Directory) -> None:
    assert sample.metadata["id"] == "spree-neisse"
    assert sample.metadata["demo"] is True
    assert {"de", "dsb", "ar", "uk", "fa"} <= set(sample.locales)
    assert sample.source_locale == "de"


def test_load_reads_a_folder() -> None:
    directory = wegweiser.Directory.load(str(MINIMAL))
    names = [s.name.text for s in directory.services(lang="en") if s.name]
    assert names == ["Language and integration course in Forst", "Integration course in Peitz"]


def test_from_json_round_trips(sample: wegweiser.Directory) -> None:
    copy = wegweiser.Directory.from_json(sample.to_json(include_internal=True))
    assert copy.metadata == sample.metadata
    assert len(copy.services()) == len(sample.services())


def test_services_with_filters_and_fallback(sample: wegweiser.Directory) -> None:
    in_spremberg = sample.services(lang="dsb", municipality="Grodk")
    assert in_spremberg and all(s.kind == "service" for s in in_spremberg)
    arabic = sample.services(lang="ar", field="education", offered_in="ar")
    assert arabic
    for service in arabic:
        assert "education" in service["fields"] and "ar" in service.languages
        assert service.name is not None and service.name.locale == "ar"
    polish = sample.services(lang="pl")[0]
    assert polish.name is not None
    assert (polish.name.locale, polish.name.fallback) == ("de", True)


def test_every_listing(sample: wegweiser.Directory) -> None:
    assert len(sample.fields_of_action()) == 9
    assert len(sample.measures(field="education")) >= 3
    assert sample.organizations(municipality="Forst")
    public = sample.contacts()
    assert len(sample.contacts(include_internal=True)) > len(public)
    peitz = sample.municipalities(lang="dsb", municipality="Amt Peitz")
    names = {m.name.text for m in peitz if m.name}
    assert "Picnjo" in names


def test_get_and_to_dict(sample: wegweiser.Directory) -> None:
    item = sample.get("mbe-forst", lang="uk")
    assert item.kind == "service" and item.id == "mbe-forst"
    assert item.provider == item["provider"]
    with pytest.raises(AttributeError, match="no field 'colour'"):
        item.colour
    assert item.text("description") is not None
    as_dict = item.to_dict()
    assert as_dict["texts"]["name"]["locale"] == "uk"
    json.dumps(as_dict)  # plain data all the way down
    with pytest.raises(wegweiser.WegweiserError, match="did you mean `mbe-forst`"):
        sample.get("mbe-frost")


def test_search(sample: wegweiser.Directory) -> None:
    sample.prepare_search()  # builds the index ahead of the first query
    results = sample.search("دورة لغة", lang="ar", limit=3)
    assert results.total >= 3 and len(results.hits) == 3
    hit = results.hits[0]
    assert hit.title_locale == "ar"
    for h in hit.highlights:
        assert 0 <= h["start"] < h["end"] <= len(hit.snippet)
    filtered = sample.search("Beratung", kind="service", municipality="Baršć")
    assert filtered.facets["kind"] == {"service": filtered.total}
    hostile = sample.search('((( "AND <script>')  # just text: no exception, no markup
    assert all("<" not in h.title for h in hostile.hits)


def test_hits_are_plain_frozen_dataclasses(sample: wegweiser.Directory) -> None:
    import dataclasses

    results = sample.search("Sprachkurs", lang="de")
    hit = results.hits[0]
    assert isinstance(hit, wegweiser.Hit)
    fields = dataclasses.asdict(hit)
    assert set(fields) == {f.name for f in dataclasses.fields(wegweiser.Hit)}
    assert wegweiser.Hit(**fields) == hit
    assert hit.highlights and set(hit.highlights[0]) == {"start", "end"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        hit.title = "changed"  # type: ignore[misc]
    assert set(results.facets) == {"kind", "field", "municipality", "offered_in", "target_group", "free"}
    assert results.facets["kind"]["service"] >= 1


def test_search_takes_every_field_of_the_request(sample: wegweiser.Directory) -> None:
    everything = sample.search("", kind=["service"], limit=200)
    free = sample.search("", kind="service", free=True, limit=200)
    assert 0 < free.total < everything.total
    assert free.facets["free"] == {"yes": free.total}
    refugees = sample.search("", target_group="refugees", limit=200)
    assert 0 < refugees.total < everything.total
    first, second = sample.search("", limit=5), sample.search("", limit=5, offset=5)
    assert [h.id for h in first.hits] != [h.id for h in second.hits]
    assert sample.search("", limit=10).hits[5].id == second.hits[0].id
    # Locales best first: Polish falls back to German per text, Arabic is complete.
    assert sample.search("Kurs", lang=["fa-AF", "de"]).locale == "fa"
    with pytest.raises(wegweiser.WegweiserError, match="target group"):
        sample.search("", target_group="nobody")
    with pytest.raises(wegweiser.WegweiserError, match="unknown kind `spaceship`: expected one of"):
        sample.search("", kind="spaceship")
    # Positional arguments keep their old places (query, lang, kind, field, …, limit).
    assert len(sample.search("Kurs", "de", "service", None, None, None, 3).hits) == 3


def test_validate_and_l10n_status(sample: wegweiser.Directory) -> None:
    # The sample ships three outdated translations, so that the feature shows.
    warnings = [(p.file, p.line, p.code) for p in sample.validate()]
    assert warnings == [
        (f"locales/{locale}/services.ftl", 116, "outdated-translation")
        for locale in ("ar", "dsb", "uk")
    ]
    status = sample.l10n_status()
    coverage = {l["locale"]: l["coverage"] for l in status["locales"]}
    assert coverage["de"] == 1.0 and coverage["pl"] < 1.0


def test_load_error_carries_every_problem(tmp_path: Path) -> None:
    shutil.copytree(MINIMAL, tmp_path, dirs_exist_ok=True)
    with open(tmp_path / "directory.toml", "a", encoding="utf-8") as toml:
        toml.write('\n[[contacts]]\nid = "x"\nemail = "nope"\n')
    with open(tmp_path / "locales/de/texts.ftl", "a", encoding="utf-8") as ftl:
        ftl.write("contact-x = X\n")
    with pytest.raises(wegweiser.LoadError) as caught:
        wegweiser.Directory.load(str(tmp_path))
    problems = caught.value.problems
    assert [(p.file, p.line, p.column, p.severity, p.code) for p in problems] == [
        ("directory.toml", 111, 9, "error", "invalid-email")
    ]
    assert str(problems[0]).startswith("directory.toml:111:9: error: e-mail `nope`")
    assert [p.code for p in wegweiser.validate_path(str(tmp_path))] == ["invalid-email"]


def test_missing_folder_and_bad_locale() -> None:
    with pytest.raises(wegweiser.LoadError) as caught:
        wegweiser.Directory.load("/no/such/folder")
    assert caught.value.problems == []
    with pytest.raises(wegweiser.LocaleError):
        wegweiser.Directory.sample().services(lang="not a tag")
    # A valid tag the directory lacks falls back to German.
    services = wegweiser.Directory.sample().services(lang="zh")
    assert services[0].name is not None and services[0].name.locale == "de"


def test_threads_share_one_directory(sample: wegweiser.Directory) -> None:
    queries = ["Sprachkurs", "دورة", "мовні курси", "Beratung Forst", "Kita"] * 8
    results: dict[int, int] = {}
    errors: list[BaseException] = []

    def work(i: int, query: str) -> None:
        try:
            results[i] = sample.search(query, limit=5).total
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(i, q)) for i, q in enumerate(queries)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    single = {q: sample.search(q, limit=5).total for q in set(queries)}
    assert all(results[i] == single[q] for i, q in enumerate(queries))


def test_outdated_translations(sample: wegweiser.Directory) -> None:
    text = sample.get("mbe-forst", lang="ar").text("description")
    assert text is not None and text.outdated and text.locale == "ar"
    german = sample.get("mbe-forst", lang="de").text("description")
    assert german is not None and not german.outdated
    pytest.importorskip("pandas")
    per_locale = sample.l10n_status_pandas().set_index("locale")
    assert per_locale.loc["ar", "outdated"] == 1 and per_locale.loc["en", "outdated"] == 0
    per_text = sample.l10n_status_pandas(texts=True)
    outdated = per_text[per_text.status == "outdated"]
    assert sorted(outdated.locale) == ["ar", "dsb", "uk"]
    assert set(outdated.message) == {"service-mbe-forst"}
    assert set(outdated.kind) == {"service"}
    by_kind = per_text.groupby(["locale", "kind"]).size()
    assert by_kind[("de", "service")] > 0
    assert set(outdated.attribute) == {"description"}


def test_to_pandas(sample: wegweiser.Directory) -> None:
    pandas = pytest.importorskip("pandas")
    frame = sample.to_pandas("services", lang="ar")
    assert isinstance(frame, pandas.DataFrame)
    assert len(frame) == len(sample.services())
    assert {"id", "fields", "languages", "name", "name_locale"} <= set(frame.columns)
    assert isinstance(frame.loc[0, "languages"], list)
    assert frame.loc[0, "name_locale"] == "ar"
    # The analyst's question: services per field of action in Guben.
    guben = frame.explode("fields")
    assert guben["fields"].nunique() >= 5


def test_to_pandas_without_pandas_says_how_to_install(
    sample: wegweiser.Directory, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="pip install"):
        sample.to_pandas("services")


def test_the_analysis_example_runs(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    import subprocess
    import sys

    example = ROOT / "examples/python/analysis.py"
    output = subprocess.run(
        [sys.executable, str(example), "--out", str(tmp_path)], capture_output=True, text=True, check=True
    ).stdout
    assert "Services per field of action and municipality" in output
    assert "Translation coverage" in output
    assert (tmp_path / "heatmap.png").stat().st_size > 10_000
    assert (tmp_path / "coverage.png").stat().st_size > 5_000


def test_items_are_typed_per_kind(sample: wegweiser.Directory) -> None:
    service = sample.get("mbe-forst")
    assert isinstance(service, wegweiser.Service)
    assert service.free is True and service.provider and service.languages[0] == "de"
    assert all(isinstance(f, wegweiser.FieldOfAction) for f in sample.fields_of_action())
    assert [f.number for f in sample.fields_of_action()] == list(range(1, 10))
    measure = sample.measures()[0]
    assert isinstance(measure, wegweiser.Measure)
    assert measure.status in {"planned", "in-progress", "ongoing", "done", "dropped"}
    spremberg = sample.get("municipality:spremberg")
    assert isinstance(spremberg, wegweiser.Municipality)
    assert (spremberg.name_de, spremberg.name_dsb, spremberg.municipality_kind) == ("Spremberg", "Grodk", "town")
    contact = sample.contacts()[0]
    assert isinstance(contact, wegweiser.Contact) and contact.visibility == "public"
    assert all(isinstance(o, wegweiser.Organization) for o in sample.organizations())


def test_hsds_export_and_import_round_trip(sample: wegweiser.Directory, tmp_path: Path) -> None:
    out = tmp_path / "hsds"
    assert sample.to_hsds(out, lang="ar", separator=";", bom=False) == []
    services = (out / "services.csv").read_text(encoding="utf-8")
    assert services.startswith("id;organization_id;")
    assert (out / "datapackage.json").is_file() and (out / "translations.csv").is_file()
    back = wegweiser.Directory.from_hsds(out)
    assert back.import_report is not None
    assert back.import_report["imported"]["service"] == len(sample.services())
    assert not [p for p in back.import_report["problems"] if p["severity"] == "error"]
    assert sorted(back.locales) == sorted(sample.locales)
    # Writing again over an earlier export is fine; over anything else only with force.
    sample.to_hsds(out)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(wegweiser.WegweiserError):
        sample.to_hsds(out)
    sample.to_hsds(out, force=True)
    with pytest.raises(ValueError):
        sample.to_hsds(tmp_path / "other", separator="|")


def test_hsds_import_errors_are_exceptions(tmp_path: Path) -> None:
    with pytest.raises(wegweiser.WegweiserError):
        wegweiser.Directory.from_hsds(tmp_path / "missing.json")
    (tmp_path / "services.json").write_text("[{", encoding="utf-8")
    with pytest.raises(wegweiser.LoadError) as raised:
        wegweiser.Directory.from_hsds(tmp_path / "services.json")
    assert raised.value.problems


def test_load_opens_a_saved_search_index(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "examples" / "spree-neisse", folder)
    cache = tmp_path / "cache"
    built = wegweiser.Directory.load(folder)
    assert built.index_origin is None
    expected = built.search("Sprachkurs Grodk", lang="de")
    entry = built.write_index_cache(cache)
    assert entry.parent == cache and entry.name.startswith("index-spree-neisse-")
    assert built.index_origin == "built"

    reopened = wegweiser.Directory.load(folder, index_cache=cache)
    assert reopened.search("Sprachkurs Grodk", lang="de") == expected
    assert reopened.index_origin == "cached"

    # Changed data: the saved index is not for it, and searching builds one.
    toml = folder / "directory.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    edited = wegweiser.Directory.load(folder, index_cache=cache)
    edited.search("Sprachkurs", lang="de")
    assert edited.index_origin == "built"
