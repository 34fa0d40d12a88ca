"""A worker process killed in the middle of a distributed run: Dask reschedules its partitions and the
result is still exactly the single-process result — nothing lost, nothing doubled."""

import os
import signal
from pathlib import Path

from newsevents.distributed import dask_client, extract_distributed, process_partition

ROOT = Path(__file__).resolve().parents[1]

TEMPLATES = [
    "Gunmen attacked a bus near {town} on Monday, killing {n} passengers, police said.",
    "Hundreds of students marched in {town} on Tuesday to demand lower fees; the protest was peaceful.",
    "Soldiers clashed with rebels outside {town} on Wednesday, leaving {n} fighters dead.",
    "A roadside bomb exploded under a police truck near {town} on Thursday, killing {n} officers.",
]
TOWNS = ["Maiduguri", "Gao", "Beni", "Kharkiv", "Mogadishu", "Lashio", "Kisumu", "Ouahigouya"]


def test_killed_worker_loses_and_doubles_nothing(tmp_path):
    specs = []
    for i in range(24):
        path = tmp_path / f"{i:02d}.txt"
        path.write_text(TEMPLATES[i % 4].format(town=TOWNS[i % len(TOWNS)], n=2 + i % 5) + "\n")
        specs.append(str(path))
    expected = process_partition(specs)

    with dask_client(workers=2) as client:
        pids = client.run(os.getpid)
        results = []
        for result in extract_distributed(specs, partition_size=2, client=client):
            results.append(result)
            if len(results) == 2:  # first results are in: kill one worker while the rest are queued or running
                os.kill(next(iter(pids.values())), signal.SIGKILL)
        assert client.run(os.getpid) != pids  # the nanny replaced the killed worker

    assert [r.spec for r in results] == specs
    assert [(r.article_id, r.records, r.error) for r in results] == \
           [(r.article_id, r.records, r.error) for r in expected]
