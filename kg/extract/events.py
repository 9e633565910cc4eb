"""Events: the gatherings a report is about, with name, type, place and date.

The first gathering named in the body is the report's main event; a later one counts as another
event when it is marked as such ("the previous regional conference", "its next meeting") or when
it carries a proper name of its own; a signing of a memorandum or agreement is an event too.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from kg.extract.event_actors import gathering_in_name, unlink
from kg.extract.event_acts import add_body_meetings, add_openings
from kg.extract.event_dates import fill_event
from kg.extract.event_extras import (
    add_launch,
    add_meetings,
    add_signing,
    add_visits,
    briefing,
    name_bare,
    name_from_document_title,
    name_from_title,
    name_launch,
)
from kg.extract.event_heads import MASS, head_type, in_actor_name, is_head, mass, owner_of_head
from kg.extract.event_info import (
    EventInfo,
    event_words,
    part_words,
    place_of,
    qualified_heads,
    resolve_date,
    sentence_date,
)
from kg.extract.event_names import OTHER, hyphened, name_of, proper_run, quoted_after
from kg.extract.event_owners import (
    first_ever,
    has_edition,
    is_ordinal,
    members_owner,
    numbered,
    owned_name,
    owner,
    told_hosts,
)
from kg.extract.event_passing import in_passing, to_come
from kg.extract.event_policy import body_said
from kg.extract.event_retold import (
    AFTER,
    CLAUSE,
    PARTS,
    PRESS_HEADS,
    after_main,
    and_list,
    apposed,
    billed,
    drop_passing,
    last_told,
    met_with,
    says_more,
    whose,
)
from kg.extract.event_titles import name_from_name_title
from kg.extract.event_topics import name_by_occasion, name_by_topic
from kg.extract.lexicon import Lexicon
from kg.extract.parsed import sent_index, span_text, tokens_among
from kg.extract.parsed import sents as all_sents
from kg.extract.parsed import text as doc_text
from kg.extract.refs import Refs
from kg.model import Event

__all__ = ["EventInfo", "find_events", "resolve_date"]

def _describes_body(tok, lex: Lexicon) -> bool:
    """ "The Inclusive Framework, the negotiating forum the OECD runs, adopted ...": a head in
    apposition to a name that is neither a gathering's nor a place's says what that body is,
    no gathering ("the Lakeland Summit, a two-day meeting": the summit's; "Davos, the annual
    forum": the place's)."""
    head = tok.head
    return (tok.dep_ == "appos" and tok.text.islower() and head.i < tok.i
            and head.pos_ == "PROPN" and not is_head(head, lex)
            and head.ent_type_ not in ("GPE", "LOC", "DATE", "EVENT")
            # ("LAHORE, 18 May 2024 - A provincial conference ...": a dateline, not a body)
            and not any(t.ent_type_ == "DATE" for t in tok.doc[head.i + 1 : tok.i]))


def _sitting_of(tok, name: str, refs: Refs) -> str:
    """ "the Council of the X closed the first part of its 30th session": "First part of the
    30th session of the Council of the X" (the body the verb's subject names, the part told)."""
    node, part = tok, ""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "part":
        part_tok = tok.head.head
        mods = [t.text for t in part_tok.lefts if t.dep_ == "amod"]
        part = " ".join([*mods, "part of the "])
        node = part_tok
    while node.dep_ not in ("ROOT",) and node.pos_ != "VERB" and node.head.i != node.i:
        node = node.head
    bodies = [a for a in refs.subject(node) if refs.table.actors[a].type == "Organization"]
    said = body_said(refs.table.actors[bodies[0]]) if len(bodies) == 1 else ""
    if said and refs.table.actors[bodies[0]].name not in name and not re.search(
            rf"\b{re.escape(said)}\b", name):  # (not "67th session of the X of the X")
        name = f"{name} of the {said}"
    if part:
        name = f"{part}{name[:1].lower()}{name[1:]}"
    return name[:1].upper() + name[1:]


def _holders(tok, refs: Refs) -> str:
    """ "NUDIPU and the IDA jointly held a press conference": the two or three bodies that held
    it, by their short names ("" for one body or none: the press conference is then named after
    the gathering it follows)."""
    if tok.dep_ != "dobj" or tok.head.lemma_ not in ("hold", "organize", "organise", "host"):
        return ""
    bodies = [a for a in refs.subject(tok.head) if refs.table.actors[a].type == "Organization"]
    if not 2 <= len(bodies) <= 3:
        return ""
    return and_list([min(refs.table.actors[a].names, key=len) for a in bodies])


_ALONGSIDE = re.compile(r"\s+(?:held\s+|organi[sz]ed\s+|run\s+)?(?:alongside|on the sidelines of|"
                        r"on the margins of|in the margins of)\s", re.I)


def _capitalized_part(name: str) -> str:
    """ "first Conference" -> "Conference": a name without the lower-case words before it."""
    words = name.split()
    while len(words) > 1 and words[0][:1].islower():
        words.pop(0)
    return " ".join(words)


def _sitting_name(name: str, body: str) -> bool:
    """ "First Meeting of the Conference of the Parties to X" is a sitting of "(first)
    Conference" / "the Conference of the Parties"."""
    return f" of the {_capitalized_part(body).lower()} " in f"{name.lower()} "


def _part_only(name: str) -> bool:
    """ "Opening session": a name that says only which part of a gathering it is."""
    words = name.lower().split()
    return len(words) > 1 and words[-1] in PARTS and set(words[:-1]) <= part_words()


_BRIEF = frozenset({"brief"})


def _head_words(lex: Lexicon) -> frozenset[str]:
    """Every word in lower case ``head_type`` can take for a head, with "event" (a side
    event) and "table" (a round table): a token outside them heads no gathering."""
    words = event_words()
    return frozenset(
        {*lex.event_heads, *words["edition_heads"], *qualified_heads(), *words["proper_heads"],
         *words["topic_heads"], "table", "event"}
    )


def find_events(
    doc: Doc, lex: Lexicon, published: date | None, dateline: str | None, refs: Refs | None = None,
    reclaimed: set[str] | None = None, title: str = "",
) -> list[EventInfo]:
    """The report's events in order of introduction; ``refs`` tells which tokens name actors
    (a head word inside an organization's name is no gathering; a signing is named after its
    parties)."""
    sents = all_sents(doc)
    sent_of = sent_index(doc)
    events: list[EventInfo] = []
    heads: dict[int, str] = {}  # id(EventInfo) -> head word
    quoted: list[tuple[int, int]] = []  # where the titles of events found are in the text
    passing: dict[int, bool] = {}  # id(EventInfo) -> hosts told, for gatherings told in passing
    for tok in tokens_among(doc[:], _head_words(lex), _BRIEF):
        # only the tokens a head word, "event" or "brief" opens: for any other, head_type
        # gives None and the loop's first test says continue (read token by token before)
        k = sent_of[tok.i]
        if refs is not None and tok.lemma_ == "brief" and tok.pos_ == "VERB":
            info = briefing(doc, tok, k, refs, published)
            kind = "body briefing" if info is not None and info.members else "press briefing"
            if info is not None and not any(heads.get(id(e)) == kind for e in events):
                heads[id(info)] = kind
                events.append(info)
            continue
        typ = head_type(tok, lex)  # (once: most tokens head no gathering)
        # "a side event on X": a gathering on the sidelines of the one reported, apart from it
        side = tok.lower_ == "event" and any(c.lower_ in ("side", "parallel") for c in tok.lefts)
        # ("a separate session for farmers": a gathering held apart, not a part of the one told)
        side = side or typ is not None and any(c.lower_ in ("separate", "parallel")
                                               and c.dep_ == "amod" for c in tok.lefts)
        # ("the cyber drill held alongside the meeting", "a dinner on the sidelines of it")
        side = side or typ is not None and _ALONGSIDE.match(
            doc_text(doc), tok.idx + len(tok)) is not None
        if not side and typ is None:
            continue  # (no head word: ``is_head`` below would say so, asking ``head_type`` again)
        if not side and (
            not is_head(tok, lex)
            or tok.dep_ == "compound"
            # "the launch and signing ceremony": the ceremony is the gathering
            or tok.dep_ == "nmod" and is_head(tok.head, lex)
            or tok.dep_ == "conj" and tok.head.dep_ in ("nmod", "compound")
            and is_head(tok.head.head, lex)
            # "its Annual Conference and General Meeting": one gathering's two-part name
            or tok.dep_ == "conj" and is_head(tok.head, lex) and tok.text[:1].isupper()
            and tok.head.text[:1].isupper() and not any(c.dep_ == "det" for c in tok.lefts)
            and all(t.text[:1].isupper() or t.lower_ == "and"
                    for t in doc[tok.head.i + 1 : tok.i])
            or (tok.tag_ in ("NNS", "NNPS") and tok.lower_ != "sessions")
        ):
            continue
        run = proper_run(doc, tok)
        if run is not None and any(v in run.text for v in lex.venue_words):
            continue
        if refs is not None and in_actor_name(tok, run, refs):
            body = gathering_in_name(tok, refs)
            if body is None or reclaimed is None:
                continue
            reclaimed.add(body)  # "their 26th Ordinary Assembly": a gathering, not a body
            unlink(refs, {body})  # (nor the owner of the gathering its name says)
        if any(a <= tok.idx < b for a, b in quoted):
            continue  # "The conference is titled "Effective Social Dialogue ...""
        if mass(tok) or owner_of_head(tok, lex):
            continue
        if _describes_body(tok, lex):
            continue
        described = apposed(tok, events, k)
        if described is not None:
            described.mentions.append(k)  # "the X Dialogue, a one-day meeting at Y": the same one
            continue
        if billed(tok) and events:
            # "organised the gathering, billed as the first technical evaluation meeting": the
            # name the report gives the gathering last told, ordinal and all
            told_last = sorted(events, key=lambda e: last_told(e, k))[-1]
            name, proper = name_of(doc, tok, refs)
            nth = [t.text for t in tok.lefts if t.lower_ in OTHER and t.dep_ == "amod"]
            if not told_last.proper and len(name.split()) > 1:
                told_last.event.name = " ".join([*nth, name[:1].lower() + name[1:]]) if nth \
                    else name
                told_last.event.name = told_last.event.name[:1].upper() + told_last.event.name[1:]
                told_last.proper = True
            told_last.mentions.append(k)
            continue
        edition = tok.lower_ in event_words()["edition_heads"]
        if edition and not has_edition(tok, run) and not any(
            heads.get(id(e)) == tok.lower_ for e in events
        ):
            continue  # "the National Assembly": a body, unless an edition of it was told
        # ("the Twenty-First Ordinary Session", "its Third Regular Meeting": an ordinal
        # inside the gathering's capitalized name numbers this sitting, not an earlier one)
        mods = {t.lower_ for t in tok.lefts}
        own_number = {t.lower_ for t in tok.lefts if hyphened(doc, t.i - 1)
                      or tok.text[:1].isupper() and t.text[:1].isupper() and not t.is_sent_start
                      # "the first X-Y Summit": an ordinal right before a name numbers it
                      or run is not None and len(run) > 2 and run.start - 1 <= t.i < tok.i
                      and is_ordinal(t)}
        # "his last meeting" is his last, not the one before this one; "the first Assembly
        # ever hosted by X" is this one
        is_other = (bool(mods - own_number & OTHER) and not any(t.dep_ == "poss" for t in tok.lefts)
                    and not first_ever(tok))
        name, proper = name_of(doc, tok, refs)
        held_by = ""
        if refs is not None and {t.lower_ for t in tok.lefts} & {"press", "news"} and not proper:
            held_by = _holders(tok, refs)
            if held_by:  # "NUDIPU and the IDA jointly held a press conference"
                name, proper = f"{name[:1].upper()}{name[1:]} of {held_by}", True
        host, possessed = owner(tok, run, refs) if refs is not None else (None, False)
        if host is not None and possessed:
            name = owned_name(name, host, refs)  # type: ignore[arg-type]
        elif host is None and refs is not None and (not proper or run is not None
                                                    and len(run) <= 2):
            body = members_owner(tok, refs)
            if body is not None:  # (the members' body names it, but is not said to hold it)
                name = owned_name(name, body, refs)
        hosts = ([host] if host else []) + (told_hosts(tok, refs) if refs is not None else [])
        hosts = list(dict.fromkeys(hosts))
        if proper and name != doc[tok.i : tok.i + 1].text:
            at = doc_text(doc).find(name, sents[k].start_char)
            if at >= 0:
                quoted.append((at, at + len(name)))
        # a press conference is a gathering apart from the one it reports on
        key = ("press " if mods & {"press", "news"} else "side " if side else "") + tok.lower_
        # "a workshop held in 2019 ... the consortium held a scientific workshop": a gathering
        # told in passing takes no later mention but "the"/"that" one
        # (and "the meeting" is the one reported, "that session" the one just told)
        that = any(c.dep_ == "det" and c.lower_ in ("that", "those") for c in tok.lefts)
        open_ = [e for e in events if id(e) not in passing or that]
        # (the name told, or that name with whose it is: "its Annual Conference and General
        # Meeting" -> "... of the X Forum")
        known = [e for e in open_ if proper and (e.event.name == name
                                                 or e.event.name.startswith(name + " of ")
                                                 or name.startswith(e.event.name + " of "))]
        same_head = [e for e in open_ if heads.get(id(e)) == key or key.startswith("press ")
                     and heads.get(id(e), "").startswith("press ")]
        aside = in_passing(tok, published) and not known
        apart = key.startswith(("press ", "side ")) and not same_head
        # "their meeting with President X": a meeting of its own, with X
        met = met_with(tok, refs, events) if refs is not None and events else []
        # "the Division held its annual assembly" after another body's meeting: the gathering
        # of another body is another gathering
        if host is not None and possessed and open_ and not known and not any(
            host in e.hosts for e in open_
        ):
            same_head, fresh_owner = [], True
        else:
            fresh_owner = False
        # "hosted a state banquet": an indefinite head of a kind not told yet brings in a
        # gathering of its own (a session is a part of the gathering told, not another one;
        # "a thorough discussion of the agenda" is an activity of it)
        # ("the delegations held a working session": a session held apart is a gathering)
        held_apart = tok.dep_ == "dobj" and tok.head.lemma_ in ("hold", "convene", "organize",
                                                                "organise", "host")
        parts = MASS if held_apart else PARTS | MASS
        fresh = (not proper and not same_head and tok.lower_ not in parts
                 and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.lefts)
                 and not any(heads.get(id(e), "").endswith(tok.lower_) for e in open_))
        # a bare "the meeting" is about the latest gathering reported, not one told in passing
        # (the one last talked about, which need not be the last one introduced)
        latest = sorted((e for e in events if id(e) not in passing or that),
                        key=lambda e: last_told(e, k))[-1:]
        # "Speaking at a news conference after the meeting": a bare "the meeting" is not the
        # press conference or side event told before it, but the gathering they are apart from
        beside = (not proper and not same_head and not key.startswith(("press ", "side "))
                  and tok.lower_ not in PRESS_HEADS  # ("the same briefing": the press one)
                  and bool(latest) and heads.get(id(latest[-1]), "").startswith(("press ", "side "))
                  and not any(not heads.get(id(e), "").startswith(("press ", "side "))
                              for e in events))
        # "the EASC held its 67th session ... ISO ran an AI standards workshop": a numbered
        # session is a sitting of its own, not a part of the gathering of another kind told next
        told = (known or same_head or latest)[-1:]
        # (not "the 41st Session of the Assembly ... opened the Assembly": the same one)
        edition_apart = (bool(told) and not proper and heads.get(id(told[0])) in PARTS
                         and tok.lower_ not in PARTS and numbered(told[0].event.name)
                         and tok.lower_ not in told[0].event.name.lower().split())
        # ("a regional workshop ... the ISA Council closed the first part of its 30th
        # session": so is a numbered session told after a gathering of another kind)
        edition_apart = edition_apart or (
            bool(told) and not proper and tok.lower_ in PARTS
            and any(is_ordinal(t) for t in tok.lefts) and heads.get(id(told[0])) != key
            and tok.lower_ not in told[0].event.name.lower().split())
        # "held a two-day workshop on X ... The meeting, titled "Y", brought together": the
        # gathering just told, under its title
        titled_back = (proper and (run is None or len(run) <= 1)
                       and quoted_after(doc_text(doc), tok.idx + len(tok)) is not None
                       and not key.startswith(
            ("press ", "side ")) and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts)
            and bool(latest) and not latest[-1].proper and not known)
        if titled_back:
            latest[-1].event.name, latest[-1].proper = name, True
            latest[-1].mentions.append(k)
            continue
        # "their first Conference ... The First Meeting of the Conference of the Parties": a
        # gathering told by the name of the body that meets is that body's sitting, named now
        # (and "the Conference of the Parties adopted" after it: the body, at its sitting)
        owned_told = [e for e in open_ if proper and e.event.name.lower() != name.lower()
                      and (_sitting_name(name, e.event.name) or _sitting_name(e.event.name, name))]
        if owned_told and not is_other and not aside and not apart and _sitting_name(
                owned_told[-1].event.name, name):
            owned_told[-1].mentions.append(k)  # the body that sits: no gathering of its own
            continue
        if owned_told and not is_other and not aside and not apart:
            target = owned_told[-1]
            target.event.name, target.proper, heads[id(target)] = name, True, key
            target.event.type = head_type(tok, lex) or target.event.type
            target.mentions.append(k)
            target.hosts += [a for a in hosts if a not in target.hosts]
            continue
        # "PRESENT ... (opening session only) ... 1.1 The Union held its Annual General
        # Assembly": a part told before the gathering it is part of is that gathering
        part_told = [e for e in open_ if heads.get(id(e)) in PARTS and not e.proper
                     and _part_only(e.event.name)]
        if (part_told and not is_other and not aside and not apart and not met
                and tok.lower_ not in PARTS and not key.startswith(("press ", "side "))):
            target = part_told[-1]
            target.event.name, target.proper, heads[id(target)] = name, proper, key
            target.sent, target.head = k, tok.i  # (its date and place: here)
            target.event.date = sentence_date(sents[k], published)
            target.event.place = place_of(sents[k])
            target.event.type = head_type(tok, lex) or target.event.type
            target.mentions.append(k)
            target.hosts += [a for a in hosts if a not in target.hosts]
            continue
        if events and not is_other and not aside and not apart and not met and not fresh and (
            not fresh_owner) and not beside and not edition_apart and (
            known or same_head or not proper and latest
        ):
            target = (known or same_head or latest)[-1]
            if (not target.proper and not proper and heads.get(id(target)) in PARTS
                    and tok.lower_ not in PARTS and not key.startswith(("press ", "side "))):
                # "the morning pledging session ... the pledging conference": the session is
                # a part of the conference, the event the report is about
                target.event.name, heads[id(target)] = name, key
                target.event.type = head_type(tok, lex) or target.event.type
            if not (tok.dep_ in ("pobj", "dobj") and tok.head.lower_ in AFTER):
                # ("Following the signing, the delegations met": a time, not the signing told)
                target.mentions.append(k)
            target.hosts += [a for a in hosts if a not in target.hosts]
            if held_by and not target.proper:  # ("## The press conference" above it)
                target.event.name, target.proper = name, True
            elif proper and heads.get(id(target)) == tok.lower_ and not target.proper:
                target.event.name, target.proper = name, True
            elif proper and heads.get(id(target)) == tok.lower_:
                target.event.name = whose(target.event.name, name, tok.text)
            elif (not proper and not target.proper and heads.get(id(target)) == key
                  and numbered(name) and not numbered(target.event.name)
                  and tok.dep_ in ("nsubj", "nsubjpass")
                  and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts)):
                # "at a three-day meeting of the X ... The 39th ordinary meeting of the X was
                # hosted by": the sitting's number says which one it is
                target.event.name = name
            elif not proper and not target.proper and heads.get(id(target)) == key and (
                says_more(name, target.event.name)
            ) and not any(c.dep_ == "poss" for c in tok.lefts):
                # (not "UDUAL would take the text to its general assembly": its next one)
                # "a workshop in X ... a workshop on Y": "on Y" names it (up to a clause the
                # parse may have run into it: "... on Y ended in Marsa on Wednesday")
                target.event.name = re.split(CLAUSE, name)[0]
            continue
        if edition_apart and refs is not None and tok.lower_ in PARTS and not proper:
            name = _sitting_of(tok, name, refs)
        typ = head_type(tok, lex) or "Meeting"
        # (the words before a body's name: "Eighteenth meeting of the Lusaka Agreement Task
        # Force" is no signing)
        for w in re.findall(r"[a-z]+", re.split(r"\sof\s(?:the\s)?[A-Z]", name)[0].lower()):
            typ = lex.event_type_hints.get(w, typ)
        main = next((e for e in events if e.event.type != "Signing"), None)
        # ("hosted us for a second meeting" after a round table: another gathering, not
        # another round table)
        if main is not None and is_other and main.event.name[:1].isupper() and (
                heads.get(id(main)) == key):
            other = next(m for m in tok.lefts if m.lower_ in OTHER)
            name, proper = f"{other.text.title()} {main.event.name}", True
        ev = Event(
            id="",
            name=name,
            type=typ,
            date=sentence_date(sents[k], published),
            place=place_of(sents[k]),
        )
        # ("Following the signing, they met": the sentence tells what came after it)
        after = tok.dep_ in ("pobj", "dobj") and tok.head.lower_ in AFTER
        info = EventInfo(ev, k, tok.i, [] if after else [k], proper, members=met, hosts=hosts)
        if met:
            who = [refs.table.actors[a].name for a in met]  # type: ignore[union-attr]
            ev.name = f"{tok.text[:1].upper()}{tok.text[1:]} with {and_list(who)}"
            info.proper = True
        if tok.lower_ in event_words()["topic_heads"] and latest and not heads.get(
                id(latest[-1]), "").startswith(("press ", "side ")):
            info.within = latest[-1]  # "A panel on X was chaired by": a part of the one told
        heads[id(info)] = key
        if is_other or aside:
            passing[id(info)] = (refs is not None and not to_come(tok)
                                 and bool(told_hosts(tok, refs)))
        events.append(info)
    drop_passing(events, passing)
    if refs is not None:
        name_launch(doc, refs, events)
        # (an opening first: "the ceremony" told with it is the opening's, not a signing's)
        add_openings(doc, refs, events, published)
        add_signing(doc, refs, events, published)
        add_meetings(doc, refs, events, published)
        add_body_meetings(doc, refs, events, published)
        add_visits(doc, refs, events, published)
        if not events:
            add_launch(doc, refs, events, published)
        name_from_title(title, events)
        name_from_document_title(title, events, set(lex.event_heads)
                                 | set(event_words()["edition_heads"]))
        name_by_topic(doc, events)  # (before a bare name takes the body that met)
        name_by_occasion(doc, events)
        name_bare(doc, refs, events)
        name_from_name_title(title, events, set(lex.event_heads)
                             | set(event_words()["edition_heads"]), refs)
    after_main(events, heads, refs)
    for e in events:  # the span of days and the venue the sentences about it state
        fill_event(e.event, [span_text(doc, sents[k].start, sents[k].end) for k in e.mentions],
                   published, lex.venue_words)
    first = next((e for e in events), None)
    if first is not None:
        first.event.place = first.event.place or dateline
        first.event.date = first.event.date or published
    for n, e in enumerate(events, 1):
        e.event.id = f"e{n}"
    return events
