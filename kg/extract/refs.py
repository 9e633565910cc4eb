"""Who a stretch of text is about: actors named in it, pronouns and definite references resolved.

"he", "she" -> the person last named or referred to by title before; "the minister", "the
ambassador" -> the person last named with such a title; "the agency", "the embassy" -> the
organization last named with that head word; "According to X", "For X," and the subject of a
reporting verb name the speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from spacy.tokens import Doc, Token

from kg.extract.actors import ActorTable
from kg.extract.lexicon import Lexicon, derived, lexicon
from kg.extract.pact_parties import named_kind, signatories
from kg.extract.parsed import (
    char_tokens,
    children,
    sent_index,
    sent_of,
    sents,
    span_tokens,
    subtree_ids,
    token_lowers,
    token_pos,
    tokens,
)
from kg.extract.parsed import text as doc_text
from kg.extract.parties import of_kind, signed_for
from kg.extract.ref_shapes import COUNTS as _COUNTS
from kg.extract.ref_shapes import definite, group_type, in_frame, met
from kg.model import Post

PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
ORG_PRONOUNS = {"it", "its"}
_HONORIFIC_GENDER = {"Mr": "m", "Sir": "m", "Ms": "f", "Mrs": "f", "Miss": "f", "Madam": "f",
                     "Dame": "f", "Hajiya": "f", "Alhaji": "m"}


_DATELINE_OUTLET = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Za-z .'’-]{1,40},[^()\n]{0,40}\(([^)\n]{2,60})\)\s*(?:-{1,2}|–|—)\s")


@cache
def _unhyphened(words: frozenset[str]) -> frozenset[str]:
    """Titles with a hyphen written as a space ("secretary general")."""
    return frozenset(w.replace("-", " ") for w in words)


class Refs:
    """Resolves tokens of one report to the actors they stand for."""

    def __init__(self, doc: Doc, table: ActorTable, posts: list[Post]) -> None:
        self.doc, self.table = doc, table
        self.by_token: dict[int, str] = {}
        for m in table.mentions:
            ij = char_tokens(doc, m.start, m.end) if m.actor else None
            if ij is not None and m.actor:
                for i in range(*ij):  # (positions: no Token built for each)
                    self.by_token[i] = m.actor
        # an outlet named in a dateline ("VIENTIANE, Nov. 21 (Mekong News Service) - ...") writes
        # the story: it does nothing the story tells, though the parser may make it a subject
        for line in _DATELINE_OUTLET.finditer(doc_text(doc)):
            span = doc.char_span(line.start(1), line.end(1), alignment_mode="expand")
            for i in range(span.start, span.end) if span is not None else ():
                self.by_token.pop(i, None)
        self.titles: dict[str, str] = {}
        for p in posts:
            self.titles[p.person] = (self.titles.get(p.person, "") + " " + p.title).lower()
        # the gender an honorific gives a person ("Mr", "Ms"), for the pronouns
        self._gender: dict[str, str] = {}
        text = doc_text(doc)  # cached: Doc.text joins every token each time
        for m in table.mentions:
            if m.type == "Person" and m.actor:
                before = text[max(0, m.start - 7) : m.start].split()
                word = before[-1].rstrip(".") if before else ""
                if word in _HONORIFIC_GENDER:
                    self._gender.setdefault(m.actor, _HONORIFIC_GENDER[word])
        self.posts_at: dict[str, set[str]] = {}
        for p in posts:
            if p.organization:
                self.posts_at.setdefault(p.organization, set()).add(p.person)
        # the parties of each document signed (signatories.signed_groups), read once when a
        # later sentence first takes them up ("the parties", "the two ports")
        self.signed: list[tuple[list[str], int]] | None = None
        # people referred to by their title alone ("the minister"): a pronoun after such a
        # reference stands for them, even when someone else was named in between
        title_words = {w for t in self.titles.values() for w in t.split()} | lexicon().title_words
        self._title_refs: list[tuple[int, str]] = []
        # a person referred to by a surname the table did not link ("Villalobos reminded us
        # ..., and he urged"): a pronoun after it stands for that person too (see surname)
        surnames: dict[str, set[str]] = {}
        self._surname_at: set[int] = set()
        for a in table.actors.values():
            if a.type == "Person" and len(a.name.split()) > 1:
                for w in a.name.split()[1:]:
                    if w[:1].isupper():  # not "de" in "Ana de la Vega"
                        surnames.setdefault(w.lower(), set()).add(a.id)
        tk, lows = tokens(doc), token_lowers(doc)
        for i, pos in enumerate(token_pos(doc)):  # (the document's lists: no string built)
            if pos != "NOUN" and pos != "PROPN":
                continue
            tok = tk[i]
            if pos == "NOUN" and tok.i not in self.by_token and lows[i] in title_words:
                person = self._titled_person(tok)
                if person:
                    self._title_refs.append((tok.idx, person))
            elif pos == "PROPN" and tok.i not in self.by_token and \
                    len(surnames.get(lows[i], ())) == 1 and tok.dep_ in ("nsubj", "nsubjpass"):
                self._title_refs.append((tok.idx, next(iter(surnames[lows[i]]))))
                self._surname_at.add(tok.i)
            elif pos == "PROPN" and (tok.dep_ in ("nsubj", "nsubjpass") or (
                    tok.dep_ == "pobj" and tok.head.dep_ == "agent")):  # "opened by the Chair"
                person = self.titled_proper(tok)
                if person:
                    self._title_refs.append((tok.idx, person))

    def actor_of(self, tok: Token) -> str | None:
        """The actor a single token stands for, through names, pronouns or definite references."""
        if tok.i in self.by_token:
            return self.by_token[tok.i]
        low = tok.lower_
        if low in PRONOUNS:
            gender = "m" if low in ("he", "him", "his") else "f"
            said_by = self._reporting_person(tok, gender) if low in ("he", "she") else None
            if said_by:
                return said_by
            if low in ("he", "she") and tok.dep_ == "nsubj":
                kept = self._subject_kept(tok, gender)
                if kept:
                    return kept
            return self._last_person(tok.idx, gender)
        if low == "it" and tok.dep_ == "nsubj":
            return self._it_body(tok)
        if tok.pos_ == "PROPN":
            person = self.titled_proper(tok)
            if person:
                return person
        if tok.pos_ == "NOUN" and definite(tok):
            person = self._titled_person(tok)
            if person:
                return person
            return self.table.last_before(
                tok.idx,
                "Organization",
                lambda a: (
                    low in a.name.lower().split()
                    or low in {x.lower() for x in (a.subtype or "").split()}
                ),
            )
        return None

    def _reporting_person(self, tok: Token, gender: str) -> str | None:
        """ "X said he would ...", "X, who takes over from Y, said he would": the subject of
        the clause a person reports is that person when the pronoun fits."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = tok.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        say = clause.head
        if clause.dep_ != "ccomp" or say.lemma_ not in lexicon().verbs["speech"]:
            return None
        if not any(c.dep_ == "nsubj" and c.lower_ not in PRONOUNS for c in say.children):
            return None  # "he said he would": the first "he" is resolved on its own
        who = self.subject(say)
        if who and self.table.actors[who[0]].type == "Person" and \
                self._gender.get(who[0]) in (None, gender):
            return who[0]
        return None

    def surname(self, tok: Token) -> str | None:
        """ "Arismendi said", "Governor Vukasovic called": a name the table did not link,
        ending in the last word of just one person's name."""
        if tok.pos_ != "PROPN" or tok.i in self.by_token:
            return None
        word = tok.text.lower()
        found = {a.id for a in self.table.actors.values()
                 if a.type == "Person" and len(a.name.split()) > 1
                 and word in (w.lower() for w in a.name.split()[1:])}
        return found.pop() if len(found) == 1 else None

    def _it_body(self, it: Token) -> str | None:
        """ "In its statement, the Committee said ... . It said it will ...": "it" speaking,
        promising, asking or holding a gathering stands for the body that spoke just before,
        the subject named earlier in its sentence or of the sentence before it. "It" doing
        anything else (“it will create jobs”) is a thing."""
        lex = lexicon()
        verbs = lex.verbs
        acts = derived(lex, "refs.it_acts", _it_acts)
        verb = it.head
        spoken = verb.dep_ == "ccomp" and verb.head.lemma_ in verbs["speech"]
        if verb.lemma_ not in acts and not spoken:
            return None
        k = sent_index(self.doc)[it.i]
        here = sents(self.doc)[k]
        earlier = [t for t in self.doc[here.start : it.i] if t.dep_ == "nsubj"]
        if k:
            earlier = [sents(self.doc)[k - 1].root] + earlier
            earlier[0] = next((c for c in earlier[0].children if c.dep_ == "nsubj"), earlier[0])
        for subj in reversed(earlier):
            if subj.dep_ != "nsubj":
                continue
            who = self.by_token.get(subj.i) or (
                self.actor_of(subj) if subj.lower_ != "it" else self._it_body(subj))
            if who and self.table.actors[who].type == "Organization":
                return who
        return None

    def _subject_kept(self, tok: Token, gender: str) -> str | None:
        """ "A thanked B for coming ... . Recalling his trip, he said": a subject pronoun with
        no one named before it in its sentence takes up the person the sentence before is
        about (its main subject), rather than the last one it names."""
        k = sent_index(self.doc)[tok.i]
        if k == 0:
            return None
        here = sents(self.doc)[k]
        # people named in a frame before it ("In talks with B, he urged") are not its subject
        if any(not in_frame(t, tok.head) for t in self.doc[here.start : tok.i]
               if t.i in self.by_token or t.i in self._surname_at):
            return None
        root = sents(self.doc)[k - 1].root
        subj = next((c for c in root.children if c.dep_ == "nsubj" and not met(c)), None)
        if subj is None:
            return None
        who = self.by_token.get(subj.i)
        if who is None and subj.lower_ == ("he" if gender == "m" else "she"):
            who = self.actor_of(subj)  # "He commended B ... . He also asked B to": the same he
        elif who is None and subj.pos_ == "NOUN":
            who = self._titled_person(subj)  # "The President walked the group ... . He ..."
        elif who is None and subj.pos_ == "PROPN":
            who = self.titled_proper(subj)  # "The Secretary of State presented ... . He ..."
        if who is None or self.table.actors[who].type != "Person":
            return None
        return who if self._gender.get(who) in (None, gender) else None

    def _titled_person(self, tok: Token) -> str | None:
        """ "the minister" -> the person last named with that title; "the DNC chief" -> the
        person last named with a post at the DNC."""
        if not any(c.lower_ == "the" for c in tok.lefts):
            return None
        roles = lexicon().title_words
        for c in tok.lefts if tok.lower_ in roles else ():  # not "the FIA leadership"
            holders = self.posts_at.get(self.by_token.get(c.i, ""))
            if holders:
                return self.table.last_before(tok.idx, "Person", lambda a, h=holders: a.id in h)
        low = tok.lower_
        return self.table.last_before(tok.idx, "Person", lambda a: low in self.titles.get(a.id, ""))

    def titled_proper(self, tok: Token) -> str | None:
        """ "The Speaker", "The Director General", "The Secretary of State": a title after
        "the", with no name of its own, that the parser took for a name (a capital letter),
        standing for the one person named with it, as a post or beside the name ("Dr X,
        Secretary of State for Science, ...")."""
        if tok.i in self.by_token or not definite(tok):
            return None
        words = [c for c in tok.lefts if c.dep_ == "compound"] + [tok]
        if any(w.i in self.by_token or w.pos_ != "PROPN" for w in words):
            return None
        # "Secretary-General" and "Secretary General" are one title
        phrase = " ".join(w.lower_ for w in self.doc[words[0].i : tok.i + 1] if w.tag_ != "HYPH")
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            if self.actors_under(of):
                return None  # "The Director General of the Office": a post, not a reference
            phrase = " ".join(t.lower_ for t in self.doc[words[0].i : of.right_edge.i + 1]
                              if t.tag_ != "HYPH")
        if phrase not in _unhyphened(lexicon().title_words):
            return None
        text = doc_text(self.doc)
        pattern = re.compile(rf"\b{re.escape(phrase)}\b")
        # the title ahead of the name in its sentence: "the Secretary-General of the Union,
        # Mr. X", "Speaker Hon. X"
        ahead = re.compile(rf"\b{re.escape(phrase)}(?:\s+(?:of|for|at)\s[^,;]*)?,?\s*"
                           r"(?:(?:[a-z]{1,5}\.|mr|mrs|ms|dr|hon|prof|sir|dame|capt)\s+)*$")
        holders: set[str] = set()
        for m in self.table.mentions:
            if m.start >= tok.idx or m.type != "Person" or not m.actor:
                continue
            if pattern.search(self.titles.get(m.actor, "").replace("-", " ")):
                holders.add(m.actor)
                continue
            start = sent_of(self.doc[self._token_at(m.start)]).start_char
            if ahead.search(text[max(start, m.start - 100) : m.start].lower().replace("-", " ")):
                holders.add(m.actor)
                continue
            # the title set beside the name, in its sentence: "X, Secretary of State for ...",
            # "X (President of Y)", "Speaker X"
            after = text[m.end : m.end + 80].lstrip().lower()
            if after[:2] in ("- ", "\u2013 ", "\u2014 "):  # "Mr X - Chairperson, Council"
                after = "," + after[1:]
            after = re.split(r"[;()\n]|\.\s", after[1:])[0][:60] if after[:1] in ",(" else ""
            before = re.split(r"[,;()\n]|\.\s", text[max(0, m.start - 50) : m.start])[-1].lower()
            # a list of those present: "X, Ombudsman of Y (Chair)" on the name's own line
            line = text[m.end : (text.find("\n", m.end) + 1 or len(text) + 1) - 1].lower()
            if pattern.search(after) or pattern.search(before) or f"({phrase})" in line:
                holders.add(m.actor)
        # two persons named with the title (minutes listing the President of the Council and
        # of a board): the bare title stands for neither
        return holders.pop() if len(holders) == 1 else None

    def _token_at(self, pos: int) -> int:
        """The index of the token a character offset falls in."""
        starts = self.__dict__.get("_starts")
        if starts is None:
            starts = self.__dict__["_starts"] = [t.idx for t in self.doc]
        return max(0, bisect_left(starts, pos + 1) - 1)

    def _last_person(self, pos: int, gender: str | None = None) -> str | None:
        """The person last named or last referred to by title before ``pos``; with a pronoun's
        gender, passing over those an honorific gives the other ("Mr X ... she")."""
        fits = (lambda a: self._gender.get(a) in (None, gender)) if gender else (lambda a: True)
        named = next(
            ((m.start, m.actor) for m in reversed(self.table.mentions)
             if m.start < pos and m.type == "Person" and m.actor and fits(m.actor)),
            None,
        )
        k = bisect_left(self._title_refs, (pos, ""))
        while k and not fits(self._title_refs[k - 1][1]):
            k -= 1
        titled = self._title_refs[k - 1] if k else None
        if titled and (named is None or titled[0] > named[0]):
            return titled[1]
        return named[1] if named else None

    def referred_in(self, tokens) -> list[str]:
        """Actors named in the tokens or referred to by a definite description ("the
        coalition"), in order, each once."""
        out: list[str] = []
        for t in tokens:
            a = self.by_token.get(t.i) or (self.actor_of(t) if t.pos_ == "NOUN" else None)
            if a and a not in out:
                out.append(a)
        return out

    def actors_under(self, tok: Token) -> list[str]:
        """``actors_in(tok.subtree)``, from the document's tree lists (no Token built)."""
        out: list[str] = []
        for i in subtree_ids(self.doc, tok.i):
            a = self.by_token.get(i)
            if a and a not in out:
                out.append(a)
        return out

    def actors_in(self, tokens) -> list[str]:
        """Actors named in the tokens, in order, each once."""
        out: list[str] = []
        for t in tokens:
            a = self.by_token.get(t.i)
            if a and a not in out:
                out.append(a)
        return out

    def subject(self, verb: Token) -> list[str]:
        """The actors doing what the verb says: its subject, or the agent of a passive."""
        subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
        if len(subjects) > 1:  # "Meeting B, head of C, A praised": B is who A met
            subjects = [c for c in subjects if not met(c)] or subjects
        if not subjects:  # "Visiting President X and President Y agreed": a misparsed subject
            subjects = [c for c in children(verb)
                        if c.dep_ == "csubj" and c.tag_ == "VBG" and self.actors_under(c)]
        if len(subjects) > 1:  # a misparsed dateline can be a second subject
            subjects = [c for c in subjects if self.actors_under(c)] or subjects
            named = [a for c in subjects for a in self.actors_under(c)]
            if len(subjects) > 1 and len({self.table.actors[a].type for a in named}) == 1:
                # "Managers from A, B and C called": one subject the parser cut in two
                return list(dict.fromkeys(named))
        for c in subjects + [c for c in children(verb) if c.dep_ == "agent"]:
            if c.dep_ in ("nsubj", "csubj"):
                named = self.actors_under(c)
                # "UN Secretary-General Ban Ki-moon": the person, not the body named first
                if named and c.dep_ == "csubj":
                    # a participle's clause ("Meeting A, head of B, C praised"): the actor
                    # nearest the verb acts; the others are who the participle met or visited
                    named = sorted(named, key=lambda a: -self._last_at(a, verb.i))
                if named:
                    own = self.by_token.get(c.i)
                    people = [a for a in named if self.table.actors[a].type == "Person"]
                    first = own if own in named else (people[0] if people else named[0])
                    return [first, *[a for a in named if a != first]]
                group = self.group_of(c)
                if group:
                    return group
                who = self.actor_of(c) or self.surname(c)
                if who is None and c.lower_ == "who" and verb.dep_ == "relcl":
                    # "X, chairperson of Y, who commended": "who" is the person named before
                    who = self.table.last_before(c.idx, "Person")
                elif who is None and c.lower_ in ("which", "that") and verb.dep_ == "relcl":
                    who = self._antecedent(verb.head)
                return [who] if who else []
            if c.dep_ == "agent":
                return self.actors_under(c)
        return []

    def _last_at(self, actor: str, before: int) -> int:
        """The last token before ``before`` that names ``actor`` (-1 if none)."""
        return max((i for i, a in self.by_token.items() if a == actor and i < before), default=-1)

    def group_of(self, tok: Token) -> list[str]:
        """The actors a plural reference stands for: "the two leaders", "both sides", "both",
        "they" -> the actors last named together ("A and B", "between A and B") that fit the
        noun (people for "leaders", bodies for "institutions"); none when no such group.
        "both" and "they" first take the group of a counted noun just before them ("the two
        cities ... commits both")."""
        kind = group_type(tok)
        if kind is False:
            return self._parties_of(tok)
        if kind is True:
            return []
        want: str | None = kind
        k = sent_index(self.doc)[tok.i]
        all_sents = sents(self.doc)
        if want is None:
            for j in range(k, max(-1, k - 3), -1):
                end = tok.i if j == k else all_sents[j].end
                for t in reversed(all_sents[j][: end - all_sents[j].start]):
                    if t.tag_ == "NNS" and group_type(t) not in (False, None):
                        return self._with_named(t, self.group_of(t))
                    parties = self._parties_of(t) if t.tag_ == "NNS" else []
                    if parties:  # "the two ports will ... . They will also ..."
                        return self._with_named(t, parties)
        size = _COUNTS.get(tok.lower_) if tok.tag_ == "CD" else next(
            (_COUNTS[c.lower_] for c in tok.children if c.lower_ in _COUNTS), None)
        counted = size is not None
        reach = 0 if counted else max(0, k - 3)  # "the two leaders" may reach far back
        # "the two sides" of an agreement are bodies when bodies were named together, else
        # people ("the two sides had resolved", said of two presidents)
        wants = ["Organization", "Person"] if counted and want is None else [want]
        for w in wants:
            for j in range(k, reach - 1, -1):
                end = tok.i if j == k else all_sents[j].end
                found = self._named_together(all_sents[j].start, end, w)
                if found and size in (None, len(found)):  # "the two chiefs": a pair, not four
                    return found
                if tok.lower_ == "they" and j < k:
                    return []  # "they" reaches back one sentence at most
        if counted and want == "Person":
            return self._protagonists(tok, size or 2, "Person")
        if counted and want == "Organization":
            return signed_for(self, k, size or 2) or of_kind(self, tok, k, size or 2)
        if counted and want is None:  # "the two sides" of an agreement signed before
            return self._parties_of(tok)
        return []

    def _with_named(self, noun: Token, found: list[str]) -> list[str]:
        """ "The two councils and the Constabulary signed ..., under which they commit": the
        group a counted noun stands for and the actors named together with it."""
        more = [a for c in noun.conjuncts for a in self.actors_under(c)]
        return list(dict.fromkeys(found + more)) if found else found

    def _parties_of(self, tok: Token) -> list[str]:
        """ "the parties", "the signatories", and a counted plural of any noun ("the two
        ports", "the three regulators") after an agreement was signed: its parties, when
        just that many; else the bodies named before whose names hold the noun ("the two
        institutes": "Polar Institute", "Ocean Institute")."""
        if tok.tag_ != "NNS" or not any(c.lower_ == "the" for c in tok.children):
            return []
        size = next((_COUNTS[c.lower_] for c in tok.children if c.lower_ in _COUNTS), None)
        if size is None and tok.lemma_.lower() not in ("party", "signatory"):
            return []
        if tok.lemma_.lower() in ("delegation", "team", "crew", "day", "year"):
            return []  # "the two delegations held a working meeting": people, not the parties
        k = sent_index(self.doc)[tok.i]
        found = signatories(self, k)
        if found and size in (None, len(found)):
            return found
        return named_kind(self, tok, size) if size else []

    def bodies_of(self, verb: Token) -> list[str]:
        """The bodies a counted group of people acts for ("the two police chiefs signed on
        behalf of their institutions" -> the two police bodies the report opens with)."""
        for c in verb.children:
            if c.dep_ == "nsubj" and c.tag_ == "NNS":
                size = next((_COUNTS[x.lower_] for x in c.children if x.lower_ in _COUNTS), 2)
                return self._protagonists(c, size, "Organization")
        return []

    def _protagonists(self, tok: Token, size: int, kind: str) -> list[str]:
        """ "the two police chiefs" never named together: the people (or, for "their
        institutions", the bodies) the report's opening sentences (headline and lede) name
        whose title or name holds a word of the phrase ("police"), when just that many do."""
        opening = sents(self.doc)[:3]
        if not opening:
            return []
        words = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
        words.add(tok.lemma_.lower())
        found = []
        for a in self.actors_in(self.doc[opening[0].start : opening[-1].end]):
            actor = self.table.actors[a]
            said = self.titles.get(a, "") if kind == "Person" else actor.name.lower()
            if actor.type == kind and words & set(said.split()):
                found.append(a)
        return found if len(found) == size else []

    def _named_together(self, start: int, end: int, want: str | None) -> list[str]:
        """The last group of two or more actors of one type coordinated in tokens [start, end)."""
        doc = self.doc
        for i in range(end - 1, start - 1, -1):
            head = doc[i]
            if head.i not in self.by_token or head.dep_ == "conj":
                continue
            group = [self.by_token[head.i]]
            todo = [c for c in head.children if c.dep_ == "conj"]
            while todo:
                c = todo.pop(0)
                # "A and the environmental group B": the name is in apposition to the conjunct
                a = self.by_token.get(c.i) or next(
                    (self.by_token[x.i] for x in c.children
                     if x.dep_ == "appos" and x.i in self.by_token), None)
                if a and a not in group:
                    group.append(a)
                todo += [x for x in c.children if x.dep_ == "conj"]
            types = {self.table.actors[a].type for a in group}
            if len(group) > 1 and len(types) == 1 and (want is None or want in types):
                return group
        return []

    def unresolved_subject(self, verb: Token, plural_only: bool = False) -> bool:
        """Is the verb's subject someone the report does not name as an actor ("they", "the
        delegates", "Britain", "the German government")? Then no one named does what it says:
        not the last person named either."""
        for c in verb.children:
            if c.dep_ != "nsubj":
                continue
            if not (c.lower_ == "they" or c.pos_ in ("NOUN", "PROPN")):
                continue
            if plural_only and not (c.lower_ == "they" or c.tag_ in ("NNS", "NNPS")):
                continue
            if not (self.actors_under(c) or self.group_of(c) or self.actor_of(c)):
                return True
        return False

    def _antecedent(self, tok: Token) -> str | None:
        """The actor a relative clause hangs on, through appositions ("X, the chair of Y")."""
        for _ in range(3):
            if tok.i in self.by_token:
                return self.by_token[tok.i]
            if tok.dep_ != "appos" or tok.head.i == tok.i:
                return None
            tok = tok.head
        return None

    def speaker(self, verb: Token, addressed: bool = False) -> str | None:
        """Who says what the verb's clause says: climbing the reporting verbs, then the
        sentence's "According to X" / "For X" / "In his view", then the last person named.
        A plural subject no actor stands for ("they said", "the missions asked") speaks for no
        one, unless a reporting verb above names who reports it, or the subject
        is only the one ``addressed`` ("countries must act", he said)."""
        tok: Token | None = verb
        speech = lexicon().verbs["speech"]
        while tok is not None:
            # "countries must act": the subject of the verb ``addressed`` is who is asked
            subj = [] if addressed and tok.i == verb.i else self.subject(tok)
            if subj:
                return subj[0]
            if (
                not (addressed and tok.i == verb.i)
                and self.unresolved_subject(tok, plural_only=True)
                and not (
                    tok.dep_ == "ccomp" and tok.head.lemma_ in speech
                )
            ):
                return None
            own = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            up = tok.head if tok.head.i != tok.i else None
            while own and up is not None and tok.dep_ == "conj" and up.dep_ != "ROOT" and \
                    up.head.i != up.i:
                # "said the centre had grown and that the government would open": the second
                # clause has its own subject; the first one's is not who speaks
                tok, up = up, up.head
            tok = up
        sent = sent_of(verb)
        for t in span_tokens(sent):
            if t.lower_ in ("according", "for") and t.i + 1 < len(self.doc):
                nxt = [c for c in t.children if c.dep_ in ("prep", "pobj")]
                for n in nxt:
                    named = self.actors_under(n)
                    if named:
                        return named[0]
                    ref = self.actor_of(n) or next(
                        (self.actor_of(x) for x in n.subtree if self.actor_of(x)), None
                    )
                    if ref:
                        return ref
        # no subject in the parse: the person named in the sentence before the verb ("Speaking
        # for the Secretariat, Dr. X, Head of ..., stressed ..."), else the one named before it
        here = [m for m in self.table.mentions
                if m.type == "Person" and m.actor and sent.start_char <= m.start < verb.idx]
        if here:
            return here[-1].actor
        return self.table.last_before(sent.start_char + 1, "Person") or self.table.last_before(
            sent.end_char, "Person"
        )


def _it_acts(lex: Lexicon) -> frozenset[str]:
    """The verbs whose "it" stands for a body: speaking, pledging, asking, agreeing, and holding
    a gathering ("The Council brings together six states. Last week it hosted the meeting")."""
    v = lex.verbs
    return v["speech"] | v["pledge"] | v["call"] | v["agree"] | frozenset(v["organize"])
