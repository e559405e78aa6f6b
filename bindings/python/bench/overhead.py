"""What a search costs from Python compared with the same search in Rust, and what loading
a large directory costs from Python. Prints one table.

    (cd bindings/python && maturin develop --release) && python bindings/python/bench/overhead.py

Both sides run the relevance set's queries in this process, in turn: the Rust side is
`Directory::search` timed inside the native module. The release `wegweiser` binary (built
if missing) generates a directory of 10,000 services.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import threading
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


def medians_us(directory: wegweiser.Directory, queries: list[dict[str, str]]) -> tuple[float, float]:
    """Median µs of the Rust `Directory::search` and of the Python `Directory.search`, for
    the same queries, measured in turn in this process, so the noise of a shared machine
    falls on both alike."""
    directory.prepare_search()  # build the index first
    rust, python = [], []
    for round in range(ROUNDS):
        for q in queries:
            request = json.dumps({"query": q["query"], "locales": [q["lang"]]})
            # Who goes second finds the caches warm: take turns.
            if round % 2 == 0:
                rust.append(directory._native._rust_search_us(request))
            started = time.perf_counter()
            directory.search(q["query"], lang=q["lang"])
            python.append((time.perf_counter() - started) * 1e6)
            if round % 2 == 1:
                rust.append(directory._native._rust_search_us(request))
    return statistics.median(rust), statistics.median(python)


def throughput(directory: wegweiser.Directory, queries: list[dict[str, str]], threads: int) -> float:
    """Searches per second with `threads` threads, each running every query ROUNDS times."""
    directory.prepare_search()
    start = threading.Barrier(threads + 1)

    def work() -> None:
        start.wait()
        for _ in range(ROUNDS):
            for q in queries:
                directory.search(q["query"], lang=q["lang"])

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    started = time.perf_counter()
    start.wait()
    for worker in workers:
        worker.join()
    return threads * ROUNDS * len(queries) / (time.perf_counter() - started)


def main() -> None:
    if not BINARY.exists():
        subprocess.check_call(["cargo", "build", "--release", "-p", "wegweiser-cli"], cwd=ROOT)
    big = ROOT / "target/bench/generated-10000"
    if not (big / "directory.toml").exists():
        subprocess.check_call([str(BINARY), "generate", "--services", "10000", "--seed", "1", "--out", str(big)])
    queries = tomllib.loads(QUERIES.read_text(encoding="utf-8"))["queries"]

    rows = []
    sample = wegweiser.Directory.sample()
    rows.append(("sample (66 services)", *medians_us(sample, queries)))

    before = resident_mb()
    started = time.perf_counter()
    large = wegweiser.Directory.load(str(big))
    load_s = time.perf_counter() - started
    loaded = resident_mb()
    started = time.perf_counter()
    large.prepare_search()
    index_s = time.perf_counter() - started
    indexed = resident_mb()
    rows.append(("10,000 services", *medians_us(large, queries)))

    print(f"{'data':<22} {'Rust median µs':>15} {'Python median µs':>17} {'ratio':>6}")
    for name, rust, python in rows:
        print(f"{name:<22} {rust:>15.1f} {python:>17.1f} {python / rust:>6.2f}")
    one = throughput(sample, queries, 1)
    two = throughput(sample, queries, 2)
    print(f"\nsample, searches per second: 1 thread {one:.0f}, 2 threads {two:.0f} ({two / one:.2f}×)")
    print(
        f"\n10,000 services from Python: load {load_s:.2f} s (+{loaded - before:.0f} MB resident), "
        f"search index {index_s:.2f} s (+{indexed - loaded:.0f} MB resident)"
    )
    print(f"({ROUNDS} rounds of {len(queries)} queries; Python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
