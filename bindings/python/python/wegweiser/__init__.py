"""wegweiser: a multilingual directory of integration services.

    >>> import wegweiser
    >>> directory = wegweiser.Directory.sample()
    >>> [hit.title for hit in directory.search("Sprachkurs Grodk").hits][:1]  # doctest: +SKIP
"""

from wegweiser._api import (
    Contact,
    Directory,
    FieldOfAction,
    Hit,
    Item,
    LocalizedText,
    Measure,
    Municipality,
    Organization,
    SearchResults,
    Service,
)
from wegweiser._wegweiser import (
    InternalError,
    LoadError,
    LocaleError,
    Problem,
    WegweiserError,
    __version__,
    validate_path,
)

__all__ = [
    "Contact",
    "Directory",
    "FieldOfAction",
    "Measure",
    "Municipality",
    "Organization",
    "Service",
    "Hit",
    "Item",
    "InternalError",
    "LoadError",
    "LocaleError",
    "LocalizedText",
    "Problem",
    "SearchResults",
    "WegweiserError",
    "__version__",
    "validate_path",
]
