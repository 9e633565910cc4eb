"""More shapes of posts, each a small function over the text and the report's mentions:

- honorifics of any language between a title and a name ("the president of the Red Cross,
  Lic. X", "UTE's chair, **Ing. X**"): a short capitalized word ending in a stop;
- "the Institute (KITLV), whose director, Prof. X, said": the body named before "whose";
- a unit inside the title ("Chief of the Water Section of the Lakeland Agency", "commander of
  the Navy's Second Fleet", "head of the institute's seed unit"): the title keeps the unit, the
  body is the one that holds it;
- a portfolio the model took for a body ("EASA's Head of International Cooperation, Ms. X"):
  a name with no head word, between a title and its holder, when another body is the owner;
- "X, who chaired the session as President of the Council": the title taken "as".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.actors import ActorTable, fold
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import Mention
from kg.extract.spans import HONORIFICS

# "Lic.", "Licda.", "Ing.", "Arq.", "Abog.", "Dra.", "Pr.", "M.", "Eng.": an abbreviated
# honorific (a person's initial belongs to the name's mention, so never stands in a gap)
_ABBREVIATED = re.compile(r"[A-Z][a-z]{0,5}\.")


def honorific(word: str) -> bool:
    """Is a word of the gap between a title and a name an honorific (or markdown emphasis)?"""
    w = word.strip("*_")
    return not w or w in HONORIFICS or bool(_ABBREVIATED.fullmatch(w))


# units of a body: inside a title they belong to the title, not to an organization of their own
_UNITS = r"(?:Section|Unit|Division|Branch|Desk|Department|Directorate|Centre|Center|Office|Zone)"
_UNIT_OF = re.compile(
    rf"^(?:the\s+)?((?:[A-Z][\w,&-]*\s+){{1,6}}{_UNITS})\s+(?:of|at)\s+(?:the\s+)?(.+)$"
)


def named_actor(table: ActorTable, name: str) -> str | None:
    """The organization the report names ``name`` (by name or alias), if one."""
    key = fold(name)
    for a in table.actors.values():
        if a.type == "Organization" and (
            fold(a.name) == key or any(fold(x) == key for x in a.aliases)
        ):
            return a.id
    return None


def unit_of(org: Mention, table: ActorTable) -> tuple[str, str] | None:
    """("the Water Section", the Lakeland Agency's actor) when a body's name is a unit of
    another body the report names ("Water Section of the Lakeland Agency")."""
    m = _UNIT_OF.match(org.text)
    if m is None:
        return None
    owner = named_actor(table, m.group(2))
    return ("the " + m.group(1), owner) if owner and owner != org.actor else None


# "of the Navy's Second Fleet", "of the institute's genetic resources center": a unit of a
# body in the possessive, up to a comma or the end of the clause
_OWNED_UNIT = re.compile(r"['’]s\s+((?:[\w-]+\s+){0,5}?[\w-]+)(?=\s*(?:[,;.]|$|\s+(?:and|who)\b))")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def possessed_unit(
    text: str, end: int, orgs: Sequence[Mention]
) -> tuple[Mention | None, str, int, str] | None:
    """After a title at ``end``: "of the Navy's Second Fleet" -> (the Navy's mention, "the
    Second Fleet", where it ends, ""), or "of the institute's seed unit" -> (None, "the Seed
    Unit", end, "institute") for a body named by its head word."""
    m = _OF_THE.match(text, end)
    if m is None:
        return None
    at = m.end()
    org = next((o for o in orgs if o.start == at), None)
    if org is not None:
        u = _OWNED_UNIT.match(text, org.end)
        if u:
            return org, "the " + _capitalized(u.group(1)), u.end(), ""
        return None
    h = re.match(r"([a-z]+)" + _OWNED_UNIT.pattern, text[at : at + 80])
    if h and h.group(1) not in ("country", "nation", "state", "city", "region"):
        return None, "the " + _capitalized(h.group(2)), at + h.end(), h.group(1)
    return None


_SMALL = {"of", "and", "for", "to", "in", "on", "the", "at", "a", "an"}


def _capitalized(words: str) -> str:
    """Words of a title written as a title: "genetic resources center" -> "Genetic Resources
    Center"; small words lowercase ("Ambassador of the Republic of Korea to Chile")."""
    return " ".join(w.lower() if w.lower() in _SMALL else w[:1].upper() + w[1:]
                    for w in words.split())


def weak_body(org: Mention, table: ActorTable, lex: Lexicon) -> bool:
    """A "body" with no head word at its end and no acronym, which in a title's "of" is a
    portfolio: "International Cooperation", "Communications", "Environmental Management"."""
    if org.actor is None:
        return True
    actor = table.actors[org.actor]
    words = org.text.split()
    return (
        len(words) <= 3
        # "International Cooperation": "International" alone makes no body
        and not any(w in lex.org_heads for w in words if w not in ("International", "National"))
        and not any(x.isupper() for x in actor.aliases)
        and not org.text.isupper()
        and org.text[:1].isupper()
    )


_WHOSE = re.compile(r"^\)?\s*(?:\([^)]*\)\s*)?,\s*whose\s+$")


def whose_body(text: str, t_start: int, orgs: Sequence[Mention], last_org) -> Mention | None:
    """ "the Kessler Institute (KICS), whose director, Prof. X": the body before "whose"."""
    before = text[max(0, t_start - 60) : t_start]
    if not before.rstrip().endswith("whose"):
        return None
    cut = max(0, t_start - 60) + before.rfind(",")
    org = last_org(cut)
    if org is None or not _WHOSE.match(text[org.end : t_start]):
        return None
    return org


_AS = re.compile(r"\bas\s+(?:the\s+)?$")


def taken_as(text: str, t_start: int) -> bool:
    """Is the title taken "as" ("who chaired the session as President of the Council")?"""
    return bool(_AS.search(text[max(0, t_start - 10) : t_start]))


_LINKED = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
_BARE_AFTER = re.compile(r"\s*,?\s*")  # "X, Secretary LCB, said": the body may follow bare
_CLAUSE_END = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:[,.;:+\n]|$)")


def reshape(
    text: str,
    span: tuple[int, int],
    title: str,
    org: Mention | None,
    orgs,
    table: ActorTable,
    lex: Lexicon,
    holder_before: bool,
    by_head,
) -> tuple[str, Mention | None]:
    """The title and body of a post once its holder is known, for the shapes above. ``span``:
    where the title starts and (with its portfolio) ends; ``orgs``: the report's bodies
    (:class:`Sorted`); ``holder_before``: the name stands before the title ("X, Head of ...")."""
    start, end = span
    owned = possessed_unit(text, end, orgs.items)
    if owned is not None:  # "commander of the Navy's Second Fleet"
        body, unit, _, head = owned
        if body is None:
            body = by_head(head, start, orgs.items, table)
        if body is not None:
            return f"{title} of {unit}", body
    if org is None and holder_before:  # "X, Head of Communications, Norland Water Office"
        link = _LINKED.match(text, end)
        weak = orgs.at(link.end()) if link else None
        at = weak.end if weak is not None and weak_body(weak, table, lex) else end
        comma = _BARE_AFTER.match(text, at)
        strong = orgs.at(comma.end()) if comma else None
        if strong is not None and _CLAUSE_END.match(text, strong.end):
            extra = f" of {weak.text}" if weak is not None and at != end else ""
            return title + extra, strong
    if org is not None and weak_body(org, table, lex):
        link = _LINKED.match(text, end)
        owner = _possessive_owner(text, start, orgs)
        if link and link.end() == org.start and owner is not None:
            return f"{title} of {org.text}", owner  # "EASA's Head of International Cooperation"
    if org is None:  # "the Kessler Institute (KICS), whose director, Prof. X"
        org = whose_body(text, start, orgs.items, orgs.last_until)
    return title, org


def held_unit(
    text: str, end: int, title: str, org: Mention | None, table: ActorTable
) -> tuple[str, Mention | None]:
    """ "Chief of the Water Section of the Lakeland Agency": the unit goes to the title (when
    it follows it), the post to the body that holds the unit."""
    held = unit_of(org, table) if org is not None else None
    if org is None or held is None:
        return title, org
    inside = re.fullmatch(r"\s+(?:of|at)\s+(?:the\s+)?", text[end : org.start])
    owner = Mention(org.start, org.end, org.text, "Organization", actor=held[1])
    return (f"{title} of {held[0]}" if inside else title), owner


def _possessive_owner(text: str, start: int, orgs) -> Mention | None:
    """The body whose possessive stands right before a title ("EASA's Head ...")."""
    last = orgs.last_until(start)
    if last is not None and re.fullmatch(r"['’]s\s+", text[last.end : start]):
        return last
    return None


# "head of Mongolia office, Mr. X", "director of programmes, Dr. X": the words of a
# portfolio up to the comma before the holder's name (honorifics only after the comma)
_RUNNING = re.compile(r"\s+(of|for)\s+((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s*,((?:\s*\S+)*)\s*")
_NOT_PORTFOLIO = {"which", "who", "whose", "and", "or", "said", "was", "is", "has", "had", "will"}


def running_portfolio(text: str, end: int, stop: int) -> tuple[str, int] | None:
    """The portfolio after a title that runs up to the comma before its holder's name, and
    where it ends; None when the words look like a clause rather than a field."""
    m = _RUNNING.fullmatch(text, end, stop)
    if m is None or not all(honorific(w) for w in m.group(3).split()):
        return None
    words = m.group(2).split()
    if any(w.lower() in _NOT_PORTFOLIO or any(c.isdigit() for c in w) for w in words):
        return None
    return f"{m.group(1)} {_capitalized(m.group(2))}", m.start(2) + len(m.group(2))
