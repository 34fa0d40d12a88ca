"""Load test of the REST API on this machine: concurrent clients against POST /extract and GET /events.

    python scripts/loadtest.py                          # starts `newsevents serve` on a free 127.0.0.1 port
    python scripts/loadtest.py --clients 50 --seconds 60
    python scripts/loadtest.py --url http://127.0.0.1:8000 --pid 1234   # a running server (loopback only)

Prints requests/s, p50/p99 latency per endpoint, the error rate (deliberately bad requests, which
must get a 4xx, are counted apart) and the server's resident memory before and after. The server
started here uses a throw-away SQLite store, seeded through POST /ingest so /events has rows.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = [
    "Fighters of the Allied Democratic Forces attacked an army position near Beni on Tuesday, killing four "
    "soldiers, a military spokesman said.",
    "Police fired tear gas at protesters in Nairobi on Thursday as thousands marched against the finance bill.",
    "A car bomb exploded at a market in Mogadishu on Sunday, killing at least 12 people, officials said. "
    "Al-Shabaab claimed responsibility.",
    "Gunmen abducted 30 students from a school in Kaduna state on Friday night, police said.",
]
FILTERS = [{}, {"country": "Kenya"}, {"type": "Battles"}, {"actor": "Police"}, {"since": "2020-01-01"},
           {"country": "SOM", "type": "Explosions/Remote violence"}]
# deliberate client errors: the server must answer each with a 4xx, never 5xx or a hang
BAD = [("GET", "/events", {"since": "2023-01-01", "until": "2020-01-01"}, None),
       ("GET", "/events", {"limit": "0"}, None),
       ("POST", "/extract", None, {"text": ""}),
       ("POST", "/extract", None, {"text": "x", "bogus": 1})]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int | None) -> float | None:
    if not pid:
        return None
    try:
        import psutil

        proc = psutil.Process(pid)
        return sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)]) / 1e6
    except Exception:  # noqa: BLE001 — psutil missing or the process gone: no figure
        return None


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def start_server(db: Path, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    exe = Path(sys.executable).with_name("newsevents")
    cmd = [str(exe) if exe.exists() else "newsevents", "serve", "--host", "127.0.0.1", "--port", str(port),
           "--db", str(db), "--log-level", "warning"]
    proc = subprocess.Popen(cmd, stdout=open(log, "wb"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with status {proc.returncode}; see {log}")
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    proc.terminate()
    raise SystemExit(f"server did not answer /health within 180 s; see {log}")


class Stats:
    def __init__(self) -> None:
        self.latency: dict[str, list[float]] = {}
        self.ok = self.errors = self.bad_ok = self.bad_wrong = 0
        self.error_kinds: dict[str, int] = {}

    def error(self, kind: str) -> None:
        self.errors += 1
        self.error_kinds[kind] = self.error_kinds.get(kind, 0) + 1


async def client(http: httpx.AsyncClient, stats: Stats, end: float, rng: random.Random, extract_share: float,
                 bad_share: float) -> None:
    while time.monotonic() < end:
        roll = rng.random()
        if roll < bad_share:
            method, path, params, body = rng.choice(BAD)
            name, deliberate = f"bad {method} {path}", True
        elif roll < bad_share + extract_share:
            method, path, params = "POST", "/extract", None
            body = {"text": rng.choice(ARTICLES), "published": "2023-03-09"}
            name, deliberate = "POST /extract", False
        else:
            method, path, params, body = "GET", "/events", {**rng.choice(FILTERS), "limit": 20}, None
            name, deliberate = "GET /events", False
        t = time.perf_counter()
        try:
            resp = await http.request(method, path, params=params, json=body)
        except httpx.HTTPError as exc:
            stats.error(type(exc).__name__)
            continue
        took = time.perf_counter() - t
        if deliberate:
            if 400 <= resp.status_code < 500:
                stats.bad_ok += 1
            else:
                stats.bad_wrong += 1
                stats.error(f"{name} -> {resp.status_code}")
            continue
        if resp.status_code == 200:
            stats.ok += 1
            stats.latency.setdefault(name, []).append(took)
        else:
            stats.error(f"{name} -> {resp.status_code}")


async def run_load(url: str, clients: int, seconds: float, extract_share: float, bad_share: float, seed: int) -> Stats:
    stats = Stats()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=httpx.Timeout(120.0), limits=limits) as http:
        end = time.monotonic() + seconds
        await asyncio.gather(*(client(http, stats, end, random.Random(seed + i), extract_share, bad_share)
                               for i in range(clients)))
    return stats


def seed_store(url: str, n: int) -> int:
    stored = 0
    with httpx.Client(base_url=url, timeout=120) as http:
        for i in range(n):
            text = ARTICLES[i % len(ARTICLES)].replace("on ", f"on {1 + i % 28} March 2023, ", 1)
            r = http.post("/ingest", json={"text": text, "published": "2023-03-30", "url": f"http://load.test/{i}"})
            stored += r.status_code == 200
    return stored


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", help="a running server on 127.0.0.1 (default: start one)")
    ap.add_argument("--pid", type=int, help="the running server's process id, for its memory figures")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--extract-share", type=float, default=0.5, help="share of requests that are POST /extract")
    ap.add_argument("--bad-share", type=float, default=0.05, help="share of deliberately bad requests")
    ap.add_argument("--seed-articles", type=int, default=20, help="articles stored first via POST /ingest")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if not 1 <= args.clients <= 200 or not 1 <= args.seconds <= 600:
        ap.error("keep it bounded: 1-200 clients, 1-600 seconds")

    proc = None
    tmp = Path(tempfile.mkdtemp(prefix="newsevents-load-"))
    if args.url:
        host = urlsplit(args.url).hostname
        if host not in ("127.0.0.1", "localhost", "::1"):
            ap.error("--url must point at this machine (127.0.0.1)")
        url, pid = args.url.rstrip("/"), args.pid
    else:
        proc, url = start_server(tmp / "load.db", tmp / "server.log")
        pid = proc.pid
        print(f"server: {url} (pid {pid}, store {tmp / 'load.db'}, log {tmp / 'server.log'})")
    try:
        seeded = seed_store(url, args.seed_articles) if args.seed_articles else 0
        warm = httpx.post(url + "/extract", json={"text": ARTICLES[0]}, timeout=120).status_code
        rss_before = rss_mb(pid)
        print(f"seeded {seeded} article(s); warm-up /extract -> {warm}; "
              f"load: {args.clients} clients for {args.seconds:g} s ...", flush=True)
        t0 = time.monotonic()
        stats = asyncio.run(run_load(url, args.clients, args.seconds, args.extract_share, args.bad_share, args.seed))
        elapsed = time.monotonic() - t0
        rss_after = rss_mb(pid)
    finally:
        if proc is not None:
            proc.terminate()  # the server this script started, by its own handle
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()

    total = stats.ok + stats.errors - stats.bad_wrong
    deliberate = stats.bad_ok + stats.bad_wrong
    print(f"\nrequests: {total + deliberate} in {elapsed:.1f} s = {(total + deliberate) / elapsed:.1f} req/s "
          f"({stats.ok / elapsed:.1f} successful req/s)")
    for name, lat in sorted(stats.latency.items()):
        print(f"  {name:<15} n={len(lat):<6} p50={percentile(lat, 50) * 1000:8.1f} ms  p99={percentile(lat, 99) * 1000:8.1f} ms"
              f"  max={max(lat) * 1000:8.1f} ms")
    rate = stats.errors / (total + stats.bad_wrong) if total + stats.bad_wrong else 0.0
    print(f"error rate: {rate:.2%} ({stats.errors} errors)" + (f": {stats.error_kinds}" if stats.errors else ""))
    print(f"deliberate bad requests: {deliberate}, answered 4xx: {stats.bad_ok}")
    fmt = lambda v: "n/a" if v is None else f"{v:.0f} MB"  # noqa: E731
    print(f"server RSS: before {fmt(rss_before)}, after {fmt(rss_after)}")
    return 1 if stats.errors else 0


if __name__ == "__main__":
    sys.exit(main())
