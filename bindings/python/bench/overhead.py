"""What a search costs from Python compared with the same search in Rust, and what loading
a large directory costs from Python. Prints one table.

    (cd bindings/python && maturin develop --release) && python bindings/python/bench/overhead.py

Uses the release `wegweiser` binary (built if missing) for the Rust side and to generate
a directory of 10,000 services; both sides run the relevance set's queries.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import wegweiser

ROOT = Path(__file__).resolve().parents[3]
BINARY = ROOT / "target/release/wegweiser"
QUERIES = ROOT / "crates/wegweiser/tests/relevance/queries.toml"
ROUNDS = 10


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def rust_median_us(directory: Path | None) -> float:
    args = [str(BINARY)] + (["--dir", str(directory)] if directory else [])
    args += ["bench-search", "--rounds", str(ROUNDS), "--set", str(QUERIES)]
    return float(json.loads(subprocess.check_output(args, cwd=ROOT))["median_us"])


def python_median_us(directory: wegweiser.Directory, queries: list[dict[str, str]]) -> float:
    directory.prepare_search()  # build the index first, as the Rust side does
    timings = []
    for _ in range(ROUNDS):
        for q in queries:
            started = time.perf_counter()
            directory.search(q["query"], lang=q["lang"])
            timings.append((time.perf_counter() - started) * 1e6)
    return statistics.median(timings)


def main() -> None:
    if not BINARY.exists():
        subprocess.check_call(["cargo", "build", "--release", "-p", "wegweiser-cli"], cwd=ROOT)
    big = ROOT / "target/bench/generated-10000"
    if not (big / "directory.toml").exists():
        subprocess.check_call([str(BINARY), "generate", "--services", "10000", "--seed", "1", "--out", str(big)])
    queries = tomllib.loads(QUERIES.read_text(encoding="utf-8"))["queries"]

    rows = []
    sample = wegweiser.Directory.sample()
    rows.append(("sample (66 services)", rust_median_us(None), python_median_us(sample, queries)))

    before = resident_mb()
    started = time.perf_counter()
    large = wegweiser.Directory.load(str(big))
    load_s = time.perf_counter() - started
    loaded = resident_mb()
    started = time.perf_counter()
    large.prepare_search()
    index_s = time.perf_counter() - started
    indexed = resident_mb()
    rows.append(("10,000 services", rust_median_us(big), python_median_us(large, queries)))

    print(f"{'data':<22} {'Rust median µs':>15} {'Python median µs':>17} {'ratio':>6}")
    for name, rust, python in rows:
        print(f"{name:<22} {rust:>15.1f} {python:>17.1f} {python / rust:>6.2f}")
    print(
        f"\n10,000 services from Python: load {load_s:.2f} s (+{loaded - before:.0f} MB resident), "
        f"search index {index_s:.2f} s (+{indexed - loaded:.0f} MB resident)"
    )
    print(f"({ROUNDS} rounds of {len(queries)} queries; Python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
