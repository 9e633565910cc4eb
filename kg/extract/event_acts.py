"""Gatherings a report tells by a verb of acting rather than by a head word: the opening of a
facility ("CUTCSA opened its first electric depot", "the centre was inaugurated") and the
sitting of a body ("The Executive Committee, meeting in Lausanne, voted")."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from kg.extract.event_info import EventInfo, event_words, place_of, sentence_date
from kg.extract.event_policy import body_said
from kg.extract.meetings import body_meetings
from kg.extract.openings import openings
from kg.extract.parsed import sents as all_sents
from kg.extract.refs import Refs
from kg.model import Event

__all__ = ["add_body_meetings", "add_openings"]


def add_openings(doc: Doc, refs: Refs, events: list[EventInfo], published: date | None) -> None:
    """ "CUTCSA opened its first electric depot": the opening, an event of its own; a bare
    "the ceremony" or "the inauguration" told in its sentence or the next is that opening."""
    for o in openings(doc, refs, published):
        bare = [e for e in events if not e.proper and e.event.type in ("Event", "Launch")
                and any(o.sent <= k <= o.sent + 1 for k in e.mentions)]
        if bare:
            info = bare[0]
            info.event.name, info.event.type, info.proper = o.name, "Launch", True
            info.mentions = sorted(set(info.mentions) | {o.sent})
            continue
        s = all_sents(doc)[o.sent]
        ev = Event(id="", name=o.name, type="Launch", date=sentence_date(s, published),
                   place=place_of(s))
        at = next((n for n, e in enumerate(events) if e.sent > o.sent), len(events))
        events.insert(at, EventInfo(ev, o.sent, o.token, [o.sent], True))


def add_body_meetings(doc: Doc, refs: Refs, events: list[EventInfo],
                      published: date | None) -> None:
    """ "The agency's Executive Committee, meeting in Lausanne, voted ... Speaking after the
    meeting, X said": the sitting of a body told by a verb is "Meeting of the Executive
    Committee"; a bare "the meeting" told later is that sitting. A gathering the sentence (or
    the next) already tells is the one the body met at, named as it is."""
    for body, k, tok in body_meetings(doc, refs)[:1]:
        name, typ = _sitting(body_said(refs.table.actors[body]))
        bare = [e for e in events if not e.proper and e.sent >= k and e.event.type == "Meeting"
                and len(e.event.name.split()) == 1]
        if not bare and any(k in e.mentions or k + 1 in e.mentions for e in events
                            if not e.event.name.lower().startswith(_APART)):
            continue
        if bare:
            info = bare[0]
            info.event.name, info.event.type, info.proper, info.sent = name, typ, True, k
            info.mentions = sorted(set(info.mentions) | {k})
            events.sort(key=lambda e: e.sent)
            continue
        s = all_sents(doc)[k]
        ev = Event(id="", name=name, type=typ, date=sentence_date(s, published),
                   place=place_of(s))
        at = next((n for n, e in enumerate(events) if e.sent > k), len(events))
        events.insert(at, EventInfo(ev, k, tok, [k], True))


def _sitting(body: str) -> tuple[str, str]:
    """The name and type of a body's sitting: "Meeting of the Executive Committee", but "The
    General Assembly of the X met": an assembly's sitting is called by the assembly's name."""
    heads = event_words()["edition_heads"]
    typ = next((heads[w.lower()] for w in body.split() if w[:1].isupper()
                and w.lower() in heads), None)
    if typ is not None:
        return body, typ
    return f"Meeting of the {body}", "Meeting"


# gatherings apart from the one a body met at: "the press conference after it", "a side event"
_APART = ("press", "news", "joint press", "side", "signing")
