"""The ``warclaims`` command line: one subcommand per job, each with ``--help``."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .errors import WarclaimsError

#: ``warclaims run --timeout`` default (kept equal to warclaims.runner.DEFAULT_TIMEOUT,
#: which this module does not import: ``--help`` stays fast).
DEFAULT_TIMEOUT = 600.0


def _cmd_validate(args: argparse.Namespace) -> int:
    from .ledger import read_ledger

    led = read_ledger(args.path)
    print(led.summary())
    for heading, counts in led.counts().items():
        if heading == "per claimant" and not args.verbose:
            counts = {"distinct claimants": len(counts)}
        print(f"  {heading}: " + ", ".join(f"{k} {n:,}" for k, n in counts.items()))
    return 0


def _cmd_fetch(args: argparse.Namespace) -> int:
    from . import datasets
    from .evidence.coverage import fetch_and_date

    names = args.names or list(datasets.registry())
    failed = 0
    for name in names:
        try:
            if args.days and datasets.get(name).by_day:
                failed += _fetch_days(name, args)
                continue
            folder = fetch_and_date(name, mirror=args.mirror, latest=args.latest)
            print(f"{name}: cached in {folder}")
        except WarclaimsError as e:
            failed += 1
            print(f"warclaims fetch: error: {e}", file=sys.stderr)
    return 1 if failed else 0


def _fetch_days(name: str, args: argparse.Namespace) -> int:
    """Fetch a window of a daily dataset; report the days that could not be had (1 if any)."""
    from . import datasets
    from .dataset_days import fetch_days
    from .evidence.coverage import newest_date

    got = fetch_days(name, args.days, args.mirror, args.latest, strict=False)
    datasets.record_as_of(name, newest_date(name))
    print(f"{name}: {len(got.fetched)} day(s) fetched, {len(got.kept)} already cached, in {got.folder}")
    for day, reason in sorted(got.missing.items()):
        print(f"warclaims fetch: {name} {day}: not fetched ({reason})", file=sys.stderr)
    return 1 if got.missing else 0


def _day_range(text: str) -> tuple:
    from datetime import date

    first, sep, last = text.partition("..")
    try:
        days = (date.fromisoformat(first), date.fromisoformat(last or first))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD..YYYY-MM-DD, got {text!r}") from None
    if days[0] > days[1]:
        raise argparse.ArgumentTypeError(f"{text!r}: the first day is after the last")
    return days


def _cmd_datasets(args: argparse.Namespace) -> int:
    import pandas as pd

    from . import datasets

    rows = datasets.status()
    table = pd.DataFrame(rows).drop(columns="damaged")
    print(table.to_string(index=False))
    for row in rows:
        for problem in row["damaged"]:
            print(f"damaged: {row['dataset']}: {problem}; {datasets.how_to_repair(row['dataset'])}")
    from .paths import cache_dir

    print(f"\ncache: {cache_dir()}")
    print("evidence: 'claim' = figures claimed by a party; 'confirmation' = independently documented; "
          "'mapped_control' = territory as mapped by a tracker.")
    return 0


def _fetch_missing() -> None:
    """Fetch every dataset not yet cached; a failure is reported and the run goes on."""
    from . import datasets
    from .evidence.coverage import fetch_and_date

    # One line per dataset, ours: datasets._download quiets the download library.
    for name in datasets.registry():
        if datasets.is_cached(name):
            continue
        try:
            fetch_and_date(name)
            print(f"fetched {name}")
        except WarclaimsError as e:
            reason = getattr(e, "message", str(e)).split(" (")[0]
            print(f"warclaims run: {name} not available ({reason}); the reports say it is missing", file=sys.stderr)


def _cmd_run(args: argparse.Namespace) -> int:
    # papermill validates notebooks with jsonschema, which imports rfc3987_syntax when it is
    # installed (jupyterlab's dependencies install it); that import builds a grammar and
    # takes about a second (python-jsonschema/jsonschema#1428). It only checks "iri"
    # formats, which notebook schemas do not use, so this process goes without it.
    sys.modules.setdefault("rfc3987_syntax", None)
    from .runner import run

    if args.fetch:
        _fetch_missing()

    results, index = run(args.notebooks, args.params or [], args.out, args.jobs,
                         timeout=args.timeout if args.timeout and args.timeout > 0 else None)
    failed = [r for r in results if not r.ok]
    for r in failed:
        print(f"warclaims run: notebook failed: {r.failure}", file=sys.stderr)
    print(f"report: {index}")
    return 1 if failed else 0


def _inputs(paths: list[Path]) -> list[Path]:
    files = []
    for p in paths:
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.suffix.lower() in (".txt", ".html", ".htm", ".jsonl"))
        elif p.exists():
            files.append(p)
        else:
            raise WarclaimsError("no such file or folder", file=p)
    return files


def _cmd_extract(args: argparse.Namespace) -> int:
    import json

    from .extract import extract_file
    from .tables import spreadsheet_csv
    from .extract.review import read_candidates

    records = []
    for path in _inputs(args.inputs):
        if path.suffix == ".jsonl":
            records += read_candidates(path)
        else:
            records += [c.to_record() for c in extract_file(path, args.published, args.source_url, args.publisher)]
    if args.review:
        from .extract.review import ReviewLog, review

        # Decisions are saved as they are made, beside the first input, so an interrupted
        # review resumes where it stopped; the file goes once the ledger has the claims.
        log = ReviewLog(args.progress or args.inputs[0].with_name(args.inputs[0].name + ".review.jsonl"))
        interactive = not args.accept_all
        asked = [0]

        def ask(prompt: str) -> str:
            asked[0] += 1
            if sys.stdin.isatty():
                return input(prompt)
            print(prompt, end="", flush=True)
            line = sys.stdin.readline()
            if not line:
                raise EOFError
            print(line.rstrip("\n"))
            return line

        try:
            added, skipped = review(records, args.ledger, log, ask, print, accept_all=not interactive)
        except EOFError:
            if asked[0] == 1 and not log.decisions:
                raise WarclaimsError("--review without a terminal needs --accept-all or answers on standard input (nothing was written)",
                                     parameter="--review") from None
            print(f"answers ran out: decisions so far are saved in {log.path}; run the same command again to go on")
            return 1
        if log.path.exists():
            log.path.unlink()
        print(f"accepted {added} claim(s) into {args.ledger or 'data/'}; {skipped} already in the ledger")
        return 0
    try:
        out = open(args.out, "w", encoding="utf-8", newline="") if args.out else sys.stdout
    except OSError as e:
        raise WarclaimsError(
            f"cannot write the output here ({e.strerror or e}); give --out a file in a folder that exists and you can write",
            file=args.out) from None
    try:
        if args.format == "csv":  # for spreadsheets: cells that would run as formulas are neutralised
            spreadsheet_csv(records, out, fieldnames=list(records[0]) if records else ["metric"])
        else:
            for r in records:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
    finally:
        if args.out:
            out.close()
    print(f"{len(records)} candidate claim(s)", file=sys.stderr)
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from .schema import schema_markdown

    print(schema_markdown(), end="")
    return 0


def _suite_help() -> str:
    """The notebooks and their parameters (type, default, comment), for ``run --help``.

    Read from each notebook's ``parameters`` cell with ``ast``, as papermill reads them, but
    without importing papermill: ``--help`` stays instant.
    """
    import ast
    import json

    from .paths import NOTEBOOKS_DIR

    lines = ["notebooks and their parameters (set with -p NAME VALUE; output_dir is set by --out):"]
    for path in sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb")):
        try:
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            source = next("".join(c["source"]) for c in cells if "parameters" in c.get("metadata", {}).get("tags", []))
            tree = ast.parse(source)
        except (OSError, ValueError, KeyError, StopIteration, SyntaxError):
            lines.append(f"  {path.stem}: (parameters cell unreadable)")
            continue
        first = next((c for c in cells if c.get("cell_type") == "markdown"), None)
        title = "".join(first["source"]).splitlines()[0].lstrip("# ").strip() if first else ""
        lines.append(f"\n  {path.stem}" + (f"  {title}" if title else ""))
        text = source.splitlines()
        for node in tree.body:
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                comment = text[node.lineno - 1].partition("#")[2].strip()
                default = ast.get_source_segment(source, node.value) if node.value is not None else ""
                kind = ast.get_source_segment(source, node.annotation)
                lines.append(f"    {node.target.id:<12} {kind:<5} default {default:<14} {comment}")
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="warclaims",
        description="Attributed, validated claims from war reporting, charted against independent evidence.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("validate", help="check a ledger folder against the schema", description=(
        "Validate the ledger tables (claims.csv, sources.csv, claimants.csv, places.csv) in PATH. "
        "Every problem is printed with file, line and column; nothing is rewritten. "
        "Exit status 1 when anything is wrong."))
    p.add_argument("path", nargs="?", type=Path, default=None, help="ledger folder (default: the shipped data/)")
    p.add_argument("--verbose", "-v", action="store_true", help="also count claims per claimant")
    p.set_defaults(func=_cmd_validate)

    p = sub.add_parser("schema", help="print the ledger schema as Markdown", description=(
        "Print the documentation of the ledger's tables and rules, generated from the schema the "
        "validator enforces (this is docs/schema.md)."))
    p.set_defaults(func=_cmd_schema)

    p = sub.add_parser("fetch", help="download public datasets into the cache", description=(
        "Fetch registered datasets (all when no NAME is given) into the cache, pinned to the commit in "
        "each sidecar and checked against its SHA-256 checksums. A file that fails its checksum is "
        "refused and the cache keeps what it had. The cache is WARCLAIMS_CACHE, else the user cache "
        "folder (XDG_CACHE_HOME is honoured)."))
    p.add_argument("names", nargs="*", metavar="NAME", help="dataset names (see `warclaims datasets`)")
    p.add_argument("--from", dest="mirror", type=Path, default=None, metavar="DIR",
                   help="copy from a local mirror laid out <owner>+<repo>/<path> instead of downloading "
                        "(default: $WARCLAIMS_MIRROR if set)")
    p.add_argument("--latest", action="store_true",
                   help="download the newest upstream files instead of the pinned commit and record their "
                        "checksums in data/datasets.lock.json")
    p.add_argument("--days", type=_day_range, default=None, metavar="FROM..TO",
                   help="for datasets published one file a day (the control polygons): fetch these days "
                        "(YYYY-MM-DD..YYYY-MM-DD) instead of their default days; other datasets are fetched whole")
    p.set_defaults(func=_cmd_fetch)

    p = sub.add_parser("datasets", help="list datasets, licences and cache state", description=(
        "List every registered dataset with its licence, whether its figures are claims or confirmations, "
        "and its cache state (cached or not, pinned commit, access date, newest date covered)."))
    p.set_defaults(func=_cmd_datasets)

    p = sub.add_parser("run", help="run the notebook suite and write a report", epilog=_suite_help(),
                       formatter_class=argparse.RawDescriptionHelpFormatter, description=(
        "Execute notebooks with papermill (all of notebooks/ when none is named), several at once, and write "
        "the executed notebooks, an HTML export of each, their charts as PNG files, their recorded summaries "
        "and an index.html. Parameters are checked against what the notebooks declare before anything runs. "
        "Runs on the shipped ledger and whatever datasets are cached; missing ones are named in the reports."))
    p.add_argument("notebooks", nargs="*", metavar="NOTEBOOK", help="notebook names, e.g. 01_territory or territory")
    p.add_argument("-p", "--parameter", dest="params", nargs=2, action="append", metavar=("NAME", "VALUE"),
                   help="set a notebook parameter (repeatable); lists as a,b or a JSON list")
    p.add_argument("--out", type=Path, default=None, metavar="DIR", help="output folder (default: reports/<UTC time>)")
    p.add_argument("--jobs", type=int, default=None, metavar="N", help="notebooks run at once (default: two per CPU, at most one per notebook)")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"stop a notebook that runs longer and report it as failed (default: {DEFAULT_TIMEOUT:g}; 0 for no limit)")
    p.add_argument("--fetch", action="store_true",
                   help="first fetch datasets missing from the cache or damaged in it (pinned, checksummed; from $WARCLAIMS_MIRROR if set); "
                        "a dataset that cannot be fetched is reported and the run goes on without it")
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("extract", help="find candidate claims in articles", description=(
        "Extract candidate claims from plain-text or saved HTML articles (files or folders) as JSON Lines "
        "(or CSV) in the ledger's schema, with the evidence's character offsets. HTML is reduced to its main "
        "text with trafilatura, and its publication date is read from the page where it has one. With "
        "--review, candidates (or a .jsonl file of them) are shown one by one and accepted ones are validated "
        "and appended to the ledger; claims already there are skipped, and nothing is written if any fails."))
    p.add_argument("inputs", nargs="+", type=Path, metavar="FILE_OR_DIR")
    p.add_argument("--published", default=None, metavar="YYYY-MM-DD", help="publication date, when the page does not say")
    p.add_argument("--source-url", default=None, metavar="URL", help="the article's address")
    p.add_argument("--publisher", default=None, metavar="NAME", help="the publisher (credited for unattributed figures)")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("--out", type=Path, default=None, metavar="FILE", help="write here instead of standard output")
    p.add_argument("--review", action="store_true", help="review candidates and append accepted ones to the ledger")
    p.add_argument("--accept-all", action="store_true", help="with --review: accept every candidate without asking")
    p.add_argument("--ledger", type=Path, default=None, metavar="DIR", help="ledger folder to append to (default: data/)")
    p.add_argument("--progress", type=Path, default=None, metavar="FILE",
                   help="with --review: where decisions are saved as they are made (default: beside the first input, .review.jsonl)")
    p.set_defaults(func=_cmd_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except WarclaimsError as e:
        if e.__class__.__name__ == "Interrupted":  # Ctrl-C or SIGTERM during a run: one line
            print(f"warclaims {args.command}: {e}", file=sys.stderr)
            return 130
        print(f"warclaims {args.command}: error: {e}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader of our output went away (`warclaims validate | head`): nothing to report.
        # Point stdout at nothing so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as e:
        # A file or folder the command needs cannot be read, made or written: name it and
        # say what to check, instead of a traceback.
        where = e.filename if e.filename is not None else "a file"
        other = f" (and {e.filename2})" if getattr(e, "filename2", None) else ""
        print(f"warclaims {args.command}: error: {where}{other}: {e.strerror or e}; check that the path exists, "
              "is a folder where a folder is expected, and that you can write there", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"warclaims {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
