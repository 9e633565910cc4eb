"""A country's government named by its country or people rather than by its full name: "the
German government", "the China government", "the government of Kenyan President X". Each is
the organization "Government of <country>" (the GUIDE: a named government is an actor, the
country itself a place)."""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc

from kg.extract.lexicon import Lexicon
from kg.extract.parsed import doc_tokens_among, tokens


def country_named(words: str, lex: Lexicon) -> str | None:
    """The country a name or a people's adjective stands for: "Kenya", "Kenyan", "Sri Lankan"
    (the adjective shares the country's stem), else None."""
    if words in lex.countries:
        return words
    if words in lex.demonyms:
        return lex.demonyms[words]
    w = words.lower()
    # the adjective is as long as its country or longer ("Kenyan"; "German" of "Germany"), so
    # a shorter word ("Bela") is no country's; only countries sharing its first four letters
    # can share its stem (same_stem), so only those are tried
    near = _by_prefix(lex.countries).get(w[:4], ())
    matches = [c for c in near if len(w) >= len(c) - 1 and same_stem(w, c.lower())]
    return max(matches, key=len) if matches else None


def is_country(name: str, lex: Lexicon) -> bool:
    """Is ``name`` a country's, as written in a state's form ("Togolese Republic", "Republic of
    The Gambia": a capitalized "The" inside the name is the lexicon's "the")?"""
    return name in lex.countries or re.sub(r"\bThe\b", "the", name) in lex.countries


_PREFIXES: dict[int, dict[str, list[str]]] = {}


def _by_prefix(countries: Collection[str]) -> dict[str, list[str]]:
    """Country names by their first four letters (lowercase), built once per lexicon."""
    index = _PREFIXES.get(id(countries))
    if index is None:
        index = {}
        for c in countries:
            index.setdefault(c.lower()[:4], []).append(c)
        _PREFIXES[id(countries)] = index
    return index


def same_stem(a: str, b: str) -> bool:
    """Do two words name one place ("haiti", "haitian"; "kenya", "kenyan")?"""
    x, y = sorted((a, b), key=len)
    # an ending, not more words: "Commonwealth" is not "Commonwealth of Australia"
    tail = y[max(4, len(x) - 1) :]
    return len(x) >= 4 and y.startswith(x[: max(4, len(x) - 1)]) and len(y) - len(x) <= 3 and (
        " " not in tail)


_GOVERNMENT = frozenset({"government"})


def governments(doc: Doc, lex: Lexicon) -> list[tuple[int, int, str]]:
    """Character ranges of the governments named by their country, with the full name each
    stands for."""
    tk, out = tokens(doc), []
    for tok in doc_tokens_among(doc, _GOVERNMENT):
        if tok.lower_ != "government":
            continue
        i = tok.i
        after = tk[i + 1] if i + 1 < len(doc) else None
        if after is not None and after.lower_ in lex.modifier_followers:
            continue  # "Kenyan government officials": people, not the body
        # "Colombia's government": the place in the possessive
        j = i - 1 if i > 1 and tk[i - 1].text in ("'s", "’s") else i
        if j > 0 and _place_word(tk[j - 1]):  # "the German government", "the Sri Lankan ..."
            for start in range(max(0, j - 3), j):
                if not all(t.is_title for t in doc[start:j]):
                    continue
                country = country_named(doc[start:j].text, lex)
                if country:
                    out.append((tk[start].idx, tok.idx + len(tok), f"Government of {country}"))
                    break
            continue
        if after is None or after.lower_ != "of":  # "the government of Kenyan President X"
            continue
        k = i + 2 + (i + 2 < len(doc) and tk[i + 2].lower_ == "the")
        end = k
        while end < len(doc) and end - k < 3 and _place_word(tk[end]):
            end += 1
        country = country_named(doc[k:end].text, lex) if end > k else None
        if country and not tok.is_title:
            out.append((tok.idx, tk[end - 1].idx + len(tk[end - 1]), f"Government of {country}"))
    return out


def _place_word(t) -> bool:
    return t.is_title and t.ent_type_ in ("GPE", "NORP")
