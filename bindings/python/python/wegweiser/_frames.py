"""pandas DataFrames of what the native module answered (the optional pandas extra)."""

from __future__ import annotations

from typing import Any, Dict, Iterable, List


def _pandas(what: str) -> Any:
    try:
        import pandas
    except ImportError as error:
        raise ImportError(
            f"{what} needs pandas: pip install 'wegweiser[pandas]' (or pip install pandas)"
        ) from error
    return pandas


def items_frame(items: Iterable[Any]) -> Any:
    """One row per item: its structure columns, `name`, `name_locale`, `description`."""
    pandas = _pandas("to_pandas")
    rows = []
    for item in items:
        row: Dict[str, Any] = dict(item.data)
        hours = row.pop("hours_now", None)
        if hours is not None:
            for key in ("state", "text", "until", "next_opening"):
                row[f"open_at_{key}"] = hours.get(key)
        name = item.name
        description = item.text("description")
        row["name"] = name.text if name else None
        row["name_locale"] = name.locale if name else None
        row["description"] = description.text if description else None
        rows.append(row)
    return pandas.DataFrame(rows)


_LOCALE_COLUMNS = ["locale", "total", "translated", "machine_translated", "outdated", "missing", "coverage"]
_TEXT_COLUMNS = ["locale", "kind", "message", "attribute", "status"]


def l10n_status_frame(status: Dict[str, Any], texts: bool) -> Any:
    """Per locale, or per text and locale (`texts`), from `Directory.l10n_status()`."""
    pandas = _pandas("l10n_status_pandas")
    if texts:
        rows: List[Dict[str, Any]] = [
            {"locale": locale["locale"], "kind": text["kind"], "message": text["message"],
             "attribute": text.get("attribute"), "status": text["status"]}
            for locale in status["locales"]
            for text in locale["texts"]
        ]
        return pandas.DataFrame(rows, columns=_TEXT_COLUMNS)
    rows = [{column: locale[column] for column in _LOCALE_COLUMNS} for locale in status["locales"]]
    return pandas.DataFrame(rows, columns=_LOCALE_COLUMNS)
