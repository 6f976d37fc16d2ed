"""``python -m dashboard.analysis {index,hotspots}``: every figure of /index without a browser.

``index`` writes the need index as CSV to standard output: area id, name, score, rank and,
with ``--stability N``, the median, 5th and 95th percentile, minimum and maximum rank.
``hotspots`` writes local Moran's I per unit as CSV, after one comment line
``# moran_i=… p=… permutations=…``.

Exit status 0 on success; 2 with one line on standard error for a bad option or value;
1 when the data folder is broken.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..data.bundle import DEFAULT_DATA_DIR, load_bundle
from ..data.errors import DataError
from .index import ALL_NORMALISATIONS, LEVELS, IndexError_, IndexSpec, validate
from .stability import DEFAULT_SEED


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse that fails with one line (``prog: error: …``) and exit status 2."""

    def error(self, message: str):
        raise UsageError(f"{self.prog}: error: {message}")


def _ids(text: str) -> tuple[str, ...]:
    items = tuple(s.strip() for s in text.split(","))
    if not all(items):
        raise argparse.ArgumentTypeError(f"empty item in {text!r}")
    return items


def _numbers(text: str) -> tuple[float, ...]:
    try:
        return tuple(float(s) for s in _ids(text))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {text!r}") from exc


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from exc
    if not 1 <= n <= 100_000:
        raise argparse.ArgumentTypeError(f"{n} is outside 1..100000")
    return n


def _seed(text: str) -> int:
    try:
        n = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from exc
    if not 0 <= n < 2**32:
        raise argparse.ArgumentTypeError(f"{n} is outside 0..4294967295")
    return n


def build_parser() -> _Parser:
    parser = _Parser(
        prog="python -m dashboard.analysis",
        description="Reproduce the need index, its rank stability and the hot spots of the "
        "dashboard's /index page as CSV on standard output.",
    )
    parser.add_argument(
        "--data-dir", type=Path, default=DEFAULT_DATA_DIR, help="the data folder to read"
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="{index,hotspots}")
    ix = sub.add_parser(
        "index",
        help="the need index per area",
        description="The need index per area: weighted mean of need-oriented, normalised "
        "indicators over the indicators an area has values for (at least two thirds of the "
        "weight). Rank 1 = most need.",
    )
    ix.add_argument(
        "--indicators",
        type=_ids,
        required=True,
        metavar="A,B,...",
        help="indicator ids (catalogue), comma-separated; only indicators with a need direction",
    )
    ix.add_argument(
        "--weights",
        type=_numbers,
        metavar="1,2,...",
        help="one weight per indicator, in the same order (default: all 1)",
    )
    ix.add_argument(
        "--normalise",
        choices=ALL_NORMALISATIONS,
        default="zscore",
        help="zscore: (x-mean)/SD; rank: percentile rank 0..1; minmax: 0..1; count: 1 where "
        "worse than the city reference, else 0 (default: zscore)",
    )
    ix.add_argument("--edition", required=True, help="edition, e.g. atlas2024")
    ix.add_argument(
        "--level",
        choices=LEVELS,
        default="units",
        help="units: the 170 statistical units; spaces: the 15 spaces (default: units)",
    )
    ix.add_argument(
        "--stability",
        type=_positive,
        metavar="N",
        help="add rank stability over N weight perturbations (each weight x U(0.5,1.5)), the "
        "three normalisations and leaving out one indicator at a time",
    )
    ix.add_argument(
        "--seed",
        type=_seed,
        default=DEFAULT_SEED,
        help=f"seed of the perturbations (default: {DEFAULT_SEED})",
    )
    hs = sub.add_parser(
        "hotspots",
        help="local Moran's I (LISA) per unit",
        description="Global and local Moran's I on the 170 units, queen contiguity, "
        "permutation p-values and a Benjamini-Hochberg false-discovery-rate correction.",
    )
    hs.add_argument("--indicator", required=True, help="indicator id (catalogue)")
    hs.add_argument("--edition", required=True, help="edition, e.g. atlas2024")
    hs.add_argument(
        "--permutations", type=_positive, default=999, help="permutations (default: 999)"
    )
    hs.add_argument("--seed", type=_seed, default=DEFAULT_SEED, help="seed of the permutations")
    return parser


def run(argv: list[str] | None = None, out=None) -> int:
    out = out or sys.stdout
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.error("choose a command: index or hotspots")
        bundle = load_bundle(args.data_dir)
        text = _index(bundle, args) if args.command == "index" else _hotspots(bundle, args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except (IndexError_, ValueError) as exc:
        print(f"{parser.prog}: error: {exc}", file=sys.stderr)
        return 2
    except DataError as exc:
        print(f"{parser.prog}: the data is broken: {exc}", file=sys.stderr)
        return 1
    out.write(text)
    return 0


def _index(bundle, args) -> str:
    from .tables import index_csv

    weights = args.weights or (1.0,) * len(args.indicators)
    spec = IndexSpec(
        tuple(args.indicators), tuple(weights), args.normalise, args.edition, args.level
    )
    validate(bundle, spec)
    return index_csv(bundle, spec, args.stability, args.seed)


def _hotspots(bundle, args) -> str:
    from .hotspots import hotspots_csv, indicator_hotspots

    result = indicator_hotspots(
        bundle, args.indicator, args.edition, permutations=args.permutations, seed=args.seed
    )
    return hotspots_csv(result)


if __name__ == "__main__":
    sys.exit(run())
