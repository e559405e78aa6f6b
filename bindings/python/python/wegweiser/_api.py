"""Typed Python objects over the native module. Conversion only: every answer is computed
in Rust (the `wegweiser` crate); results arrive as JSON (search results as Python dicts)
and become these objects."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Union

from wegweiser import _frames, _wegweiser
from wegweiser._items import (
    Contact,
    FieldOfAction,
    Item,
    LocalizedText,
    Measure,
    Municipality,
    Organization,
    Service,
)

__all__ = [
    "Contact",
    "Directory",
    "FieldOfAction",
    "Hit",
    "Item",
    "LocalizedText",
    "Measure",
    "Municipality",
    "Organization",
    "SearchResults",
    "Service",
]

def _as_list(value: Union[str, Sequence[str], None]) -> List[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return list(value)


@dataclass(frozen=True)
class Hit:
    kind: str
    id: str
    title: str
    title_locale: str
    snippet: str
    snippet_locale: str
    highlights: List[Dict[str, int]]
    title_highlights: List[Dict[str, int]]
    score: float
    #: With `near`: kilometres to the hit's nearest place, and as the reader reads it.
    distance_km: Optional[float] = None
    distance: Optional[str] = None


def _hit(fields: Dict[str, Any]) -> Hit:
    # The same object `Hit(**fields)` makes, without the frozen dataclass's per-field
    # `object.__setattr__`: a sixth of a search call's cost in Python.
    hit: Hit = object.__new__(Hit)
    hit.__dict__.update(fields)
    return hit


def _results(fields: Dict[str, Any]) -> "SearchResults":
    # As `_hit`: the frozen dataclass without its per-field `object.__setattr__`.
    results: SearchResults = object.__new__(SearchResults)
    results.__dict__.update(fields)
    return results


@dataclass(frozen=True)
class SearchResults:
    total: int
    hits: List[Hit]
    facets: Dict[str, Dict[str, int]]
    locale: str
    relaxed: bool


class Directory:
    """A directory of integration services. Load one with `Directory.load(path)`,
    `Directory.from_json(text)`, `Directory.from_hsds(path)` or `Directory.sample()`.
    Safe to share between threads."""

    def __init__(
        self, native: _wegweiser.Directory, import_report: Optional[Dict[str, Any]] = None
    ) -> None:
        self._native = native
        #: For a directory read by `from_hsds`: what was imported, what was skipped and
        #: every HSDS field that has no place in wegweiser (`import-report.json`).
        self.import_report = import_report

    @staticmethod
    def from_hsds(
        path: Union[str, "os.PathLike[str]"], source_locale: str = "de", id: Optional[str] = None
    ) -> "Directory":
        """Reads an Open Referral HSDS 3.0 JSON file or tabular (CSV) folder, with its
        translations extension; `import_report` says what had no place."""
        native, report = _wegweiser.Directory._from_hsds(path, source_locale, id)
        return Directory(native, json.loads(report))

    def to_hsds(
        self,
        path: Union[str, "os.PathLike[str]"],
        lang: Optional[str] = None,
        separator: str = ",",
        bom: bool = True,
        force: bool = False,
    ) -> List[str]:
        """Writes the public view as HSDS 3.0 into the folder `path`: services.json, one
        CSV per table, datapackage.json and the translations of every text. Text fields
        are in `lang` (default: the source locale). Returns why the export is not valid
        HSDS (a required field the data lacks), if it is not."""
        return self._native.to_hsds(path, lang, separator, bom, force)

    @staticmethod
    def load(path: Union[str, "os.PathLike[str]"],
             index_cache: Union[str, "os.PathLike[str]", None] = None) -> "Directory":
        """Reads and validates a directory folder. With `index_cache` (a folder), searches
        open the search index saved there for this data by `wegweiser index` or
        `write_index_cache`, instead of building it; a missing or broken one is built."""
        return Directory(_wegweiser.Directory.load(path, index_cache))

    @staticmethod
    def from_json(text: str) -> "Directory":
        return Directory(_wegweiser.Directory.from_json(text))

    @staticmethod
    def sample() -> "Directory":
        return Directory(_wegweiser.Directory.sample())

    @property
    def locales(self) -> List[str]:
        return self._native.locales

    @property
    def source_locale(self) -> str:
        return self._native.source_locale

    @property
    def metadata(self) -> Dict[str, Any]:
        value: Dict[str, Any] = json.loads(self._native._metadata_json())
        return value

    def _items(self, kind: str, lang: Optional[str], municipality: Optional[str], field: Optional[str],
               offered_in: Optional[str], include_internal: bool = False, open_at: Optional[str] = None,
               near: Optional[str] = None, within_km: Optional[float] = None,
               hours_at: Optional[str] = None) -> List[Any]:
        raw = self._native._items_json(kind, lang, municipality, field, offered_in, include_internal,
                                       open_at, near, within_km, hours_at)
        return [Item._from(v) for v in json.loads(raw)]

    def services(self, lang: Optional[str] = None, municipality: Optional[str] = None,
                 field: Optional[str] = None, offered_in: Optional[str] = None, *,
                 open_at: Optional[str] = None, near: Optional[str] = None,
                 within_km: Optional[float] = None) -> List[Service]:
        """Services matching every filter given. `open_at` keeps those one can walk into
        then (local time of the directory, `2026-12-24T10:00`, or RFC 3339); `near` (a
        municipality by German or Sorbian name, or `"51.57,14.37"`) sorts nearest first
        and sets `distance_km`; `within_km` drops the farther ones. Each service carries
        its state at `open_at` as `hours_now`."""
        return self._items("service", lang, municipality, field, offered_in, False, open_at, near,
                           within_km, open_at)

    def hours_now(self, id: str, at: Optional[str] = None, lang: Optional[str] = None) -> Dict[str, Any]:
        """The state of a service (or `contact:ID`) at `at` (default: now) in `lang`:
        `state` (open, closed, by-appointment, by-arrangement, unknown), `text` ("Jetzt
        geöffnet, bis 16:00 Uhr"), `locale`, and `until`, `next_opening`, `reason` when
        they apply."""
        result: Dict[str, Any] = json.loads(self._native._hours_now_json(id, at, lang))
        return result

    def week(self, id: str, start: Optional[str] = None, lang: Optional[str] = None) -> List[Dict[str, Any]]:
        """Seven days of hours from `start` (`YYYY-MM-DD`, default today), holidays and
        closures marked: `date`, `label`, `hours`, `open`, `holiday`, `closure`."""
        result: List[Dict[str, Any]] = json.loads(self._native._hours_week_json(id, start, lang))
        return result

    def measures(self, lang: Optional[str] = None, municipality: Optional[str] = None,
                 field: Optional[str] = None, offered_in: Optional[str] = None) -> List[Measure]:
        return self._items("measure", lang, municipality, field, offered_in)

    def fields_of_action(self, lang: Optional[str] = None, municipality: Optional[str] = None,
                         field: Optional[str] = None, offered_in: Optional[str] = None) -> List[FieldOfAction]:
        return self._items("field", lang, municipality, field, offered_in)

    def organizations(self, lang: Optional[str] = None, municipality: Optional[str] = None) -> List[Organization]:
        return self._items("organization", lang, municipality, None, None)

    def contacts(self, lang: Optional[str] = None, municipality: Optional[str] = None,
                 field: Optional[str] = None, offered_in: Optional[str] = None,
                 include_internal: bool = False) -> List[Contact]:
        return self._items("contact", lang, municipality, field, offered_in, include_internal)

    def municipalities(self, lang: Optional[str] = None, municipality: Optional[str] = None) -> List[Municipality]:
        return self._items("municipality", lang, municipality, None, None)

    def get(self, id: str, lang: Optional[str] = None) -> Item:
        return Item._from(json.loads(self._native._get_json(id, lang)))

    def search(self, query: str = "", lang: Union[str, Sequence[str], None] = None,
               kind: Union[str, Sequence[str], None] = None, field: Optional[str] = None,
               municipality: Optional[str] = None, offered_in: Optional[str] = None,
               limit: int = 10, *, target_group: Optional[str] = None,
               free: Optional[bool] = None, offset: int = 0, open_at: Optional[str] = None,
               near: Optional[str] = None, within_km: Optional[float] = None) -> SearchResults:
        """Searches services, measures, organizations and fields of action. Every argument
        is a field of the core's `SearchRequest`: `lang` and `kind` take one value or a list
        (locales best first), `offset` pages through the hits."""
        request: Dict[str, Any] = {"query": query, "locales": _as_list(lang), "limit": limit}
        # Only what was given: the core fills in the rest, and a short request parses faster.
        for name, value in (("kinds", _as_list(kind)), ("field", field), ("municipality", municipality),
                            ("offered_in", offered_in), ("target_group", target_group), ("free", free),
                            ("open_at", open_at), ("near", near), ("within_km", within_km),
                            ("offset", offset)):
            if value is not None and value != [] and not (name == "offset" and value == 0):
                request[name] = value
        raw = self._native._search(json.dumps(request))
        raw["hits"] = [_hit(hit) for hit in raw["hits"]]
        return _results(raw)

    def write_index_cache(self, cache: Union[str, "os.PathLike[str]"]) -> Path:
        """Builds the search index (unless built) and saves it in the folder `cache`, as
        `wegweiser index` does; returns the folder it was saved in."""
        return Path(self._native.write_index_cache(cache))

    @property
    def index_origin(self) -> Optional[str]:
        """None before the first search; then "built", "cached" (opened from the index
        cache) or "rebuilt: <why the saved index could not be used>"."""
        return self._native.index_origin

    def prepare_search(self) -> None:
        """Builds the full-text index now instead of on the first search (listing with an
        empty query needs no index)."""
        self._native.prepare_search()

    def validate(self) -> List[_wegweiser.Problem]:
        return self._native.validate()

    def l10n_status(self) -> Dict[str, Any]:
        value: Dict[str, Any] = json.loads(self._native._l10n_status_json())
        return value

    def l10n_status_pandas(self, texts: bool = False) -> "Any":
        """Translation status as a DataFrame: one row per locale (total, translated,
        machine_translated, outdated, missing, coverage), or with ``texts=True`` one row
        per text and locale (locale, kind, message, attribute, status: source, translated,
        machine-translated, outdated or missing). Needs the optional pandas extra."""
        return _frames.l10n_status_frame(self.l10n_status(), texts)

    def to_pandas(self, kind: str, lang: Optional[str] = None, *, open_at: Optional[str] = None,
                  near: Optional[str] = None) -> "Any":
        """One row per item of `kind` (services, measures, fields, organizations, contacts,
        municipalities), with its structure columns, `name` and `description` in `lang`
        and `name_locale`; list values stay lists. For services, `open_at` adds the state
        then (`open_at_state`, `open_at_text`, `open_at_until`, `open_at_next_opening`)
        without dropping any row, and `near` sorts by and adds `distance_km`. Needs the
        optional pandas extra."""
        singular = {"services": "service", "measures": "measure", "fields": "field",
                    "fields_of_action": "field", "organizations": "organization",
                    "contacts": "contact", "municipalities": "municipality"}.get(kind, kind)
        items = self._items(singular, lang, None, None, None, False, None, near, None, open_at)
        return _frames.items_frame(items)

    def to_json(self, include_internal: bool = False) -> str:
        return self._native.to_json(include_internal)

    def __repr__(self) -> str:
        return repr(self._native)
