"""Command line of the book: ``python -m analysis <command>``.

  regions                 print the valid region slugs, one a line
  profile SLUG [-o PATH]  write one region's executed profile notebook
  profiles [SLUG ...] [--jobs N] [--force]
                          execute the book's region profiles (those whose template,
                          analysis package or data changed) and list them in _toc.yml
  build [--jobs N]        execute what changed and build the site (make book)
  validate                check every table of the data package
  bench [--jobs N]        build-speed and page-weight figures (make bench; rebuilds
                          the book in place and leaves it as it was)
"""
from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from .. import data
from ..data import regions
from . import bench, build


def _cmd_regions(args) -> int:

    for geo in regions.all_geographies():
        print(geo.slug)
    return 0


def _cmd_profile(args) -> int:

    try:
        regions.get(args.slug)
    except regions.UnknownGeography:
        near = regions.suggest(args.slug)
        hint = f" Did you mean {' or '.join(near)}?" if near else ""
        print(f"unknown region {args.slug!r}.{hint} Valid region slugs:", file=sys.stderr)
        for geo in regions.all_geographies():
            print(f"  {geo.slug}", file=sys.stderr)
        return 2
    output = Path(args.output or f"{args.slug}.ipynb").resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    job = build.profile_job(args.slug, output)
    tmp = output.with_name(f".{output.stem}.tmp.ipynb")  # papermill wants .ipynb
    log_path = output.with_name(f".{output.stem}.kernel.log")
    try:
        with build.kernel_log_aside(log_path):
            seconds, _ = build.execute_notebook(job, tmp)
    except Exception as exc:
        tmp.unlink(missing_ok=True)
        print(f"profile {args.slug} failed: {exc}{build.kernel_log(log_path)}", file=sys.stderr)
        return 1
    finally:
        log_path.unlink(missing_ok=True)
    os.replace(tmp, output)
    print(f"{output} ({seconds:.1f} s)")
    return 0


def _cmd_profiles(args) -> int:

    unknown = [s for s in args.slugs if s not in build.PROFILES]
    if unknown:
        print(f"not a profile of the book: {', '.join(unknown)}. Valid profile slugs:",
              file=sys.stderr)
        for slug in build.PROFILES:
            print(f"  {slug}", file=sys.stderr)
        print("(any region: python -m analysis profile SLUG -o PATH)", file=sys.stderr)
        return 2
    try:
        if build.write_profile_toc():
            print("_toc.yml: region profiles updated")
        report = build.run_profiles(args.slugs or None, workers=args.jobs, force=args.force)
    except build.BuildError as exc:
        print(f"profiles failed: {exc}", file=sys.stderr)
        return 1
    print(f"profiles: {len(args.slugs or build.PROFILES)}, {len(report['executed'])} executed, "
          f"{len(report['merged'])} with new text merged, in {report['seconds']:.1f} s")
    return 0


def _cmd_build(args) -> int:
    # Ctrl-C stops the build even when it was started from a shell that ignores SIGINT
    # (a command run in the background of a non-interactive shell inherits SIG_IGN, and
    # Python then installs no handler of its own)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        build.build(workers=args.jobs, force=args.force)
    except build.Interrupted as exc:
        print(f"build {exc}", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("build interrupted: the previous executed notebooks and site are left in "
              "place", file=sys.stderr)
        return 130
    except build.BuildError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    return 0


def _cmd_validate(args) -> int:
    descriptor = Path(args.package).resolve() if args.package else data.DESCRIPTOR
    try:
        errors = data.validate_all(descriptor)
        count = len(data.table_names(descriptor))
    except data.DataError as exc:
        errors, count = [str(exc)], 0
    for message in errors:
        print(message, file=sys.stderr)
    if errors:
        print(f"data package not valid: {len(errors)} table(s) with errors", file=sys.stderr)
        return 1
    print(f"data package valid: {count} tables")
    return 0


def _cmd_bench(args) -> int:

    return bench.main(jobs=args.jobs, floor_runs=args.floor_runs, chapter=args.chapter,
                      table=args.table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis",
                                     description="Build and check the book.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("regions", help="print the valid region slugs").set_defaults(func=_cmd_regions)
    p = sub.add_parser("profile", help="write one region's executed profile notebook")
    p.add_argument("slug")
    p.add_argument("-o", "--output", help="where to write the notebook (default: SLUG.ipynb)")
    p.set_defaults(func=_cmd_profile)
    p = sub.add_parser("profiles", help="execute the book's region profiles (what changed)")
    p.add_argument("slugs", nargs="*", metavar="SLUG",
                   help="only these profiles (default: all the book's profiles)")
    p.add_argument("--jobs", "-j", type=int, default=None,
                   help="profiles executed at once (default: two per core)")
    p.add_argument("--force", action="store_true", help="execute every profile")
    p.set_defaults(func=_cmd_profiles)
    p = sub.add_parser("build", help="execute what changed and build the site")
    p.add_argument("--jobs", "-j", type=int, default=None,
                   help="notebooks executed at once (default: two per core)")
    p.add_argument("--force", action="store_true", help="execute and render everything")
    p.set_defaults(func=_cmd_build)
    p = sub.add_parser("validate", help="check every table of the data package")
    p.add_argument("--package", help="datapackage.json to check (default: data/datapackage.json)")
    p.set_defaults(func=_cmd_validate)
    p = sub.add_parser("bench", help="time the build and weigh the pages (rebuilds in place)")
    p.add_argument("--jobs", "-j", type=int, default=None,
                   help="notebooks executed at once (default: two per core)")
    p.add_argument("--floor-runs", type=int, default=5,
                   help="kernel starts timed for the floor (default: 5; the median is used)")
    p.add_argument("--chapter", help="page changed for the rebuild timings, as in _toc.yml "
                   "(default: the first chapter)")
    p.add_argument("--table", help="data file changed for the rebuild timing, e.g. "
                   "data/population.csv (default: the one read by the fewest notebooks)")
    p.set_defaults(func=_cmd_bench)
    args = parser.parse_args(argv)
    return args.func(args)

