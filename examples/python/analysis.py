"""Which fields of action lack a service where? An analyst's first look at a directory.

Runs on the built-in Spree-Neiße sample with no arguments, or on a directory folder:

    python examples/python/analysis.py [PATH] [--out DIR]

Prints services per field of action and municipality, the languages services are offered
in, and translation coverage; writes heatmap.png and coverage.png (needs pandas and
matplotlib: pip install pandas matplotlib).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no window
import matplotlib.pyplot as plt
import pandas as pd

import wegweiser


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", nargs="?", help="directory folder (default: the built-in sample)")
    parser.add_argument("--out", default=".", help="where to write the PNG files")
    parser.add_argument("--lang", default="de")
    args = parser.parse_args()

    directory = wegweiser.Directory.load(args.path) if args.path else wegweiser.Directory.sample()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    fields = {f.id: (f.name.text if f.name else f.id) for f in directory.fields_of_action(lang=args.lang)}
    towns = {m.id: (m.name.text if m.name else m.id) for m in directory.municipalities(lang=args.lang)}
    town_of_location: dict[str, str] = {}
    rows = []
    for service in directory.services(lang=args.lang):
        for reference in service.references:
            if reference["kind"] != "location":
                continue
            location = reference["id"]
            if location not in town_of_location:
                town_of_location[location] = directory.get(f"location:{location}").data.get("municipality") or ""
            town = towns.get(town_of_location[location], town_of_location[location])
            rows.extend({"field": fields.get(field, field), "municipality": town} for field in service["fields"])
    frame = pd.DataFrame(rows)
    table = pd.crosstab(frame["field"], frame["municipality"])
    table = table.reindex(list(fields.values()), fill_value=0)
    print("Services per field of action and municipality:\n")
    print(table.to_string())
    gaps = [(field, town) for field in table.index for town in ("Forst (Lausitz)", "Guben", "Spremberg")
            if town in table.columns and table.loc[field, town] == 0]
    print("\nFields of action without a service in a middle centre:", gaps or "none")

    services = directory.to_pandas("services", lang=args.lang)
    languages = services.explode("languages")["languages"].value_counts()
    print("\nServices offered per language:\n")
    print(languages.to_string())

    status = directory.l10n_status()
    coverage = pd.Series({l["locale"]: 100 * l["coverage"] for l in status["locales"]}).sort_values()
    print("\nTranslation coverage (%):\n")
    print(coverage.round(1).to_string())

    figure, axes = plt.subplots(figsize=(max(8, len(table.columns) * 0.6), 6))
    image = axes.imshow(table.values, cmap="Blues")
    axes.set_xticks(range(len(table.columns)), table.columns, rotation=60, ha="right")
    axes.set_yticks(range(len(table.index)), table.index)
    for y in range(table.shape[0]):
        for x in range(table.shape[1]):
            axes.text(x, y, int(table.values[y, x]), ha="center", va="center", fontsize=8)
    figure.colorbar(image, ax=axes, label="services")
    axes.set_title("Services per field of action and municipality")
    figure.tight_layout()
    figure.savefig(out / "heatmap.png", dpi=120)

    figure, axes = plt.subplots(figsize=(7, 4))
    coverage.plot.barh(ax=axes, color="#3b6ea5")
    axes.set_xlabel("% of the German texts present (human or machine)")
    axes.set_title("Translation coverage per locale")
    figure.tight_layout()
    figure.savefig(out / "coverage.png", dpi=120)
    print(f"\nwrote {out / 'heatmap.png'} and {out / 'coverage.png'}")


if __name__ == "__main__":
    main()
