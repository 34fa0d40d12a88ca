"""Time-bounded fuzzing of the ingest and extraction entry points.

    python fuzz/run.py --seconds 120                 # coverage-guided (atheris) if installed, else grammar
    python fuzz/run.py --seconds 60 --engine grammar # seeded random hostile inputs, no atheris needed

Inputs go through `ingest.decode` / `ingest.read_bytes` -> `cleanup.clean` -> `Pipeline` and are
checked against the contract in `fuzz/hostile.py`. Fuzzing runs in a worker process watched by this
one: an input that raises anything but `IngestError`, breaks the contract, or runs longer than
--timeout seconds is saved under `fuzz/crashes/` (with the traceback next to it) and the worker is
restarted. At the end it prints how many inputs were tried and how many failures were found; the
exit status is 1 when there were failures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import selectors
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRASHES = HERE / "crashes"
SEEDS = [HERE.parent / "examples", HERE / "corpus"]
STARTUP_GRACE = 120.0  # seconds a worker may take to load spaCy and the gazetteer


def _save(kind: str, data: bytes, detail: str) -> Path:
    CRASHES.mkdir(exist_ok=True)
    name = f"{kind}-{hashlib.sha1(data).hexdigest()[:12]}"
    (CRASHES / f"{name}.bin").write_bytes(data)
    (CRASHES / f"{name}.txt").write_text(detail, encoding="utf-8")
    return CRASHES / f"{name}.bin"


# ---- worker -------------------------------------------------------------------------------------------
class Target:
    """One input through every entry point; `current` always holds the input being run (for hangs)."""

    def __init__(self, current: Path, extract_every: int):
        sys.path.insert(0, str(HERE))
        import hostile  # noqa: E402  (imported here so atheris can instrument newsevents first)
        from newsevents.pipeline import Pipeline

        self.h = hostile
        self.pipeline = Pipeline()
        self.current = current
        self.extract_every = extract_every
        self.tried = 0
        self.failures = 0
        self.anomalies: dict[str, str] = {}
        self.last_report = 0.0

    def emit(self, **msg) -> None:
        print(json.dumps(msg), flush=True)

    def progress(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self.last_report > 0.5:
            self.last_report = now
            self.emit(tried=self.tried, failures=self.failures)

    def run_bytes(self, data: bytes) -> None:
        """Input as raw article bytes: decode/read_bytes, then cleanup and (every n-th) extraction."""
        self._run(b"B" + data, lambda: self._bytes_path(data))

    def run_text(self, text: str) -> None:
        """Input as a Python string (may hold lone surrogates, which no bytes can): cleanup and extraction."""
        self._run(b"T" + text.encode("utf-8", "surrogatepass"), lambda: self._text_path(text, True))

    def _bytes_path(self, data: bytes) -> None:
        h = self.h
        text = h.check_decode(data)
        raw = h.check_read_bytes(data, "fuzz.html" if self.tried % 2 else "fuzz.txt")
        if text is not None and raw is not None:
            h.check_clean(raw)
            self._text_path(text, self.tried % self.extract_every == 0)

    def _text_path(self, text: str, extract: bool) -> None:
        h = self.h
        h.check_clean(h.RawInput(text=text, title=text[:80], url="http://x/" + text[:20]))
        if extract:
            for a in h.anomalies(h.check_extract(self.pipeline, text)):
                kind = a.split(" ")[0].split("=")[0]
                if kind not in self.anomalies:
                    self.anomalies[kind] = a
                    self.emit(anomaly=a, sample=text[:200].encode("utf-8", "replace").decode())

    def _run(self, tagged: bytes, body) -> None:
        self.current.write_bytes(tagged)
        self.tried += 1
        try:
            body()
        except Exception as exc:  # noqa: BLE001 — every exception that reaches here is a finding
            self.failures += 1
            detail = "".join(traceback.format_exception(exc))
            path = _save("crash", tagged, detail)
            self.emit(failure=f"{type(exc).__name__}: {str(exc)[:200]}", saved=str(path))
        self.progress()


def _seed_inputs() -> list[bytes]:
    out = []
    for folder in SEEDS:
        if folder.is_dir():
            out += [p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and p.stat().st_size < 200_000]
    return out


def worker_grammar(args, target: Target) -> None:
    h = target.h
    rng = random.Random(args.seed)
    deadline = time.monotonic() + args.seconds
    if args.big:
        for name, text in h.big_inputs():
            target.emit(note=f"big input: {name}")
            target.run_text(text)
    seeds = _seed_inputs() or [s.encode() for s in h.EVENT_SENTENCES]
    while time.monotonic() < deadline:
        roll = rng.random()
        if roll < 0.45:
            target.run_bytes(h.random_bytes(rng))
        elif roll < 0.6:
            target.run_bytes(h.mutate(rng, rng.choice(seeds)))
        else:
            target.run_text(h.random_html(rng) if roll < 0.7 else h.random_text(rng))
    target.progress(force=True)


def worker_atheris(args) -> None:
    import atheris

    with atheris.instrument_imports(include=["newsevents"]):
        target = Target(Path(args.current), args.extract_every)
    target.emit(ready=True)
    deadline = time.monotonic() + args.seconds

    def one(data: bytes) -> None:
        if time.monotonic() > deadline:  # libFuzzer's own -max_total_time exits without a last report
            target.progress(force=True)
            os._exit(0)
        if data[:1] == b"T":  # the rest as UTF-16 code units: a str that may hold lone surrogates
            target.run_text(data[1:len(data) - (len(data) - 1) % 2].decode("utf-16-le", "surrogatepass"))
        else:
            target.run_bytes(data)

    corpus = Path(tempfile.mkdtemp(prefix="newsevents-fuzz-corpus-"))
    for i, seed in enumerate(_seed_inputs()):
        (corpus / f"seed{i}").write_bytes(seed[:16384])
    atheris.Setup([sys.argv[0], f"-timeout={int(args.timeout)}", f"-artifact_prefix={CRASHES}/",
                   "-max_len=16384", "-rss_limit_mb=3072", f"-seed={args.seed}", str(corpus)], one)
    atheris.Fuzz()


def worker_main(args) -> None:
    if args.engine == "atheris":
        worker_atheris(args)
        return
    target = Target(Path(args.current), args.extract_every)
    target.emit(ready=True)
    worker_grammar(args, target)


# ---- supervisor -------------------------------------------------------------------------------------
def have_atheris() -> bool:
    try:
        import atheris  # noqa: F401
    except ImportError:
        return False
    return True


def supervise(args) -> int:
    engine = args.engine if args.engine != "auto" else ("atheris" if have_atheris() else "grammar")
    print(f"fuzz: engine={engine} seconds={args.seconds} timeout={args.timeout}s seed={args.seed}", flush=True)
    end = time.monotonic() + args.seconds
    tried = failures = hangs = restarts = 0
    anomalies: list[str] = []
    state = Path(tempfile.mkdtemp(prefix="newsevents-fuzz-"))
    current = state / "current"
    seed = args.seed
    first = True
    while True:
        remaining = end - time.monotonic()
        if remaining < 2:
            break
        cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", "--engine", engine,
               "--seconds", f"{remaining:.1f}", "--seed", str(seed), "--timeout", str(args.timeout),
               "--current", str(current), "--extract-every", str(args.extract_every)] + (["--big"] if first and args.big else [])
        log = open(state / "worker.log", "ab")
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log)
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        base_tried, ready, last = tried, False, time.monotonic()
        buf = b""
        while True:
            limit = args.timeout if ready else STARTUP_GRACE
            events = sel.select(timeout=1.0)
            if events:
                chunk = os.read(proc.stdout.fileno(), 65536)
                if not chunk:
                    break
                buf += chunk
                while b"\n" in buf:
                    line, buf = buf.split(b"\n", 1)
                    try:
                        msg = json.loads(line)
                    except ValueError:
                        continue
                    last = time.monotonic()
                    ready = ready or bool(msg.get("ready") or "tried" in msg)
                    if "tried" in msg:
                        tried = base_tried + msg["tried"]
                    if "failure" in msg:
                        failures += 1
                        print(f"  FAILURE {msg['failure']}  -> {msg['saved']}", flush=True)
                    if "anomaly" in msg and msg["anomaly"] not in anomalies:
                        anomalies.append(msg["anomaly"])
                        print(f"  anomaly {msg['anomaly']}  (input starts {msg['sample'][:80]!r})", flush=True)
                    if "note" in msg:
                        print(f"  {msg['note']}", flush=True)
            elif time.monotonic() - last > limit:
                proc.kill()  # the worker this loop started, by its own handle
                proc.wait()
                data = current.read_bytes() if current.exists() else b""
                path = _save("hang", data, f"no progress for {limit:.0f} s on this input ({len(data)} bytes)\n")
                hangs += 1
                tried += 1
                print(f"  HANG > {limit:.0f} s  -> {path}", flush=True)
                break
            if proc.poll() is not None and not events:
                break
        proc.wait()
        log.close()
        if proc.returncode not in (0, -9, None):
            data = current.read_bytes() if current.exists() else b""
            tail = (state / "worker.log").read_bytes()[-4000:].decode("utf-8", "replace")
            if data:
                path = _save("died", data, f"worker exited with status {proc.returncode}\n{tail}")
                failures += 1
                print(f"  WORKER DIED (status {proc.returncode}) -> {path}", flush=True)
        restarts += 1
        seed += 1
        first = False
    print(f"inputs tried: {tried}")
    print(f"failures found: {failures + hangs} (crashes {failures}, hangs {hangs}); saved under {CRASHES}")
    print(f"anomalies (odd values, not failures): {len(anomalies)}")
    for a in anomalies:
        print(f"  - {a}")
    print(f"worker runs: {restarts}; worker log: {state / 'worker.log'}")
    return 1 if failures + hangs else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=60.0, help="total fuzzing time (default 60)")
    ap.add_argument("--engine", choices=("auto", "atheris", "grammar"), default="auto")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds one input may take before it counts as a hang")
    ap.add_argument("--seed", type=int, default=int(time.time()) % 100000)
    ap.add_argument("--extract-every", type=int, default=3, help="run the full pipeline on every n-th input")
    ap.add_argument("--big", action="store_true", help="start with the large worst-case inputs (slow)")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--current", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        worker_main(args)
        return 0
    return supervise(args)


if __name__ == "__main__":
    sys.exit(main())
