"""The organization of a post when the text names it by reference rather than by name: "the
Bank's Vice President" (a head word standing for a body named before), "Prime Minister of
Haiti" or "Manila Mayor" (the government of that place)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kg import resources
from kg.extract.actors import ActorTable, content_words, fold
from kg.extract.governments import country_named, same_stem
from kg.extract.lexicon import Lexicon, lexicon
from kg.extract.mentions import Mention

# "the agency's", "the Bank's": a body referred to by its head word, in the possessive
# ("the city's permits bureau chief": a few lowercase words of the post may come between)
# ("the centre's long-time coordinator": hyphened words too)
_HEAD_POSSESSIVE = re.compile(r"\bthe\s+([A-Za-z][a-z]+)['’]s\s+(?:[a-z-]+\s+){0,3}$", re.I)
# titles held in the government of a place: "President of Kenya", "Manila Mayor"
_GOVERNING = re.compile(r"\b(?:President|Prime Minister|Premier|Mayor|Governor|Chancellor)\b")
_PLACE_BEFORE = re.compile(r"((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)(?:['’]s)?\s+(?:[A-Z][\w-]+\s+)?$")


def by_head(
    word: str, pos: int, orgs: Sequence[Mention], table: ActorTable, context: str = ""
) -> Mention | None:
    """The last organization named before ``pos`` whose name holds ``word`` ("Bank", "agency")
    as a word of its own: "the Bank's Vice President" after "the World Bank"."""
    # a noun may stand for a body whose name does not hold it: "the mayor's" is the city's;
    # of several such bodies, the one whose place the text before names ("Manila officials")
    referred = lexicon().referring_nouns.get(word.lower())
    heads = set(referred or [word.lower()])
    found: dict[str, Mention] = {}
    for m in reversed(orgs):
        if m.start >= pos or m.actor is None:
            continue
        name = table.actors[m.actor].name
        if heads & {x.lower() for x in name.split()} and not name.isupper():
            if not referred:
                return m
            found.setdefault(m.actor, m)
    if len(found) > 1:
        found = {k: m for k, m in found.items() if _placed_in(table.actors[k].name, heads, context)}
    return next(iter(found.values())) if len(found) == 1 else None


def _placed_in(name: str, heads: set[str], context: str) -> bool:
    """Does the text name the place of a body ("Manila" of "City Government of Manila")?"""
    return any(
        w[:1].isupper() and re.search(rf"\b{re.escape(w)}\b", context)
        for w in name.split() if w.lower() not in heads | {"government", "of", "the"}
    )


# "Its chief executive, X", "..., and its director, Dr X": a body named just before, by pronoun
_ITS = re.compile(r"\b([Ii])ts\s+(?:[A-Za-z-]+\s+){0,4}$")


# "... for the NRA by its Director", "the Board, represented by its Chair": the body just before
_BY_ITS = re.compile(r"\)?\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:represented|accompanied)\s+)?by\s+")


def its_body(text: str, pos: int, orgs: Sequence[Mention], sentence_of) -> Mention | None:
    """The body "its" stands for in a title just before ``pos``: the first body its sentence
    names before it ("The Trust gave $2m, and its director, X, said"); for a sentence opening
    on "Its", the one body the sentence before names ("The Agency (ADAK) agreed. Its chief
    executive, X, ..."), none when it names several. Not a country's ("Ruritania sent its
    Minister of Trade, X": no body before "its" in the sentence)."""
    m = _ITS.search(text[max(0, pos - 50) : pos])
    said = sentence_of(pos) if m else None
    if m is None or said is None:
        return None
    here = [o for o in orgs if said.start <= o.start < pos and o.actor]
    if m.group(1) == "i":
        # in a list cut by semicolons, "its" is the body of its own item: "for the Water
        # Office by its Director, A; for the Grid Board by its Chair, B"
        cut = text.rfind(";", said.start, pos)
        item = [o for o in here if o.start > cut] or here
        # "signed for the NRA by its Director, A, and for the KNRA by its Director, B": the
        # body just before "by its" is the one it stands for
        by = [o for o in item if _BY_ITS.fullmatch(text, o.end, pos - len(m.group()))]
        if by:
            return by[-1]
        return item[0] if item else None
    before = sentence_of(said.start - 1) if said.start > 0 else None
    if here or before is None or before.start == said.start:
        return None
    named = [o for o in orgs if before.start <= o.start < said.start and o.actor]
    if len({o.actor for o in named}) == 1:
        return named[0]
    # several bodies: the one the sentence is about, its subject opening it ("The Association
    # (IHA), which had called on the Council to act, welcomed the decision. Its Director, X")
    opening = re.match(r"\s*(?:The\s+)?", text[before.start : before.end])
    at = before.start + (opening.end() if opening else 0)
    subject = next((o for o in named if o.start == at), None)
    # ... not when that sentence names something else "it" ("The Assembly created it")
    if subject is None or re.search(r"\bit\b", text[subject.end : before.end]):
        return None
    return subject


def head_possessive(before: str) -> str | None:
    """The head word of "the agency's" ending ``before``, if it does."""
    m = _HEAD_POSSESSIVE.search(before)
    return m.group(1) if m else None


_STATE_FORMS = {"the", "of", "republic", "federal", "kingdom", "state", "states", "united",
                "democratic", "people's", "peoples", "islamic", "socialist", "federation",
                "commonwealth", "plurinational", "bolivarian", "arab", "principality"}


def government_of(
    title: str, before: str, orgs: Sequence[Mention], table: ActorTable
) -> Mention | None:
    """The government a head of state, government or city serves, when the title names its
    place ("Prime Minister of Haiti") or a place stands right before it ("Manila Mayor"), and
    the report names that government as an organization ("Haitian Government")."""
    if not _GOVERNING.search(title):
        return None
    places = re.findall(r"\bof\s+((?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)", title)
    m = _PLACE_BEFORE.search(before)
    if m:
        places.append(m.group(1))
    # the words of a state's form name no state ("Togolese Republic" is not "Republic of Ghana")
    words = {w for p in places for w in fold(p).split() if w not in _STATE_FORMS}
    # "President of the Swiss Confederation": the country of a people's adjective
    lex = lexicon()
    words |= {fold(c) for p in places for w in p.split() if (c := country_named(w, lex))}
    if not words:
        return None
    found: dict[str, Mention] = {}
    # a mayor serves the city's government under any of its names: "City of Oulu", "San
    # Pedro Sula municipality"
    ruling = {"government"}
    if "Mayor" in title.split() or "mayor" in title.split():
        ruling |= set(lexicon().referring_nouns.get("mayor", ()))
    for o in orgs:
        if o.actor is None:
            continue
        name = table.actors[o.actor].name
        if not ruling & {w.lower() for w in name.split()}:
            continue
        if any(same_stem(w, x) for w in words for x in fold(name).split() if x not in ruling):
            found.setdefault(o.actor, o)
    return next(iter(found.values())) if len(found) == 1 else None


def foreign_to(ministry: str, sentence: str, lex: Lexicon) -> bool:
    """Is a ministry named for a country ("Italian Ministry of Foreign Affairs") that the
    sentence of a minister's post does not name? Then the minister serves another state."""
    words = ministry.split()
    if "Ministry" not in words:
        return False
    places = [w for w in words[: words.index("Ministry")]
              if w[:1].isupper() and w not in lex.portfolio_words and w not in lex.org_heads]
    # "Ministry of National Education of Madagascar": the country closing the name
    tail = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)$", ministry)
    if tail and tail.group(1) in lex.countries:
        places.append(tail.group(1))
    if not places:
        return False
    # the sentence may name the country by its adjective: "Norwegian" for "Norway"
    named = {fold(lex.demonyms.get(w, w)) for w in re.findall(r"[\w.]+", sentence)}
    said = fold(sentence).split()
    return not any(fold(p) in named or fold(lex.demonyms.get(p, p)) in named
                   or any(same_stem(fold(p), w) for w in said) for p in places)


@cache
def title_bodies() -> dict[str, list[str]]:
    """Title -> head words of the bodies it is held in (titles.yaml, ``title_bodies``)."""
    return dict(resources.read_yaml("lexicons", "titles.yaml").get("title_bodies") or {})


def _other_country(government: str, sentence: str, lex: Lexicon) -> bool:
    """Does the sentence name a country (or its adjective) that is not the government's?"""
    own = set(fold(government).split()) - {"government", "of", "the", "republic"}
    named = {lex.demonyms[w] for w in re.findall(r"[\w.]+", sentence) if w in lex.demonyms}
    named |= {c for c in lex.countries if c in sentence and re.search(rf"\b{re.escape(c)}\b",
                                                                        sentence)}
    return any(not own & set(fold(c).split()) for c in named)


def _named_with(actor, country: str) -> bool:
    """Does the report name the body with the country: in its name or in a sentence saying it
    ("Iceland's Ministry for Foreign Affairs")?"""
    return country in actor.name or any(country in ev.sentence for ev in actor.evidence)


_ENVOYS = (r"\b(?:Ambassador|Charg[eé] d['’]Affaires|Consul|Deputy Chief of Mission"
           r"|High Commissioner)")


_PORTFOLIO_HELD = r"\bSecretary\b(?!-)|\w+\s+(?:Adviser|Advisor|Commissioner|Officer)\b"


_HEAD_OF_STATE = re.compile(r"\b(President|Vice President|Prime Minister)\b")


def infer_organizations(
    posts: dict, table: ActorTable, lex: Lexicon, served: dict | None = None,
    closing: set | None = None,
) -> None:
    """A post with no organization takes the one the text makes clear: a minister's ministry,
    a head of state's government. ``served``: the country a title is said to be of ("Fiji's
    Minister for Fisheries"), by post key; a ministry the report names only beside another
    country is not that minister's. ``closing``: the keys whose country closes the title
    ("Minister of Trade of Velland"): only a body holding the country in its name is theirs."""
    served, closing = served or {}, closing or set()
    orgs = [a for a in table.actors.values() if a.type == "Organization"]
    taken = {p.person for p in posts.values() if p.organization}
    for key, post in list(posts.items()):
        if post.organization or post.person in taken:
            continue
        country = served.get(key)
        named_with = (lambda o, c: c in o.name) if key in closing else _named_with
        words = content_words(post.title) - {
            "minister", "federal", "union", "state", "deputy", "secretary", "cabinet", "permanent",
            "principal", "additional", "joint", "general"}
        cand = []
        governments = [o for o in orgs if o.name.startswith("Government")]
        head = _HEAD_OF_STATE.search(post.title)
        if head:
            # two heads of state, two governments: the one not held by the other (under the
            # same head title: "President of the Swiss Confederation" is a President)
            held = {p.organization for p in posts.values()
                    if p.organization and (p.title == post.title or (
                        (h := _HEAD_OF_STATE.search(p.title)) and h.group() == head.group()))}
            # ... and not another country's ("Canadian Prime Minister X", Colombia's named)
            cand = [g for g in governments if g.id not in held
                    and (country is None or named_with(g, country))]
        # "Labour Secretary", "Minister for Interior", "Labour and Employment Adviser": the
        # ministry of that portfolio
        elif "Minister" in post.title or re.search(_PORTFOLIO_HELD, post.title):
            said = post.evidence.sentence if post.evidence else ""
            cand = [
                o for o in orgs if "Ministry" in o.name.split() and words & content_words(o.name)
                and not foreign_to(o.name, said, lex)
                and (country is None or named_with(o, country))
            ]

            if not cand and "Minister" in post.title and not any(
                {"Ministry", "Department"} & set(o.name.split()) for o in orgs
            ):
                # a report naming no ministry or department at all: the minister serves the
                # one government it names, unless the sentence names another country
                # ("Minister of Trade of Velland")
                cand = [g for g in governments if not _other_country(g.name, said, lex)]
        elif re.search(_ENVOYS, post.title):  # an ambassador's embassy, when one is named
            cand = [o for o in orgs if "Embassy" in o.name.split() or "High Commission" in o.name]
        # "Professor X, the Vice-Chancellor": the one university of the report; the kinds in
        # their order ("Councillor": a Council before a Municipality), the first one named
        for kind in title_bodies().get(post.title, ()) if not cand else ():
            cand = [o for o in orgs if kind in o.name.split()]
            if cand:
                break
        if not cand:  # "UN High Commissioner for Refugees X": the Office of that title
            cand = [o for o in orgs if re.fullmatch(
                rf"Office of (?:the )?(?:.* )?{re.escape(post.title)}", o.name, re.I)]
        if len(cand) == 1:
            post.organization = cand[0].id
