"""The ``warclaims`` command line: one subcommand per job, each with ``--help``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import WarclaimsError


def _cmd_validate(args: argparse.Namespace) -> int:
    from .ledger import read_ledger

    led = read_ledger(args.path)
    print(led.summary())
    return 0


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
    p.set_defaults(func=_cmd_validate)

    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except WarclaimsError as e:
        print(f"warclaims {args.command}: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"warclaims {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
