"""Which words head a gathering: "conference", "workshop", a capitalized "... Week", an
edition's "Assembly"; and which do not, though they are such words: an activity ("more social
dialogue", "forced a debate"), the body a gathering belongs to ("the 15th meeting of the
Conference of the Parties"), a word inside an actor's name."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.event_info import event_words, qualified_heads
from kg.extract.event_names import proper_run
from kg.extract.lexicon import Lexicon
from kg.extract.refs import Refs

__all__ = ["MASS", "head_type", "in_actor_name", "is_head", "mass", "owner_of_head"]


def head_type(tok: Token, lex: Lexicon) -> str | None:
    """The event type a head word gives ("conference" -> Conference), else None."""
    low = tok.lower_  # read once: asked of every token, and spaCy builds the string each time
    typ = lex.event_heads.get(low)
    if typ is None and low == "table" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == (
            "round"):
        typ = lex.event_heads.get("roundtable")  # "we held a round table with X": in two words
    if typ is None:
        typ = event_words()["edition_heads"].get(low)
    qualified = qualified_heads().get(low)
    if typ is None and qualified is not None and any(
            t.lower_ in qualified[1] for t in tok.doc[tok.left_edge.i : tok.i]):
        typ = qualified[0]  # "the mass rescue exercise", not "the exercise of power"
    if typ is None and low in event_words()["topic_heads"] and _told_as_held(tok):
        typ = event_words()["topic_heads"][low]  # "a panel on X", not "the panel recommended"
    if typ is None and tok.text[:1].isupper() and low in event_words()["proper_heads"]:
        # "Mongolia Mining Week": a gathering by its capitalized name, not "this week"
        run = proper_run(tok.doc, tok)
        if run is not None and len(run) >= 2 and run[-1].i == tok.i and _treated_as_held(tok):
            typ = event_words()["proper_heads"][low]
    return typ


def _told_as_held(tok: Token) -> bool:
    """ "A panel on glacier loss was chaired by", "a panel organised by X heard": a lower-case
    head told with its topic or with who ran it."""
    if not tok.text.islower():
        return False
    # the panel the clause is about ("A panel on X was chaired by", "followed by a panel on
    # X"), not one a person's activity is told by ("spoke on a panel on X", "X led a panel")
    # nor a body set up ("create a panel on X")
    # (or in apposition: "## Panel on glaciers / A panel on X was chaired", a heading the
    # parser ran into the sentence)
    if tok.dep_ not in ("nsubj", "nsubjpass", "appos") and not (
            tok.dep_ == "pobj" and tok.head.dep_ == "agent"):
        return False
    doc = tok.doc
    # ("a panel on a just transition": the parser may hang the topic on the verb)
    topic = tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in ("on", "about") and (
        doc[tok.i + 2].ent_type_ not in ("DATE", "TIME"))  # (not "the panel on Monday")
    return topic or any(c.dep_ == "acl" and c.lemma_.lower() in _RUN_VERBS
                        for c in tok.children)


_RUN_VERBS = {"chair", "co-chair", "organize", "organise", "moderate", "host", "convene", "hold"}


def _treated_as_held(tok: Token) -> bool:
    """ "opened the three-day Mining Week", "at the Energy Expo", "the Week was organised by":
    a name the sentence treats as a gathering held (its length told, opened, attended, held
    there), not one named in passing ("the Summit and the Climate Week were meant to ...")."""
    if any("-day" in t.lower_ or t.lower_ in ("annual", "weeklong", "week-long")
           for t in tok.doc[max(0, tok.i - 6) : tok.i]):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during"):
        return True
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in HELD_VERBS


HELD_VERBS = {"open", "attend", "organize", "organise", "hold", "host", "close", "address",
              "convene", "stage", "inaugurate"}


def is_head(tok: Token, lex: Lexicon) -> bool:
    if head_type(tok, lex) is None:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # "a roundtable titled ...": a head the tagger took for an adjective is one by its title
    titled = nxt is not None and nxt.lower_ in ("titled", "entitled")
    # "The roundtable, "X", was organised by": a head the tagger took for an adjective is one
    # by the place it has in the clause
    noun_like = tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    return tok.pos_ in ("NOUN", "PROPN") or titled or noun_like


# heads that also name an activity rather than a gathering: "more social dialogue", "public
# debate", "joint training and operations" -> a gathering only as "a dialogue", "the
# training", "Dialogue" in a name
MASS = {"dialogue", "debate", "consultation", "hearing", "training", "discussion", "discussions"}


def mass(tok: Token) -> bool:
    if tok.lower_ not in MASS or tok.text[:1].isupper():
        return False
    # ("it had forced a debate on governance", "sparked a public debate": an activity a verb
    # brings about, not one held, attended or wound up)
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _BROUGHT_ABOUT:
        return True
    return not any(c.dep_ in ("det", "poss", "nummod") or c.like_num for c in tok.lefts)


# verbs whose object is an activity they bring about or ask for, not a gathering held
_BROUGHT_ABOUT = {"force", "spark", "trigger", "prompt", "provoke", "fuel", "stir", "ignite",
                  "reignite", "revive", "stifle", "deserve", "need", "require", "encourage",
                  "foster", "stimulate", "generate", "demand", "want", "avoid"}


def owner_of_head(tok: Token, lex: Lexicon) -> bool:
    """ "the 15th meeting of the Conference of the Parties": a head word in the body whose
    gathering another head names is that body, not a gathering of its own."""
    node = tok
    while node.dep_ in ("compound", "flat", "appos") and node.head.i != node.i:
        node = node.head
    of = node.head if node.dep_ == "pobj" else None
    if of is None or of.lower_ != "of" or not is_head(of.head, lex):
        return False
    # (not across a line: "## A conference of renewal / The 11th Conference of X" is a heading
    # the parser ran into the sentence)
    return "\n" not in tok.doc[of.head.i : tok.i].text


def in_actor_name(tok: Token, run: Span | None, refs: Refs) -> bool:
    """ "the United Nations Framework Convention on Climate Change", "Minister of Labour and
    Vocational Training Ith Sam Heng": the head word belongs to a body's name or a person's
    portfolio. "The 45th Meeting of the Conference of Heads of Government" names a body but is
    a gathering of it."""
    if tok.i in refs.by_token:
        return True
    doc = tok.doc
    if run is not None and run.end + 1 < len(doc) and doc[run.end].text == "(":
        # "the X Convention on Y (XCY)": the acronym in brackets names a body, not a gathering
        # (not "the 45th Meeting of the Caribbean Community (CARICOM)": a body inside it)
        if run.end + 1 in refs.by_token and not any(t.i in refs.by_token for t in run):
            return True
    people = (refs.by_token.get(t.i) for t in run or ())
    return any(a and refs.table.actors[a].type == "Person" for a in people)
