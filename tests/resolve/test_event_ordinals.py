"""Editions numbered in words: "Sixty-Sixth" is 66 and "Twenty-First" 21, so two sittings
whose ordinals share only a last word are never one event."""

from __future__ import annotations

from kg.resolve.event_mentions import _ordinals


def test_tens_before_a_unit_ordinal_make_one_number():
    assert _ordinals("Sixty-Sixth Ordinary Session of the Authority") == {66}
    assert _ordinals("Twenty-First Ordinary Session") == {21}
    assert _ordinals("the Thirtieth Meeting") == {30}


def test_a_unit_ordinal_alone_and_digits_keep_their_value():
    assert _ordinals("Sixth Summit") == {6}
    assert _ordinals("the 21st summit") == {21}
    assert _ordinals("Sixth Summit") != _ordinals("Sixty-Sixth Summit")
