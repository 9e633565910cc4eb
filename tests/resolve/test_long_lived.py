"""LongLived: the collector skips what lives between batches, and still frees cycles."""

import gc
import weakref

from kg.resolve.long_lived import LongLived


class _Ring:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_what_lives_after_a_batch_is_frozen_and_thawed_on_leaving():
    table = [[n] for n in range(1000)]
    with LongLived(first=10**9) as keep:
        keep.done(32)
        assert gc.get_freeze_count() >= len(table)
    assert gc.get_freeze_count() == 0


def test_a_cycle_dropped_before_a_freeze_is_freed_when_the_reports_double():
    with LongLived(first=100) as keep:
        ring = _Ring()
        gone = weakref.ref(ring)
        keep.done(32)  # frozen with the ring
        del ring
        gc.collect()
        assert gone() is not None  # frozen: the collector does not see it
        keep.done(64)
        assert gone() is not None
        keep.done(128)  # past 100: a full collection of everything
        assert gone() is None
        ring = _Ring()
        gone = weakref.ref(ring)
        keep.done(160)
        del ring
        keep.done(255)
        assert gone() is not None  # the next is at twice 128
        keep.done(256)
        assert gone() is None


def test_an_object_without_a_cycle_is_freed_at_once_even_frozen():
    class Leaf:
        pass

    with LongLived(first=10**9) as keep:
        leaf = Leaf()
        gone = weakref.ref(leaf)
        keep.done(32)
        del leaf
        assert gone() is None


def test_leaving_on_an_error_thaws_too():
    try:
        with LongLived() as keep:
            keep.done(1)
            raise RuntimeError("stop")
    except RuntimeError:
        pass
    assert gc.get_freeze_count() == 0
