"""Independent origins of a group: documents joined by copied prose, or by naming the same body,
count once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from claimledger import lexicon
from claimledger.grouping.items import Item
from claimledger.grouping.unionfind import UnionFind
from claimledger.model import ReusePair, cited_name, web_site

Links = dict[str, set[str]]


def reuse_links(reuse: Iterable[ReusePair]) -> Links:
    """For each document, the documents it shares copied prose with."""
    links: Links = defaultdict(set)
    for r in reuse:
        if any(p.kind == "prose" for p in r.passages):
            links[r.a].add(r.b)
            links[r.b].add(r.a)
    return links


@dataclass(frozen=True, slots=True)
class Origin:
    name: str
    documents: tuple[str, ...]  # how each member document is cited
    why: tuple[str, ...]  # why documents were counted as this one origin
    document_ids: tuple[str, ...] = ()


def affiliations(names: Iterable[str], quoted_by_a_body: Iterable[tuple[str, str]] = ()) -> dict[str, str]:
    """Each person a corpus names with a role in a body ("Police Chief Ana Morales", "police
    spokesman Sgt. Leo Park"), or quotes in a body's own statement (the incident controller a
    conservation department's release quotes), with that body: what they say is the body's
    wherever the corpus names them, "Chief Ana Morales" in a transcript included."""
    found: dict[str, str] = {}
    for name in sorted(set(names)):  # in a fixed order, not a set's: the first body a person is named with
        role = _BODY_ROLE.match(name.strip())
        person = split_title(name.strip()[role.end():])[1] if role is not None else ""
        if role is not None and len(person.split()) >= 2:
            found.setdefault(person.lower(), role.group("body"))
    for speaker, voice in sorted(set(quoted_by_a_body)):
        person = split_title(speaker.strip())[1]
        if (len(person.split()) >= 2 and not _is_body(speaker) and person.lower() != voice.lower()
                and person.lower() != split_title(voice.strip())[1].lower()):  # a speech's speaker quoting herself
            found.setdefault(person.lower(), voice)
    return found


def origin_groups(members: list[Item], links: Links, affiliated: Mapping[str, str] | None = None) -> list[Origin]:
    """The origins of a group with the documents behind each and the reasons they were merged.

    An origin is made of (document, body) pairs: a document that sets the police's figure against
    the organisers' carries two origins, and its claims credited to no one are its own voice,
    joined to the one body it credits when there is only one. Pairs merge across documents that
    share a copied passage or credit the same body."""
    members = _deciding(members)
    credit = _credits(members)
    speakers = _Speakers([body for body in credit.values() if body], affiliated)
    units = _units(members, speakers, credit)
    keys = sorted(set(units.values()))
    index = {u: i for i, u in enumerate(keys)}
    by_doc: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for unit in keys:
        by_doc[unit[0]].append(unit)
    cited = {m.doc.id: f"{cited_name(m.doc, with_location=False)} ({m.date or 'undated'})" for m in members}
    uf = UnionFind(len(keys))
    why: dict[tuple[str, ...], tuple[int, str]] = {}  # (document, document[, body]) -> (a pair of the merge, why)
    for doc in sorted(by_doc):
        for other in sorted(links.get(doc, ())):
            for a, b in _copied_pairs(by_doc[doc], by_doc.get(other, [])):
                if uf.find(index[a]) != uf.find(index[b]):
                    uf.union(index[a], index[b])
                    why.setdefault((doc, other), (index[a], f"{cited[doc]} and {cited[other]} share a copied passage"))
    by_body: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for m in members:
        body = credit[m.claim.id]
        if body and not unnamed(body):
            by_body[speakers.key(body)].append((m.doc.id, body))
    for key, said in by_body.items():
        first_doc, first_name = said[0]
        for doc, name in said[1:]:
            ours, theirs = index[(first_doc, key)], index[(doc, key)]
            if uf.find(ours) != uf.find(theirs):
                uf.union(ours, theirs)
                same = "the same body" if name == first_name else f"one speaker or body under two names ({first_name}; {name})"
                why[(first_doc, doc, key)] = (ours, f"{cited[first_doc]} and {cited[doc]} attribute it to {same}")
    _join_unnamed_to_who_gave_it_first(members, units, uf, index, why, cited)
    return _origins(members, units, uf, index, speakers, why, cited, credit)


_UNNAMED = frozenset(lexicon.words("unnamed_sources"))
_UNNAMED_KEY = "an unnamed source"


@lru_cache(maxsize=4096)  # asked of each member's credit several times while its group's origins are made
def unnamed(name: str) -> bool:
    """Whether a credit names no one who stands behind the claim: "a post", "reports", "social media users"."""
    words = re.sub(r"^(?:[Aa]n?|[Tt]he)\s+", "", name.strip()).split()
    if " ".join(words).lower() in _UNNAMED:
        return True
    if (not words or any(w[:1].isupper() for w in words[1:]) or words[0].isupper()
            or words[0][:1].isupper() and words[0].lower() not in _UNNAMED):
        return False  # "UN report", "posts by Mayor Ruiz", "the BBC"; "Reports say" opens a sentence
    lowered = [w.lower() for w in words]
    return (lowered[0] in _UNNAMED  # "posts shared on social media"
            or len(words) == 2 and lowered[1] in _UNNAMED and not _INSTITUTION_WORD.search(words[0]))  # "a viral post"


def _join_unnamed_to_who_gave_it_first(members: list[Item], units: dict[str, tuple[str, str]], uf: UnionFind,
                                       index: dict[tuple[str, str], int], why: dict[tuple[str, ...], tuple[int, str]],
                                       cited: dict[str, str]) -> None:
    """A figure a report credits to no one it names ("a post shared on social media claims that
    40 died") confirms nothing on its own: it is one origin with the earliest other document that
    gives the same figure, where one does."""
    first_with: dict[str, Item] = {}
    for m in sorted(members, key=lambda m: (m.date, m.doc.id)):
        if units[m.claim.id][1] != _UNNAMED_KEY:
            first_with.setdefault(str(m.claim.value), m)
    for m in members:
        unit = units[m.claim.id]
        first = first_with.get(str(m.claim.value))
        if unit[1] != _UNNAMED_KEY or first is None or first.doc.id == m.doc.id:
            continue
        ours, theirs = index[unit], index[units[first.claim.id]]
        if uf.find(ours) != uf.find(theirs):
            uf.union(ours, theirs)
            why[(m.doc.id, first.doc.id, _UNNAMED_KEY)] = (
                ours, f"{cited[m.doc.id]} credits the figure to no one it names ({m.claim.attributed_to}); "
                      f"{cited[first.doc.id]} gave it first")


def _deciding(members: list[Item]) -> list[Item]:
    """The members whose origins count: a vague amount ("Dozens killed" in a headline) beside a
    precise figure of its own document decides nothing, so it adds no origin of the outlet's own."""
    precise_docs = {m.doc.id for m in members if m.claim.approx != "vague"}
    kept = [m for m in members if m.claim.approx != "vague" or m.doc.id not in precise_docs]
    return kept or members


def _copied_pairs(ours: list[tuple[str, str]], theirs: list[tuple[str, str]]) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """The pairs of two documents that share a copied passage that are one origin: the same body,
    a document's own voice and the one body the other credits, and the one body each credits, where
    each credits one only (the copy names the body of the original otherwise). Where a document
    sets bodies against each other, only the same body is one origin across the copy: its own voice
    (a headline's "Dozens killed") would otherwise bridge the rival bodies into one."""
    single = len(ours) == 1 and len(theirs) == 1
    our_bodies, their_bodies = {a[1] for a in ours if a[1]}, {b[1] for b in theirs if b[1]}
    return [(a, b) for a in ours for b in theirs
            if single or a[1] == b[1] or not a[1] and len(their_bodies) <= 1 or not b[1] and len(our_bodies) <= 1]


def _units(members: list[Item], speakers: _Speakers, credit: dict[str, str | None]) -> dict[str, tuple[str, str]]:
    """Each member's (document, body key). A claim credited to no one restates the body its
    document credits with the same figure ("12 dead" in a headline, "12 people died, the coast
    guard said" below it), else the one body the document credits; else it is the document's own voice."""
    bodies: dict[str, set[str]] = defaultdict(set)
    by_value: dict[tuple[str, str], str] = {}
    for m in members:
        body = credit[m.claim.id]
        if body and not unnamed(body):
            bodies[m.doc.id].add(speakers.key(body))
            by_value.setdefault((m.doc.id, str(m.claim.value)), speakers.key(body))
    units = {}
    for m in members:
        body = credit[m.claim.id]
        if body and unnamed(body):
            units[m.claim.id] = (m.doc.id, _UNNAMED_KEY)
            continue
        only = bodies[m.doc.id]
        key = (speakers.key(body) if body else by_value.get((m.doc.id, str(m.claim.value)))
               or (next(iter(only)) if len(only) == 1 else ""))
        units[m.claim.id] = (m.doc.id, key)
    return units


def _origins(members: list[Item], units: dict[str, tuple[str, str]], uf: UnionFind,
             index: dict[tuple[str, str], int], speakers: _Speakers, why: dict[tuple[str, ...], tuple[int, str]],
             cited: dict[str, str], credit: dict[str, str | None]) -> list[Origin]:
    names: dict[int, str] = {}
    documents: dict[int, list[str]] = defaultdict(list)
    ids: dict[int, list[str]] = defaultdict(list)
    bodies: dict[int, dict[str, set[str]]] = defaultdict(dict)  # root -> body -> the documents that credit it
    # the earliest names it: by day, then by moment where a document gives one (a day's undated ones after)
    for m in sorted(members, key=lambda m: (m.date, m.doc.published_at is None, m.doc.published_at or "", m.doc.id)):
        root = uf.find(index[units[m.claim.id]])
        body = credit[m.claim.id]
        names.setdefault(root, _outlet(m))
        if body and not unnamed(body):  # "reports" names no origin
            bodies[root].setdefault(speakers.fullest(body), set()).add(m.doc.id)
        if m.doc.id not in ids[root]:
            ids[root].append(m.doc.id)
        if cited[m.doc.id] not in documents[root]:
            documents[root].append(cited[m.doc.id])
    for root, credited in bodies.items():  # the body most documents credit, the earliest on a tie; else the outlet
        names[root] = max(credited, key=lambda body: len(credited[body]))
    reasons: dict[int, list[str]] = defaultdict(list)
    for at, reason in why.values():
        reasons[uf.find(at)].append(reason)
    # the earliest origin first
    return [Origin(names[r], tuple(documents[r]), tuple(reasons[r]), tuple(ids[r])) for r in names]


def _said_by(item: Item) -> str | None:
    """Whom the claim is attributed to, else the body whose statement its document carries ("we
    believe" in a body's own page is that body)."""
    credited = item.claim.attributed_to
    if credited is not None and credited.strip().lower() in _FIRST_PERSON:
        credited = None
    return credited or item.doc.voice


_FIRST_PERSON = frozenset(["we", "us", "our", "i"])


def _credits(members: list[Item]) -> dict[str, str | None]:
    """Whom each member is credited to (``_said_by``); a document that speaks in its outlet's own
    voice is that outlet, where the outlet is a body of a state ("Embassy of the Republic of Lorvia
    in Canada") or a body the group credits elsewhere (a research group's own page)."""
    named = {m.claim.attributed_to for m in members if m.claim.attributed_to}
    out: dict[str, str | None] = {}
    for m in members:
        credit = _said_by(m)
        outlet = m.doc.outlet
        if credit is None and outlet and not unnamed(outlet) and (_country_of(outlet) or outlet in named):
            credit = outlet
        out[m.claim.id] = credit
    return out


def _outlet(item: Item) -> str:
    """The outlet's own voice: its name, else its web domain; never a file name or a title. Two
    unnamed outlets are told apart by their documents' ids."""
    return item.doc.outlet or web_site(item.doc.url) or f"an unnamed outlet (document {item.doc.id[:9]})"


_TITLES = sorted(lexicon.words("role_titles"), key=len, reverse=True)
_TITLE = re.compile(rf"^(?:the\s+)?(?:{'|'.join(re.escape(t) for t in _TITLES)})\.?\s+", re.I)


# the head of a description that names a body by what it does: "rights group", "aid organisation"
_GENERIC_BODIES = frozenset(["group", "groups", "organisation", "organization", "body", "watchdog", "monitor", "charity",
                             "agency"])


# a body of a country's state, named with its country: "Ministry of Foreign Affairs of Lorvia", "Embassy
# of the Republic of Lorvia in Canada", "Permanent Mission of Azerbaijan to the United Nations"
_STATE_BODY = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?i:(?:permanent\s+)?(?:embassy|mission|consulate|government|presidency|cabinet))\s+of\s+(?:the\s+)?"
    r"|(?i:ministry|department|office)\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+(?:and\s+)?){1,3}of\s+(?:the\s+)?)"
    r"(?:(?:Republic|Kingdom|State|Federation|Commonwealth|Principality)\s+of\s+)?(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})")
# a country's people as its state: "Lorvian officials", "the Dorvani government", "Azerbaijani Foreign Ministry"
_STATE_OF_A_PEOPLE = re.compile(
    r"^(?:[Tt]he\s+)?(?P<people>[A-Z][a-z]+(?:i|an|ian|ese|ish|ic))\s+(?:(?:[A-Z][a-z]+\s+){0,2}(?i:ministry|embassy|mission)|"
    r"(?i:officials?|government|authorities|army|military|forces|president|presidency|state\s+media))\b")


# words of a state's bodies and officials, as against a group, a company or a person
_OF_A_STATE = re.compile(r"\b(?:ministry|minister|government|embassy|mission|consulate|presidency|president|authorities|"
                         r"officials?|cabinet)\b", re.I)
# the offices of a state's government a person holds: "Governor Marta Solis", "Interior Minister Ana Ruiz"
_STATE_OFFICE = re.compile(r"\b(?:governor|minister|president|premier|chancellor)\b", re.I)
# sources a body gathered a count from: "relatives and former inmates interviewed by Prison Watch"
_GATHERED_BY = re.compile(r"\b(?:interviewed|surveyed|contacted|compiled|gathered|collected|documented|verified)\s+by\s+"
                          r"(?:the\s+)?(?P<body>[A-Z][\w'’&-]*+(?:\s+[A-Z][\w'’&-]*+){0,5})\s*$")
# a person named with a role in a body the role names: "police spokesman Sgt. Leo Park", "Police Chief Ana Morales"
_BODY_ROLE = re.compile(rf"^(?:the\s+)?(?P<body>(?:[A-Z][\w-]*+\s+){{0,3}}?(?i:{lexicon.alternation('spokesman_bodies')}))\s+"
                        rf"(?i:{lexicon.alternation('spokesman_roles')})\b\.?\s+(?=[A-Z])")
_IN_UNIFORM = re.compile(r"\b(?:police|army|military|forces|guard)\b", re.I)


_NOT_STATES = frozenset(["International", "European", "World", "Global"])  # the first word of a body above states


def _country_of(name: str) -> str | None:
    """The country a body of its state names ("Lorvia", "United States"), never a court's or an
    international body's name ("the Office of the Prosecutor of the International Criminal Court")."""
    body = _STATE_BODY.match(name.strip())
    if body is None:
        return None
    country = body.group("country")
    if _INSTITUTION_WORD.search(country) or country == "United Nations" or country.split()[0] in _NOT_STATES:
        return None
    return country


def _government_key(country: str) -> str:
    return f"government of {country.lower()}"


class _Speakers:
    """The speakers and bodies of one group, each known by every name it goes by there: "Prime
    Minister Hassan Diab", "Hassan Diab", "Diab" and "the prime minister" are one speaker when
    nothing else in the group has that surname or title."""

    def __init__(self, names: list[str], affiliated: Mapping[str, str] | None = None) -> None:
        self.full: dict[str, str] = {}  # key -> the fullest name
        self.surname: dict[str, set[str]] = defaultdict(set)
        self.title: dict[str, set[str]] = defaultdict(set)
        self.kinds: dict[str, set[str]] = defaultdict(set)  # "ministry" -> {"health ministry"}
        self.acronyms: dict[str, str] = {}  # "WHO" -> "World Health Organization"
        self.countries = sorted({country for name in names if (country := _country_of(name))}, key=len, reverse=True)
        for country in self.countries:
            self.full.setdefault(_government_key(country), f"Government of {country}")
        self.affiliated = dict(affiliated or {})  # "ana morales" -> "Police", the body a person holds a role in
        for name in sorted(set(names), key=lambda name: (-len(name), name)):  # longest first; ties in a fixed order, not a set's
            role = _BODY_ROLE.match(name)
            if role is not None:  # "police spokesman Sgt. Leo Park": the person, known as the police's
                person = split_title(name[role.end():])[1]
                if len(person.split()) >= 2:
                    self.affiliated.setdefault(person.lower(), role.group("body"))
                    self.surname[person.split()[-1].lower()].add(person.lower())
                    self.full.setdefault(person.lower(), name)
                continue
            initials = _initials(name)
            if len(initials) >= 2:  # "World Health Organization" is the WHO
                self.acronyms.setdefault(initials, name)
            if _is_body(name):
                body = _body_key(_plain(name))
                self.full.setdefault(body, name)
                if " " in body:
                    self.kinds[_kind(body.split()[-1])].add(body)
                continue
            title, person = split_title(name)
            if len(person.split()) >= 2 and not (person.islower() and self._described(person)):
                key = person.lower()
                self.full.setdefault(key, name)
                self.surname[person.split()[-1].lower()].add(key)
                if title:
                    self.title[title.lower()].add(key)

    def _described(self, body: str) -> str | None:
        """The one body named in full that a generic description points to: "rights group" is the
        Karsa Rights Observatory where no other body the group names has "rights" in its name, and
        "the group" or "the monitor" the one body it names besides any state's."""
        words = body.split()
        if len(words) == 1 and words[0] in _GENERIC_BODIES:  # "the group said": the one body besides any state
            others = [key for key, full in self.full.items() if not (_OF_A_STATE.search(full) or _IN_UNIFORM.search(full))]
            return others[0] if len(others) == 1 else None
        if body in self.full or len(words) != 2 or words[-1] not in _GENERIC_BODIES:
            return None
        named = [full for full in self.full if words[0] in full.split() and full != body]
        return named[0] if len(named) == 1 else None

    def _state(self, name: str) -> str | None:
        """The government a name stands for, where it names a body of a country's state, that
        country's people's officials, or a country some body of the group is of ("Dorvan says")."""
        name = name.strip()
        country = _country_of(name)
        if country:
            return _government_key(country)
        people = _STATE_OF_A_PEOPLE.match(name)
        said = people.group("people") if people else name.removeprefix("the ").removeprefix("The ")
        country = next((c for c in self.countries if said == c or people and said.startswith(c)), None)
        if country is None and people is None and len(self.countries) == 1 and name[:1].islower() and _OF_A_STATE.search(name):
            country = self.countries[0]  # "the interior ministry", where the group names one state's bodies
        if country is None and len(self.countries) == 1 and _STATE_OFFICE.search(split_title(name)[0]):
            country = self.countries[0]  # "Governor Marta Solis", where the group names one state's bodies
        return _government_key(country) if country else None

    def key(self, name: str, seen: frozenset[str] = frozenset()) -> str:
        role = _BODY_ROLE.match(name.strip())
        if role is not None:  # a spokesman, a chief or an officer of a body speaks as that body
            return self.key(role.group("body"), seen)
        person = self._person_key(name)
        if person in self.affiliated and person not in seen:  # "Chief Ana Morales", named elsewhere "Police Chief Ana Morales"
            return self.key(self.affiliated[person], seen | {person})  # never round a person affiliated with their own name
        return self._key(name)

    def _person_key(self, name: str) -> str:
        title, person = split_title(name)
        words = person.lower().split()
        if len(words) == 1 and len(self.surname.get(words[0], ())) == 1:
            return next(iter(self.surname[words[0]]))
        return person.lower()

    def _key(self, name: str) -> str:
        gathered = _GATHERED_BY.search(name)
        if gathered is not None:  # "relatives and former inmates interviewed by Prison Watch": the group's own count
            name = gathered.group("body")
        state = self._state(name)
        if state is not None:  # the ministry, its embassy and "Lorvian officials" are one government
            return state
        bare = name.strip().removeprefix("the ").removeprefix("The ")
        if re.fullmatch(r"[A-Z]{2,6}", bare) and bare in self.acronyms:
            name = self.acronyms[bare]
        plain = _plain(name)
        described = self._described(plain.lower()) if plain.islower() else None
        if described:
            return described
        if _is_body(name):  # "the ministry" is the one ministry the group names in full, where it names one
            body = _body_key(plain)
            fuller = self.kinds.get(_kind(body), set())  # "the union" is the one federation named in full
            if " " not in body:
                if not fuller:  # "police" is the one Harbor City Police Department the group names
                    fuller = {full for full in self.full if full != body and body in full.split() and _is_body(full)}
                return next(iter(fuller)) if len(fuller) == 1 else body
            # "coast guard" is the one Lindos Coast Guard, "Department of Health" the one State Department of Health
            ending = [full for full in self.full if full.endswith(" " + body) or full.endswith(" " + plain)]
            return ending[0] if len(ending) == 1 else body
        title, person = split_title(name)
        if len(person.split()) >= 2:
            return person.lower()
        words = person.lower().split()
        if len(words) == 1 and len(self.surname.get(words[0], ())) == 1:
            return next(iter(self.surname[words[0]]))
        if not person and title and len(self.title.get(title.lower(), ())) == 1:
            return next(iter(self.title[title.lower()]))
        return plain

    def fullest(self, name: str) -> str:
        return self.full.get(self.key(name), name)


_INSTITUTIONS = "|".join(word.lower() for word in lexicon.words("institution_words"))
_INSTITUTION_WORD = re.compile(rf"\b(?:{_INSTITUTIONS})\b", re.I)
# "the country's health ministry", "Velmora's health ministry": whose body it is, said before its name
_OWNER = re.compile(r"^[\w-]+[’']s\s+(?=\S)")
# "ministry of health of Velmora", "department of public safety": the body named after its kind
_KIND_OF = re.compile(rf"^(?P<kind>{_INSTITUTIONS})\s+(?:of|for)\s+(?P<field>[\w-]+(?:\s+[\w-]+)??)(?:\s+(?:of|in)\s+.+)?$")


# kinds of body one word may stand for: "the union" that a report names the Garment Workers Federation
_KINDS = {word: kind for kind, words in lexicon.classes("body_kinds").items() for word in words}


def _kind(word: str) -> str:
    return _KINDS.get(word, word)


def _initials(name: str) -> str:
    """The initials of a name in capitals: "WHO" of "World Health Organization", "" of a name
    with a word in lower case other than a joining word."""
    words = [w for w in name.split() if w.lower() not in ("of", "for", "and", "the", "on", "de")]
    if not words or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _plain(name: str) -> str:
    return " ".join(name.lower().replace("the ", "").split())


def _is_body(name: str) -> bool:
    """Whether a name is a body's ("the health ministry", "Ministry of Health"), not a person's
    ("Police Chief Ana Ruiz" ends in a person's two names)."""
    last = name.split()[-2:]
    personal = len(last) == 2 and all(w[:1].isupper() and not _INSTITUTION_WORD.fullmatch(w) for w in last)
    return bool(_INSTITUTION_WORD.search(name)) and not personal


def _body_key(plain: str) -> str:
    """One key for the names a body goes by in lower case: "country's health ministry", "ministry
    of health of velmora" and "health ministry" are one body."""
    plain = _OWNER.sub("", plain)
    named = _KIND_OF.match(plain)
    return f"{named.group('field')} {named.group('kind')}" if named else plain


def split_title(name: str) -> tuple[str, str]:
    """("Prime Minister", "Hassan Diab") of "Prime Minister Hassan Diab"; a bare title is all title."""
    cleaned = " ".join(name.split())
    found = _TITLE.match(cleaned + " ")
    if not found:
        return "", cleaned
    title = found.group().strip().removeprefix("the ").removeprefix("The ").rstrip(".")
    return title, cleaned[found.end():].strip()


