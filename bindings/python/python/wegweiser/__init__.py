"""wegweiser: a multilingual directory of integration services.

    >>> import wegweiser
    >>> directory = wegweiser.Directory.sample()
    >>> [hit.title for hit in directory.search("Sprachkurs Grodk").hits][:1]  # doctest: +SKIP
"""

from wegweiser._api import (
    Directory,
    Hit,
    Item,
    LocalizedText,
    SearchResults,
)
from wegweiser._wegweiser import (
    LoadError,
    LocaleError,
    Problem,
    WegweiserError,
    __version__,
    validate_path,
)

__all__ = [
    "Directory",
    "Hit",
    "Item",
    "LoadError",
    "LocaleError",
    "LocalizedText",
    "Problem",
    "SearchResults",
    "WegweiserError",
    "__version__",
    "validate_path",
]
