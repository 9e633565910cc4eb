"""The workers of the LocalCluster kg.cluster.connect starts run without Dask's profiler and
fast monitors (kg.cluster.QUIET) and with one thread per numeric library, also a worker the
nanny restarts after it was killed. No spaCy is loaded."""

from __future__ import annotations

import os
import signal
import time

import pytest

pytest.importorskip("distributed")

from kg.cluster import QUIET, connect  # noqa: E402 (after the importorskip)
from kg.parallel import THREAD_ENV  # noqa: E402

pytestmark = pytest.mark.slow


def settings(dask_worker) -> tuple[bool, dict[str, str | None], bool, int]:
    import dask

    return (dask.config.get("distributed.worker.profile.enabled"),
            {k: os.environ.get(k) for k in THREAD_ENV},
            "profile" in dask_worker.periodic_callbacks, os.getpid())


def test_local_workers_are_quiet_and_single_threaded_even_after_a_restart(monkeypatch) -> None:
    import dask

    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    with connect(local_workers=1) as client:
        assert dask.config.get("distributed.worker.profile.enabled")  # this process: unchanged
        (first,) = client.run(settings).values()
        assert first[:3] == (QUIET["distributed.worker.profile.enabled"], THREAD_ENV, False)
        os.kill(first[3], signal.SIGKILL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            again = list(client.run(settings, on_error="ignore").values())
            if again and again[0][3] != first[3]:
                break
            time.sleep(0.5)
        else:
            pytest.fail("the nanny did not restart its worker")
        assert again[0][:3] == first[:3]
