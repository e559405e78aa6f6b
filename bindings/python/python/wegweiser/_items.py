"""The entities of a directory as typed Python objects: one class per kind over the JSON
the native module answers with. Conversion only: every value is computed in Rust."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Type


_KINDS = ("service", "measure", "field", "organization", "contact", "municipality")


@dataclass(frozen=True)
class LocalizedText:
    """A text and the locale it actually came from (it may be a fallback)."""

    text: str
    locale: str
    direction: str
    fallback: bool
    machine_translated: bool = False
    #: The source text changed after this translation was made (``l10n.lock``).
    outdated: bool = False

    @staticmethod
    def _from(value: Dict[str, Any]) -> "LocalizedText":
        return LocalizedText(
            text=value["text"],
            locale=value["locale"],
            direction=value["direction"],
            fallback=value["fallback"],
            machine_translated=value.get("machine_translated", False),
            outdated=value.get("outdated", False),
        )

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Item:
    """An entity (service, measure, field of action, …) with its texts in one language.

    `data` holds the structure as in directory.toml (ids of related entities, opening
    hours, languages, …); `texts` the localized texts by attribute (`name`,
    `description`, …); `references` the related entities with their names."""

    kind: str
    id: str
    texts: Dict[str, LocalizedText]
    data: Dict[str, Any]
    references: List[Dict[str, Any]] = field(default_factory=list)

    @property
    def name(self) -> Optional[LocalizedText]:
        return self.texts.get("name")

    def text(self, attribute: str) -> Optional[LocalizedText]:
        return self.texts.get(attribute)

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def __getattr__(self, name: str) -> Any:
        # Structure fields as attributes: service.languages, measure.status, …
        if name.startswith("_") or name == "data":
            raise AttributeError(name)
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(f"{self.kind} has no field {name!r}") from None

    def to_dict(self) -> Dict[str, Any]:
        out = dict(self.data)
        out["kind"] = self.kind
        out["texts"] = {k: vars(v).copy() for k, v in self.texts.items()}
        out["references"] = list(self.references)
        return out

    @staticmethod
    def _from(value: Dict[str, Any]) -> "Item":
        value = dict(value)
        kind = value.pop("kind")
        texts = {k: LocalizedText._from(v) for k, v in value.pop("texts", {}).items()}
        references = value.pop("references", [])
        cls = _CLASSES.get(kind, Item)
        return cls(kind=kind, id=value["id"], texts=texts, data=value, references=references)

    def _list(self, key: str) -> List[Any]:
        return list(self.data.get(key, []))

    def _opt(self, key: str) -> Optional[Any]:
        return self.data.get(key)


@dataclass(frozen=True)
class Service(Item):
    """A service (Angebot)."""

    @property
    def fields(self) -> List[str]:
        return self._list("fields")

    @property
    def provider(self) -> Optional[str]:
        return self._opt("provider")

    @property
    def locations(self) -> List[str]:
        return self._list("locations")

    @property
    def contacts(self) -> List[str]:
        return self._list("contacts")

    @property
    def languages(self) -> List[str]:
        return self._list("languages")

    @property
    def target_groups(self) -> List[str]:
        return self._list("target_groups")

    @property
    def free(self) -> Optional[bool]:
        cost = self._opt("cost")
        return None if cost is None else bool(cost["free"])

    @property
    def appointment(self) -> Optional[str]:
        return self._opt("appointment")

    @property
    def opening_hours(self) -> List[Dict[str, Any]]:
        return self._list("opening_hours")

    @property
    def closures(self) -> List[Dict[str, Any]]:
        """Days closed whatever the hours say: `id`, `from`, `through`."""
        return self._list("closures")

    @property
    def on_public_holidays(self) -> str:
        """`closed` (the default) or `open`."""
        return str(self.data.get("on_public_holidays", "closed"))

    @property
    def by_arrangement(self) -> bool:
        return bool(self.data.get("by_arrangement", False))

    @property
    def website(self) -> Optional[str]:
        return self._opt("website")

    @property
    def step_free(self) -> str:
        return str(self.data.get("step_free", "unknown"))

    @property
    def last_reviewed(self) -> Optional[str]:
        return self._opt("last_reviewed")


@dataclass(frozen=True)
class Measure(Item):
    """A measure (Maßnahme) of the integration concept."""

    @property
    def field(self) -> str:
        return str(self.data["field"])

    @property
    def status(self) -> str:
        return str(self.data["status"])

    @property
    def time_frame(self) -> Optional[Dict[str, str]]:
        return self._opt("time_frame")

    @property
    def goals(self) -> List[str]:
        return self._list("goals")

    @property
    def recommendations(self) -> List[str]:
        return self._list("recommendations")

    @property
    def responsible_contacts(self) -> List[str]:
        return self._list("responsible_contacts")

    @property
    def responsible_organizations(self) -> List[str]:
        return self._list("responsible_organizations")

    @property
    def partners(self) -> List[str]:
        return self._list("partners")

    @property
    def services(self) -> List[str]:
        return self._list("services")


@dataclass(frozen=True)
class FieldOfAction(Item):
    """A field of action (Handlungsfeld)."""

    @property
    def number(self) -> int:
        return int(self.data["number"])


@dataclass(frozen=True)
class Organization(Item):
    @property
    def website(self) -> Optional[str]:
        return self._opt("website")

    @property
    def municipality(self) -> Optional[str]:
        return self._opt("municipality")


@dataclass(frozen=True)
class Contact(Item):
    """A contact: a role, never necessarily a person."""

    @property
    def organization(self) -> Optional[str]:
        return self._opt("organization")

    @property
    def phones(self) -> List[str]:
        return self._list("phones")

    @property
    def email(self) -> Optional[str]:
        return self._opt("email")

    @property
    def website(self) -> Optional[str]:
        return self._opt("website")

    @property
    def languages(self) -> List[str]:
        return self._list("languages")

    @property
    def location(self) -> Optional[str]:
        return self._opt("location")

    @property
    def visibility(self) -> str:
        return str(self.data.get("visibility", "public"))

    @property
    def office_hours(self) -> List[Dict[str, Any]]:
        return self._list("office_hours")


@dataclass(frozen=True)
class Municipality(Item):
    """A town, municipality or Amt with its official German and Sorbian names."""

    @property
    def name_de(self) -> str:
        return str(self.data["name_de"])

    @property
    def name_dsb(self) -> Optional[str]:
        return self._opt("name_dsb")

    @property
    def municipality_kind(self) -> str:
        """town, municipality or amt (`kind` is the entity kind)."""
        return str(self.data["municipality_kind"])

    @property
    def amt(self) -> Optional[str]:
        return self._opt("amt")


_CLASSES: Dict[str, Type[Item]] = {
    "service": Service,
    "measure": Measure,
    "field": FieldOfAction,
    "organization": Organization,
    "contact": Contact,
    "municipality": Municipality,
}
