#!/usr/bin/env python3
"""Scan JSON Lines files on a Dask cluster, with `redflag scan` as the map step.

`redflag scan` is a streaming filter: one verdict line out for each line in, in
order. So a dask.bag of the files' lines, cut into partitions, is scanned by
piping each partition through `redflag scan -` on whichever worker holds it, and
the partitions, which keep the files' order, are written out in order: the same
lines as one `cat FILE... | redflag scan -`, whatever the number of machines.

    python3 dask_scan.py -o verdicts.jsonl chats-*.jsonl                 # a LocalCluster, one worker per core
    python3 dask_scan.py --scheduler tcp://host:8786 -o out.jsonl s3://...  # an existing cluster
    python3 dask_scan.py --workers 2 --partitions 8 --no-model -o out.jsonl a.jsonl b.jsonl

Every worker needs Node and RedFlag (`--redflag` says how to run it there).
Each `redflag scan` runs with `--jobs 1`: Dask already gives each core its own
partition. One difference from a single run: an error line's "line" counts from
the start of its partition, not of the input (its "id", when it has one, still
names it). Requires dask and distributed (Debian: apt-get install python3-distributed).
This is tested by tests/cli/dask.test.ts.
"""

import argparse
import itertools
import os
import shlex
import subprocess
import sys
from collections import deque

import dask.bag as db
from dask.distributed import Client, LocalCluster

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_REDFLAG = f"node {shlex.quote(os.path.join(HERE, '..', '..', 'src', 'cli', 'bin.js'))}"


def scan_partition(lines, command):
    """Pipes one partition's lines through `redflag scan -`; returns its output lines."""
    # surrogateescape (see read_text below) gives back the input's exact bytes, even invalid UTF-8,
    # which redflag then reports in place like any bad line.
    text = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    done = subprocess.run(command, input=text.encode("utf-8", "surrogateescape"), capture_output=True, check=False)
    # Exit code 1 means some lines had errors, reported in place: still a complete result.
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{shlex.join(command)} failed (exit code {done.returncode}): {done.stderr.decode(errors='replace').strip()}")
    return [done.stdout.decode("utf-8")]


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("files", nargs="+", help="JSON Lines files (local paths, globs, or any URL Dask reads)")
    parser.add_argument("-o", "--output", required=True, help="where to write the verdicts, in input order ('-': standard output)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: start a LocalCluster)")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="LocalCluster worker processes (default: one per core)")
    parser.add_argument("--partitions", type=int, help="partitions to cut the input into (default: 4 per worker)")
    parser.add_argument("--blocksize", default="16MB", help="bytes a partition reads at most before repartitioning (default: 16MB)")
    parser.add_argument("--redflag", default=DEFAULT_REDFLAG, help=f"how a worker runs redflag (default: {DEFAULT_REDFLAG})")
    parser.add_argument("--no-model", action="store_true", help="heuristics only (redflag scan --no-model)")
    args = parser.parse_args(argv)

    command = [*shlex.split(args.redflag), "scan", "--jobs", "1", *(["--no-model"] if args.no_model else []), "-"]
    # One thread per worker process: each partition's work is done by its own redflag process.
    cluster = None if args.scheduler else LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8", newline="")
    try:
        with Client(args.scheduler or cluster) as client:
            partitions, used, workers = scan(client, args, command, out)
    finally:
        if out is not sys.stdout:
            out.close()
        if cluster is not None:
            cluster.close()
    print(f"dask_scan: {partitions} partitions scanned on {len(used)} of {workers} workers", file=sys.stderr)


def scan(client, args, command, out):
    """Writes the verdicts to `out` in input order; returns the partitions, the workers that ran them, and the workers there were."""
    workers = len(client.scheduler_info()["workers"])
    # Lines split on "\n" only, with their line ends kept, as redflag reads them.
    lines = db.read_text(args.files, blocksize=args.blocksize, linedelimiter="\n", errors="surrogateescape")
    parts = lines.repartition(npartitions=args.partitions or 4 * workers).map_partitions(scan_partition, command).to_delayed()
    # Partitions are computed ahead, at most two a worker at a time, and written in order:
    # memory stays bounded however long the input.
    todo = iter(parts)
    pending = deque(client.compute(part) for part in itertools.islice(todo, 2 * workers))
    used = set()
    while pending:
        future = pending.popleft()
        out.write("".join(future.result()))
        used.update(*client.who_has([future]).values())
        future.release()
        pending.extend(client.compute(part) for part in itertools.islice(todo, 1))
    return len(parts), used, workers


if __name__ == "__main__":
    main(sys.argv[1:])
