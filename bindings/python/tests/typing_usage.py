"""Checked by `mypy --strict`: the public API as an analyst would use it."""

from __future__ import annotations

from typing import List, Optional

import wegweiser


def names_in(directory: wegweiser.Directory, town: str, lang: str) -> List[str]:
    out: List[str] = []
    for service in directory.services(lang=lang, municipality=town):
        name: Optional[wegweiser.LocalizedText] = service.name
        if name is not None:
            out.append(f"{name.text} [{name.locale}]")
    return out


def first_hit(directory: wegweiser.Directory, query: str) -> Optional[str]:
    results: wegweiser.SearchResults = directory.search(query, lang="ar", limit=1)
    return results.hits[0].title if results.hits else None


def problems(path: str) -> List[str]:
    try:
        wegweiser.Directory.load(path)
    except wegweiser.LoadError as error:
        return [f"{p.file}:{p.line}:{p.column}: {p.message}" for p in error.problems]
    return []


if __name__ == "__main__":
    sample = wegweiser.Directory.sample()
    print(names_in(sample, "Grodk", "dsb"), first_hit(sample, "دورة لغة"), problems("/nope"))


def languages_of_services(directory: wegweiser.Directory) -> List[str]:
    seen: List[str] = []
    for service in directory.services():
        for language in service.languages:
            if language not in seen:
                seen.append(language)
    return seen


def field_numbers(directory: wegweiser.Directory) -> List[int]:
    return [field.number for field in directory.fields_of_action()]
