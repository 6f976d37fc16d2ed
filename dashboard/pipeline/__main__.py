"""``python -m dashboard.pipeline [build|import|import-programme|programme-template]``.

Build or extend ``data/``, or write the Aktionsprogramm template.

Exit status 0 on success; 1 with one message naming file, line and column on bad input,
in which case ``data/`` is left exactly as it was.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..data.bundle import DEFAULT_DATA_DIR
from ..data.errors import DataError


def main(argv: list[str] | None = None) -> int:
    from .build import DEFAULT_RAW_DIR, build
    from .imports import import_programme, import_table

    parser = argparse.ArgumentParser(prog="python -m dashboard.pipeline", description=__doc__)
    sub = parser.add_subparsers(dest="command")
    b = sub.add_parser("build", help="rebuild data/ from the raw inputs (the default)")
    b.add_argument("--raw", type=Path, default=DEFAULT_RAW_DIR, help="folder of raw inputs")
    b.add_argument("--out", type=Path, default=DEFAULT_DATA_DIR, help="data folder to write")
    i = sub.add_parser("import", help="add an indicator edition from a city open-data table")
    i.add_argument("table", type=Path, help="CSV in the city's format (; or , decimal comma)")
    i.add_argument("--meta", type=Path, required=True, help="JSON catalogue entry")
    i.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="data folder to extend")
    i.add_argument(
        "--replace",
        action="store_true",
        help="replace an indicator edition that is already in the data (says what it replaced)",
    )
    p = sub.add_parser("import-programme", help="load a filled-in Aktionsprogramm workbook")
    p.add_argument("workbook", type=Path, help="the filled-in template (.xlsx)")
    p.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="data folder to extend")
    p.add_argument("--replace", action="store_true", help="replace a space's loaded programme")
    t = sub.add_parser("programme-template", help="write the empty Aktionsprogramm workbook")
    t.add_argument("-o", "--output", type=Path, required=True, help="the .xlsx file to write")
    t.add_argument("--space", help="offer only this space (e.g. AR01)")
    t.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="data folder (spaces)")
    args = parser.parse_args(argv)
    try:
        if args.command == "import":
            key, replaced = import_table(args.table, args.meta, args.data, replace=args.replace)
            if replaced:
                print(f"replaced {replaced}")
            print(f"imported {key} into {args.data}")
        elif args.command == "import-programme":
            result = import_programme(args.workbook, args.data, replace=args.replace)
            for line in result.replaced:
                print(f"replaced {line}")
            rows = ", ".join(f"{n} rows into {f}" for f, n in result.rows.items())
            print(f"imported the Aktionsprogramm of {', '.join(result.spaces)}: {rows}")
        elif args.command == "programme-template":
            return _template(args)
        else:
            raw = getattr(args, "raw", DEFAULT_RAW_DIR)
            out = getattr(args, "out", DEFAULT_DATA_DIR)
            if not Path(raw).is_dir():
                raise DataError(
                    str(raw), "the folder of raw inputs (see --raw)", found="no such folder"
                )
            build(raw, out)
            print(f"built {out} from {raw}")
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("data/ was left unchanged.", file=sys.stderr)
        return 1
    return 0


def _template(args) -> int:
    from ..data.bundle import load_bundle
    from .programme_template import write_template

    try:
        spaces = load_bundle(args.data).spaces
        path = write_template(args.output, spaces, args.space)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
