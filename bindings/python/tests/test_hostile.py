"""The package against hostile files and a bug in the core: exceptions, never a crash."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path
from typing import List

import pytest

import wegweiser
from wegweiser import _wegweiser

ROOT = Path(__file__).resolve().parents[3]
MINIMAL = ROOT / "crates/wegweiser/tests/fixtures/minimal"
DEEP = ROOT / "crates/wegweiser/tests/fixtures/bad/deep-placeables.de.ftl"


def copy_of_minimal(tmp_path: Path) -> Path:
    target = tmp_path / "dir"
    shutil.copytree(MINIMAL, target)
    return target


def test_a_panic_in_the_core_is_an_internal_error() -> None:
    if not _wegweiser._DELIBERATE_PANIC:
        assert os.environ.get("WEGWEISER_TEST_BUILD") != "1", "scripts/test builds with deliberate-panic"
        pytest.skip("not a test build (maturin develop --features deliberate-panic)")
    directory = wegweiser.Directory.sample()
    with pytest.raises(wegweiser.InternalError, match="deliberate panic"):
        directory.search("wegweiser: deliberate panic")
    assert issubclass(wegweiser.InternalError, wegweiser.WegweiserError)
    # The directory is still usable afterwards.
    assert directory.search("Sprachkurs", lang="de").hits


def test_a_bad_byte_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    folder = copy_of_minimal(tmp_path)
    (folder / "locales/en/bad.ftl").write_bytes(b"-x = Gr\xfc\xdfe\n")
    problems = wegweiser.validate_path(folder)
    assert [str(p) for p in problems if "UTF-8" in p.message] == [
        "locales/en/bad.ftl:1:8: error: this byte is not UTF-8: save the file as UTF-8 (bad bytes are read as \ufffd)"
    ]


def test_two_structure_files_are_a_load_error(tmp_path: Path) -> None:
    folder = copy_of_minimal(tmp_path)
    (folder / "directory.json").write_text("{}")
    with pytest.raises(wegweiser.LoadError) as caught:
        wegweiser.Directory.load(str(folder))
    assert caught.value.problems[0].file == "directory.json"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_does_not_block_loading(tmp_path: Path) -> None:
    folder = copy_of_minimal(tmp_path)
    os.mkfifo(folder / "locales/de/pipe.ftl")
    problems = wegweiser.validate_path(folder)
    assert any(p.file == "locales/de/pipe.ftl" and "not a regular file" in p.message for p in problems)


def test_deep_nesting_does_not_crash_a_small_thread(tmp_path: Path) -> None:
    folder = copy_of_minimal(tmp_path)
    shutil.copy(DEEP, folder / "locales/de/deep.ftl")
    found: List[wegweiser.Problem] = []
    previous = threading.stack_size(256 * 1024)
    try:
        thread = threading.Thread(target=lambda: found.extend(wegweiser.validate_path(folder)))
        thread.start()
        thread.join()
    finally:
        threading.stack_size(previous)
    assert [p.line for p in found if "nested more than" in p.message] == [2]
