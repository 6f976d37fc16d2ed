"""``python -m dashboard.export URL_OR_QUERY --format FMT [--part PART] -o FILE``

Renders exactly what a permalink of the dashboard shows, as a file:

  png, svg, pdf   the map (default) or a chart: ``--part ranking`` on the main view,
                  ``--part chart`` (the profile against the city) on a profile
  pptx            the deck of the view (title slide, map, ranking or profile slides)
  csv, xlsx       the view's table (XLSX: a second sheet with metadata and sources)

URL_OR_QUERY is a permalink (``http://127.0.0.1:8050/raum/AR01?lang=en``), a path with its
query (``/?ind=unemployed&lvl=units``) or the main view's bare query (``ind=unemployed``).
Parameters the page would ignore are ignored here too (named on standard error). The file
prints the permalink under ``--base-url`` (default: the setting DASHBOARD_PUBLIC_URL).

Exit status: 0 when the file was written (atomically: a temporary file, then renamed);
1 with one message on standard error for a view, part or space that does not exist, broken
data, or an export that failed or took longer than ``--timeout`` seconds (then no file is
written); 2 for a usage error (an unknown option or format).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from ..data.bundle import DEFAULT_DATA_DIR, load_bundle
from ..data.errors import DataError
from ..exports.registry import FORMATS, ExportRequestError, build_export, resolve, views
from ..exports.render import ExportError
from ..settings import Settings


def _parts_help() -> str:
    lines = []
    for name, spec in views().items():
        parts = ", ".join(f"{p} ({'/'.join(f)})" for p, f in spec.parts.items())
        lines.append(f"{name}: {parts}")
    return "; ".join(lines)


def parser(settings: Settings) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m dashboard.export",
        description=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("view", metavar="URL_OR_QUERY", help="permalink, path with query, or query")
    p.add_argument("--format", required=True, choices=FORMATS, help="file format")
    p.add_argument(
        "--part",
        help="what to export; default by format: png/svg/pdf map, pptx deck, csv/xlsx table. "
        "Parts per view: " + _parts_help(),
    )
    p.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    p.add_argument(
        "--base-url",
        default=settings.public_url or "http://127.0.0.1:8050",
        help="address printed in the permalink (default: %(default)s, DASHBOARD_PUBLIC_URL)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=settings.export_timeout,
        help="time limit in seconds (default: %(default)s, DASHBOARD_EXPORT_TIMEOUT)",
    )
    p.add_argument(
        "--data",
        type=Path,
        default=settings.data_dir,
        help=f"data folder (default: {DEFAULT_DATA_DIR.name}/ of the project, DASHBOARD_DATA_DIR)",
    )
    return p


def write_atomically(path: Path, content: bytes) -> None:
    path = path.resolve()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _ignored(bundle, request) -> list[str]:
    """Parameters the page would ignore (named on standard error, as the page names them)."""
    from ..state.main import parse_state
    from ..state.profile import parse_profile

    parse = {"main": parse_state, "profile": parse_profile}.get(request.view)
    if parse is None:
        return []
    return [i.key for i in parse(request.query, bundle)[1]]


def main(argv: list[str] | None = None) -> int:
    settings = Settings.from_env()
    args = parser(settings).parse_args(argv)
    try:
        if not args.output.parent.resolve().is_dir():
            raise ExportRequestError(f"no such folder: {args.output.parent}")
        request = resolve(args.view)
        bundle = load_bundle(args.data)
        export = build_export(
            bundle, request, args.part, args.format, args.base_url, datetime.now(), args.timeout
        )
        write_atomically(args.output, export.content)
    except (ExportRequestError, ExportError, DataError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    ignored = _ignored(bundle, request)
    if ignored:
        print(f"note: ignored as the page does: {', '.join(ignored)}", file=sys.stderr)
    print(f"wrote {args.output} ({export.filename}, {len(export.content):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
