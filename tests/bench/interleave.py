#!/usr/bin/env python3
# Interleaved A/B of `flowlog-cli list`'s own cost (list minus profile list, as cli-e2e measures it) between builds,
# run alternately in one batch so the machine's drift hits every build alike (issue 19 goal 4). Each variant is
# NAME=DIR[:VAR=VALUE,...]: DIR holds that build's flowlog-cli and flowlog-sandbox (e.g. a copy of build/bin), the
# optional environment is set for its runs. Prints medians and quartiles per variant.
#   python3 tests/bench/interleave.py 25 old=/tmp/old-bin new=build/bin
import os
import statistics
import subprocess
import sys
import time

ARGS = ['--sandbox', '--sandbox-arg=--accounts=6', '--sandbox-arg=--latency-ms=40', '--sandbox-arg=--seed=7']


def variants(specs):
    out = []
    for spec in specs:
        name, _, rest = spec.partition('=')
        directory, _, envs = rest.partition(':')
        env = dict(os.environ)
        for e in filter(None, envs.split(',')):
            key, _, value = e.partition('=')
            env[key] = value
        out.append((name, directory, env))
    return out


def run_ms(command, env):
    start = time.monotonic()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
    return (time.monotonic() - start) * 1000


def main():
    if len(sys.argv) < 4:
        sys.exit('usage: interleave.py RUNS NAME=DIR[:VAR=VALUE,...] NAME=DIR... (two variants or more)')
    runs = int(sys.argv[1])
    vs = variants(sys.argv[2:])
    times = {name: {'list': [], 'plist': []} for name, _, _ in vs}
    for _ in range(runs):
        for name, directory, env in vs:
            cli = os.path.join(directory, 'flowlog-cli')
            times[name]['list'].append(run_ms([cli] + ARGS + ['list', '--format', 'ndjson'], env))
            times[name]['plist'].append(run_ms([cli] + ARGS + ['profile', 'list'], env))
    for name, _, _ in vs:
        t = times[name]
        cost = [a - b for a, b in zip(t['list'], t['plist'])]
        q = statistics.quantiles(cost, n=4)
        print('%-10s list median %.1f ms  profile list median %.1f ms  list cost median %.1f (q1 %.1f, q3 %.1f) ms' %
              (name, statistics.median(t['list']), statistics.median(t['plist']), statistics.median(cost), q[0], q[2]))


if __name__ == '__main__':
    main()
