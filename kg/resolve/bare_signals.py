"""Which batches a bare surname beside a full name must meet: the ``n:`` and ``w:`` signals.

A person named by a full name and by the bare surname too ("Ama Osei" ... "Osei said") is
one node with both forms. Its bare surname gives weak edges to every full name of its surname
(:mod:`kg.resolve.candidates`), so a known actor with one was looked up for every full name
of that surname in every batch: a number that grows with the corpus (at 3,000 synthetic
reports, two thirds of the known actors a batch met). But such a node can join a full name
only if none of its own full names conflicts with it, and two full names of one surname whose
first initials differ always conflict (:func:`kg.resolve.persons.relation`). So the known
actor's bare surname gives (:func:`bare_signals`):

- ``n:skel/a`` when its full names of that very surname all start with "a": met by the
  batch's full names of block ``skel/a`` (their ``P:`` signal) only;
- ``n:skel/*`` when it has no full name of that surname: met by every full name of the
  surname's block ``skel/...``;
- no ``n:`` when its full names of that surname start with two initials: it can join none;
- ``w:skel``, met only where a batch spells one full name's key in two ways ("Ama Al Hassan",
  "Ama Alhassan": :func:`batch_signals`), since the resolver then reads the key under one
  spelling and compares the nodes under their own.

The resolver also reads a bare surname's key under whichever node of that key comes last
("Al Hassan" of one actor, "Alhassan" of another): when the table holds the key in another
spelling too, the actor gives ``n:skel/*`` and ``w:skel`` for that spelling's skeleton as well
(:class:`kg.resolve.known.KnownActors` re-derives the signals of an actor whose key gains or
loses a spelling).

A batch node's own bare surname looks up every full name of its surname (``S:``) as before:
a known full name's key is read in the spelling of whichever known node of it comes last,
which the batch alone cannot tell.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet

from kg.resolve.blocking import surname_key, word_skeleton
from kg.resolve.persons import PersonName

__all__ = ["Spelling", "spellings", "bare_signals", "lone_signals", "batch_signals"]

#: how a name key is read: its surname, and whether it has given names
Spelling = tuple[str, bool]


def spellings(persons: Mapping[str, PersonName]) -> Iterator[tuple[str, Spelling]]:
    """(name key, spelling) of each form of a node."""
    for key, person in persons.items():
        yield key, (person.surname, bool(person.given))


def bare_signals(
    persons: Mapping[str, PersonName], bare: PersonName, others: AbstractSet[Spelling] = frozenset()
) -> Iterator[str]:
    """The signals of the bare surname ``bare`` of a node whose forms are ``persons`` (it has
    a full name too); ``others``: every spelling of its key among the known actors."""
    own: Spelling = (bare.surname, False)
    for spelling in sorted(others - {own}):
        skel = word_skeleton(spelling[0])
        yield f"w:{skel}"
        yield f"n:{skel}/*"
    skel = surname_key(bare)
    yield f"w:{skel}"
    firsts = {p.given[0][:1] for p in persons.values() if p.given and p.surname == bare.surname}
    if not firsts:
        yield f"n:{skel}/*"
    elif len(firsts) == 1:
        yield f"n:{skel}/{firsts.pop()}"


def lone_signals(bare: PersonName, others: AbstractSet[Spelling] = frozenset()) -> Iterator[str]:
    """The ``N:`` signals of the bare surname of a node with no full name: its skeleton's, and
    that of every other spelling of its key among the known actors (``others``), under which
    the resolver may read it."""
    yield f"N:{surname_key(bare)}"
    for surname, _ in sorted(others - {(bare.surname, False)}):
        yield f"N:{word_skeleton(surname)}"


def batch_signals(batch: Iterable[Mapping[str, PersonName]]) -> set[str]:
    """The ``w:`` signals a batch looks up beside its nodes' own: the surname skeletons of
    each spelling of every full name's key the batch spells in more than one way (surname or
    first initial). ``batch``: the forms of each of its nodes."""
    found: dict[str, set[tuple[str, str, str]]] = {}
    for persons in batch:
        for key, person in persons.items():
            if person.given:
                found.setdefault(key, set()).add(
                    (surname_key(person), person.surname, person.given[0][:1]))
    return {f"w:{skel}" for ways in found.values() if len(ways) > 1 for skel, _, _ in ways}
