"""Who says so: the voice of a document, and the body or person each sentence attributes
its claims to ("the ministry said", "according to X", "X noted that ...").

Names are resolved within the document: "the ministry" is the last body named with
"Ministry", "the Deputy Minister" the last person introduced with that title, "the
statement" the document's own voice.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from claimledger import lexicon
from claimledger.claims.measures import measure_of

SPEECH_VERBS = "|".join(lexicon.words("speech_verbs"))
BE_FORMS = r"(?:been|be|being|is|was|were|are)"  # before a participle they make it passive: "have been reported"
# a capitalised word, with dots inside ("U.S.") or after an initial or an abbreviation ("J.", "Gov."),
# never after another word, where the dot ends a sentence: "said Mayor Ilse Brandt. She added"
ABBREVIATIONS = "|".join(sorted(lexicon.words("name_abbreviations"), key=len, reverse=True))
_NAME_WORD = rf"(?:[A-Z](?:[\w’'-]*\.(?=\w))+[\w’'-]*\.?|(?:{ABBREVIATIONS}|[A-Z])\.|[A-Z][\w’'-]*)"
_JOINER = r"(?:of|for|and|de|al|van|von|der|du|the|on|to)"
_NOT_A_NAME_START = r"(?!(?:In|On|At|For|But|And|However|This|It|Its|As|By|From|To|After|Before|During|Under|With|While|When|If|Since|So|Also|Then|Yet|Nevertheless|Meanwhile)\b)"
# A name holds at most MAX_NAME_WORDS words, so that matching it is linear in the text: unbounded,
# a run of words that two repetitions could share backtracked without end on a transcript in
# capitals (a 2,800-character one took over 30 s).
MAX_NAME_WORDS = 8
NAME = rf"(?:{_NOT_A_NAME_START}{_NAME_WORD}(?:\s+(?:{_JOINER}\s+){{0,2}}{_NAME_WORD}){{0,{MAX_NAME_WORDS - 1}}})"
# capitalised words that may come before a name ("However", "Former"), then the name; atomic:
# what follows it in a pattern starts with a comma or a word in lower case, so giving words back
# could never help, and trying to made a long run of capitalised words slow
NAMED = rf"(?>(?:[A-Z][\w’'-]*\s+){{0,4}}{NAME})"
_TITLE_WORDS = r"(?:Minister|Ministry|President|Prime Minister|Deputy Minister|Spokesperson|Spokesman|Spokeswoman|Mission|Office|Court|Council|Government|Embassy|Police|Army|Agency|Committee|Commission|Department|Governor|Mayor|Secretary|Ambassador|Parliament|Prosecutor|Statement|Report)"
# who says or sets a figure: a name, "the ministry", a pronoun
_AUX = r"(?:has|have|had|is|was|were|are|will|would|also|then)\b"  # "the ministry has reported": no word of the body
# "the number of confirmed cases": a verb after a preposition describes the noun after it, no one says it
_LINKS_A_NOUN = r"(?:of|in|on|at|to|for|with|by|from|among)\b"
# "Official data put the loss at", "Government figures show": the records of a body none names
_RECORDS = r"\b(?:[Oo]fficial|[Gg]overnment|[Pp]olice|[Cc]ensus|[Hh]ospital)\s+(?:data|figures|statistics|records|estimates)\b"
_WHO = rf"(?P<who>{NAMED}|{_RECORDS}|\b(?:{'|'.join(lexicon.words('collective_sources'))})\b|[Tt]he\s+(?:[A-Z][\w’'-]*\s+|(?!{_AUX})[a-z]+\s+)?(?!{_AUX}|{_LINKS_A_NOUN})[a-z]+|[Ii]t|[Hh]e|[Ss]he|[Tt]hey)"
# "Helen Marsh claimed £52,300": a sum claimed is money taken, not words said
_SUM_SIGN = r"[A-Z]{0,2}[$€£¥₹]"  # "$", "£", "US$", "R$" before a sum's figure
_CLAIMS_MONEY = rf"(?!(?:(?<=claimed)|(?<=claims)|(?<=claim))\s+(?:about\s+|some\s+|more\s+than\s+)?{_SUM_SIGN})"
_WHO_SAID = re.compile(
    rf"{_WHO}(?:,[^,]{{1,120}},)?\s+(?:has\s+|have\s+|had\s+)?(?:{SPEECH_VERBS})\b{_CLAIMS_MONEY}(?:\s+that\b|:|,)?"
)
# a source that sets a running count at a figure: "the ministry puts the death toll at 33", "a monitoring
# group, the Karsa Rights Observatory, put the death toll at 52", "the project, an independent group, puts the
# toll lower, at 351"
_PUTS_AT = re.compile(
    rf"{_WHO}(?:,[^,.;]{{1,120}},|\s+(?:has\s+|have\s+|had\s+)?[a-z]+ed\b[^.;]{{1,80}}?(?=,\s+putting\b))?,?\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:puts?|putting|placed|places|pegged|pegs|estimated|estimates)\s+(?:it|(?:the|its|their|his|her)\s+"
    rf"(?:(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(lexicon.words('toll_nouns'))})\b[^.;]{{0,40}}?|(?:[\w-]+\s+){{0,2}}?[a-z]+))\s+at\s+"
    rf"(?:(?:about|around|nearly|some|over|more\s+than|closer\s+to)\s+)?(?:{_SUM_SIGN}\s?)?\d")
# a source that moves its own figure: "Police revised their estimate of the crowd to 180,000"
_REVISED_TO = re.compile(
    rf"{_WHO}\s+(?:has\s+|have\s+|had\s+)?(?:revised|raised|lowered|cut|updated|increased|reduced)\s+(?:its|their|his|her|the)\s+"
    r"(?:own\s+)?(?:estimate|figure|count|tally|forecast)\b[^.;]{0,60}?\s+to\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?"
    rf"(?:{_SUM_SIGN}\s?)?\d")
_ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<who>(?:the\s+)?{NAMED}|the\s+[a-z]+(?:\s+[a-z]+)?)")
_VOICE_PATTERNS = (
    re.compile(rf"(?P<who>{NAME}(?:\s+and\s+{NAME})?)\s+(?:has\s+|have\s+)?(?:issued|released|published|adopted|circulated)\s+(?:a\s+|an\s+|the\s+)?(?:joint\s+|new\s+|official\s+)?(?:statement|press release|communiqué|declaration|report)"),
    re.compile(rf"[Ii]n\s+(?:a|an|its|their)\s+(?:joint\s+)?(?:statement|press release|communiqué)[^.]{{0,120}}?,\s+(?:the\s+)?(?P<who>{NAME})\s+(?:{SPEECH_VERBS})"),
    re.compile(rf"^(?:Speaking|Addressing)[^.]{{0,160}}?,\s+(?P<who>{NAME})\s+(?:{SPEECH_VERBS})", re.M),
)
# a letterhead's line: the body's name alone, or with what the document is ("Department of Conservation - Media release")
_INSTITUTION = re.compile(rf"^[ \t]*(?P<who>{NAME})[ \t]*(?:[-–—|:][ \t]*[A-Za-z][A-Za-z ]{{0,30}})?$", re.M)
_INSTITUTION_WORDS = re.compile(rf"\b(?:{'|'.join(lexicon.words('institution_words'))})\b")


# a time after a name is not part of it: "said Fire Chief Tomas Berg on Monday"
_TIME_AFTER = re.compile(
    rf"(?<!\s)\s+(?:on|in|at|last|this)\s+(?:{'|'.join(lexicon.capitalised('weekdays') + lexicon.month_names())})\b.*\Z")


# an adverb between a source and its verb: "the organisers now say", "police also said"
_ADVERB_AFTER = re.compile(r"(?<=\S)\s+(?:now|also|still|again|later|earlier|previously|initially|first|since|then)\Z")


# where in a document a figure stands is not who says it: "page 3 of the inspectorate's report"
_PLACE_IN_A_TEXT = re.compile(r"^(?:page|p\.|pp\.|paragraph|para\.|section|chapter|annex|table)\s+[\dIVXivx]+[a-z]?\s+of\s+",
                              re.I)


# a live blog's time stamp before the words of its entry: "15:30 Organisers said ..."
_TIME_STAMP_BEFORE = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+", re.I)


# a footnote's number glued to a source's last word: "the Ministry of Health and partners2"
_FOOTNOTE_AFTER = re.compile(r"(?<=[a-z])\d{1,2}$")


def _clean(who: str) -> str:
    who = _PLACE_IN_A_TEXT.sub("", _TIME_STAMP_BEFORE.sub("", _FOOTNOTE_AFTER.sub("", who.strip(" ,.:;"))))
    who = re.sub(r"^(?:[Tt]he|[Ii]n|[Aa]t|[Oo]n|[Bb]ut|[Aa]nd|[Hh]owever|[Mm]eanwhile)\s+", "", who)
    return _ADVERB_AFTER.sub("", _TIME_AFTER.sub("", who).strip())


def document_voice(text: str) -> str | None:
    """The body whose statement the document carries, from its opening paragraphs."""
    head = "\n".join(text.split("\n")[:12])[:2000]
    for pattern in _VOICE_PATTERNS:
        match = pattern.search(head)
        if match:
            return _clean(match.group("who"))
    speaker = _speaker_of_a_speech(head)
    if speaker is not None:
        return speaker
    if re.search(r"\bpress\s+release\b", head, re.I) or _OWN_WORDS.search(head[:400]):
        for match in _INSTITUTION.finditer(_capitals_as_a_name(head)):
            who = match.group("who").split("\n")[0]  # a name's words run on one line: not "Ministry of Defence\nStatement"
            if _INSTITUTION_WORDS.search(who):
                return _clean(who)
    return None


# a speech's heading: "State of the City Address", "Remarks by Governor Ana Ruiz", "Prepared testimony of ..."
_A_SPEECH = re.compile(r"\b(?:address|speech|remarks|testimony|keynote|eulogy|lecture)\b", re.I)
_DELIVERED_BY = re.compile(rf"\b(?:by|of|from)\s+(?P<who>{NAMED})(?:\s+(?:at|on|to|before|in|for)\s[^\n]*)?\s*$")
_ROLE_AND_NAME_LINE = re.compile(rf"^\s*(?P<who>(?:[A-Z][\w.’'-]*\s+){{0,3}}{NAME})\s*$")


def _speaker_of_a_speech(head: str) -> str | None:
    """The speaker a speech's transcript names in its heading ("Remarks by Governor Ana Ruiz", or
    "State of the City Address" over a line "Mayor Ruth Alvarado"), where the speech is in the first
    person: its words and figures are the speaker's."""
    lines = [line for line in head.split("\n")[:4] if line.strip()]
    if not lines or not _A_SPEECH.search(lines[0]) or len(lines[0]) > 100 or not re.search(r"\bI\b", head):
        return None
    by = _DELIVERED_BY.search(lines[0])
    if by is not None:
        return _clean(by.group("who"))
    named = _ROLE_AND_NAME_LINE.match(lines[1]) if len(lines) > 1 and len(lines[1].split()) <= 6 else None
    return _clean(named.group("who")) if named and " " in named.group("who").strip() else None


# a body referred to as a business, and a name a sentence tells doing business: a firm's name
_A_FIRM = frozenset(["company", "firm", "operator", "airline", "carrier", "carmaker", "insurer", "lender", "bank", "retailer"])
_TRADING = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>[A-Z][\w&’'-]*+(?:[ \t]+[A-Z][\w&’'-]*+){1,3})[ \t]+"
                      r"(?:charges|charged|sells|sold|makes|operates|operated|runs|ran|owns|owned|employs|manufactures|"
                      r"offers|offered|builds|built|reported\s+(?:revenue|sales|profit|a\s+loss))\b", re.M)


def _capitals_as_a_name(head: str) -> str:
    """A letterhead in capitals written as a name ("MAREVIAN COAST GUARD" as "Marevian Coast
    Guard"), so it reads as the body it names; each line keeps its length."""
    return "\n".join(_CAPITALS_LINE.sub(lambda m: _as_a_name(m.group()), line) for line in head.split("\n"))


def _as_a_name(line: str) -> str:
    return " ".join(w.lower() if w.lower() in ("of", "the", "and", "for") else w.capitalize() for w in line.split(" "))


_CAPITALS_LINE = re.compile(r"^[ \t]*[A-Z][A-Z&'’.-]+(?:[ \t]+[A-Z&'’.-]+)+[ \t]*$")


# what a body's own words call themselves at the head of a document
_OWN_WORDS = re.compile(r"\b(?:statement|announcement|communiqu[ée]|notice|bulletin|situation\s+report|incident\s+update|"
                        r"press\s+(?:service|office|cent(?:er|re))|(?:news|media)\s+release)\b",
                        re.I)


_GENERIC_TITLES = frozenset(
    ["ministry", "minister", "deputy", "foreign", "defence", "defense", "interior", "health", "court", "mission", "office", "government", "embassy", "president", "police", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "agency", "official", "officials", "company", "army", "council", "committee", "commission", "department", "ambassador", "prosecutor", "regional", "local", "state", "federal", "prime", "judge", "coroner", "sheriff",
     "commissioner", "director", "chairman", "chairwoman", "secretary", "senator", "general", "inspector", "superintendent"]
)


# roles whose holder speaks for the body they are of ("a spokesman for the Interior Ministry", "the
# chief executive of Halden Motors"), where a receiver, a critic or a lawyer of a body does not
_SPEAKING_ROLES = frozenset(["spokesman", "spokeswoman", "spokesperson", "spokespeople", "head", "chief", "executive",
                             "director", "president", "chairman", "chairwoman", "chair", "official", "officials", "minister",
                             "secretary", "leader", "commander", "representative", "representatives", "officer", "manager",
                             "governor", "mayor", "secretary-general", "ceo", "press", "staff"])
# a role that speaks for a body the role names: "police spokesman", "fire department spokeswoman", "army officer"
_ROLE_OF_A_BODY = re.compile(rf"\b(?:{lexicon.alternation('spokesman_bodies')})\s+(?:{lexicon.alternation('spokesman_roles')}"
                             r"|press\s+officer)\b", re.I)
_RELATING_WORDS = frozenset(["of", "for", "at", "with", "from", "to", "in", "on", "against"])


def _speaks_for_the_body(role: list[str]) -> bool:
    """Whether the words before a name say the name's holder or the body it is of: "fisherman" (the
    person named), "spokesman for" (the body), not "receiver of" or "critic of" (someone apart)."""
    if not role or role[-1].lower() not in _RELATING_WORDS:
        return True
    return any(word.lower() in _SPEAKING_ROLES for word in role[:-1])


# figures that show something, whose body is who released them, else the document's own: "Provisional
# data", "Final figures released on Tuesday by the state Department of Health"
_DATA = re.compile(r"(?i:(?:(?:provisional|preliminary|final|official|new|latest|updated|annual|monthly|the)\s+)*"
                   r"(?:data|figures|statistics|numbers|records|estimates))"
                   r"(?:\s+(?i:released|published|compiled|issued|collected)(?:\s+(?i:on|last|this)\s+\w+)?"
                   r"(?:\s+(?i:by)\s+(?P<by>\S.*))?|\s+(?i:from|of)\s+(?P<of>\S.*))?")
# the body that released the figures, named after them: "... released on Tuesday by the state Department of Health"
_RELEASED_BY = re.compile(rf"[^.\n]{{0,60}}?\b(?:released|published|compiled|issued|collected)\b[^.\n]{{0,30}}?\bby\s+"
                          rf"(?P<by>(?:the\s+)?(?:[a-z]+\s+)?{NAME})")


AN_AGE = r"\d{1,3}-year-old"  # "the 51-year-old", "19-year-old student Lea Park": a person by age
_OF_AN_AGE = re.compile(rf"(?:the\s+)?{AN_AGE}(?:\s+[a-z]+)?")


class Resolver:
    """Resolves "the ministry", "the Deputy Minister", "he" to the names the document used before."""

    def __init__(self, text: str, voice: str | None) -> None:
        self.text = text
        self.voice = voice
        self._names: list[tuple[int, str]] | None = None  # read once, when a reference first needs them
        self._described: dict[str, list[tuple[int, str]]] = {}
        self._mentions: _Mentions | None = None  # read once, when a pronoun first needs them
        self._fuller: dict[str, list[re.Match[str]]] = {}  # the fuller names of each surname, once read

    def resolve(self, who: str, at: int) -> str | None:
        """The name a reference stands for; the reference as written when nothing earlier names it."""
        who = re.sub(r"^(?:[Aa]n?)\s+", "", _clean(who))
        low = who.lower()
        if not low or low in ("a", "an", "the"):  # "An estimated 1.3 million": an article, no one who estimates
            return None
        if low in ("it", "statement", "this statement", "report") or low.endswith("statement"):
            return self.voice or None
        if who == "I" and self.voice:  # '"...," I said at a vigil' in a speech: its speaker
            return self.voice
        if low.removeprefix("the ") in _A_FIRM:  # "DeepView Expeditions charges $250,000 a seat. The company said ...": that firm
            head = low.removeprefix("the ")
            firm = self._last_named(head, at)  # "Nordavia Airlines said ... the airline said": the name that says it
            trading = list(_TRADING.finditer(self.text, max(0, at - 400), at))
            if firm or trading:
                return firm or _clean(trading[-1].group("name"))
        data = _DATA.fullmatch(who)
        if data is not None:  # "Final figures released on Tuesday by the state Department of Health": the body's
            by = data.group("by") or data.group("of") or next((m.group("by") for m in [_RELEASED_BY.match(self.text, at)] if m),
                                                              None)
            return self.resolve(by, at) if by else self.voice or who  # "Official data put the loss at": records none names
        if low in ("he", "she", "they") or _OF_AN_AGE.fullmatch(low):  # "the 51-year-old wrote": the person, as "she"
            return self._last_person(at)
        if who in ("who", "which", "that"):  # "Kostic, who led the campaign, ... said": the name it follows (not the WHO)
            antecedent = _ANTECEDENT.search(self.text, max(0, at - 80), at)
            return self.resolve(antecedent.group("name"), antecedent.start()) if antecedent else None
        if all(word in _GENERIC_TITLES for word in low.split()):  # "the prime minister" is no health minister
            head = re.sub(r"^the\s+", "", low)
            return self._last_named(head, at) or self._last_described(head, at) or who
        if re.fullmatch(r"[A-Z][a-z’'-]+", who):  # a surname: "Berg added"
            return self._fullest(who, at)
        named = _ROLE_BEFORE_NAME.fullmatch(who)  # "fisherman Dario Venn", "union leader Ines Varga": the person
        if named is None or not _speaks_for_the_body(who[:named.start("name")].split()):
            return who  # "the court-appointed receiver of Greyfield Capital" is not Greyfield Capital
        if _ROLE_OF_A_BODY.search(who[:named.start("name")]):
            return who  # "police spokesman Sgt. Leo Park": the body he speaks for stays with his name
        return named.group("name")

    def _fullest(self, surname: str, at: int) -> str:
        """The fullest name the document gives a person it also calls by surname alone: the last
        before ``at``, else the first after it ("Fire Chief Tomas Berg" for "Berg")."""
        if surname not in self._fuller:  # the text is read once for each surname
            # words on the surname's own line, none ending a sentence ("on Monday. Governor Ellen Marsh")
            self._fuller[surname] = list(re.finditer(
                rf"(?<![\w’'.-])(?:{_NAME_WORD}[ \t]+){{1,4}}{re.escape(surname)}(?![\w’'-])", self.text))
        best = _nearest(self._fuller[surname], at)
        if best is None:
            return surname
        name = _clean(best.group())
        opener = _CLAUSE_OPENER.match(name)  # "As Maran put it": not "As Maran"
        return name[opener.end():] if opener else name

    def _last_named(self, head: str, at: int) -> str | None:
        words = head.split()  # every word of "the deputy minister" in "Deputy Foreign Minister Ana Ruiz"
        if self._names is None:
            self._names = [(start, name) for start, name in _names(self.text) if " " in name]
        fitting = [(start, name) for start, name in self._names
                   if len(name.split()) > 1 and all(w in name.lower() for w in words)]
        before = [found for found in fitting if found[0] < at]
        if not fitting:
            return None
        best = (before[-1] if before else fitting[0])[1]
        person = re.search(rf"{re.escape(best)}\s+(?P<name>[A-Z][a-z]+\s+[A-Z][a-z]+)", self.text[:at + 200])
        titled = head.split()[-1] in ("minister", "president", "governor", "mayor")
        return _clean(best + (" " + person.group("name") if person and titled else ""))

    def _last_described(self, head: str, at: int) -> str | None:
        """The fuller description in lower case the text gave a body before: "the national
        disaster agency" for "the agency"."""
        if " " in head:
            return None
        if head not in self._described:
            pattern = rf"\b[Tt]he\s+((?:[a-z][\w-]*\s+){{1,3}}{re.escape(head)})\b"
            self._described[head] = [(m.start(), m.group(1)) for m in re.finditer(pattern, self.text)
                                     if m.group(1).split()[0] not in ("same", "other", "first", "new")]
        fuller = [d for start, d in self._described[head] if start < at]
        return " ".join(fuller[-1].split()) if fuller else None

    def _last_person(self, at: int) -> str | None:
        """The person a pronoun stands for: the last one named with a title ("Labour Minister
        Pavel Orr") or as the subject that opens a sentence ("Varga, the union leader, rejected
        ..."), whichever comes later. The text is read for both once; a subject is judged a
        person only when it is the nearest candidate, once."""
        if self._mentions is None:
            self._mentions = _Mentions.of(self.text)
        found = max(((start, name) for start, needs, name in self._mentions.titled if needs <= at), default=None)
        subjects = self._mentions.subjects
        for k in range(bisect_left(self._mentions.subject_starts, at) - 1, -1, -1):
            start, needs, subject = subjects[k]
            if needs > at:
                continue  # its verb or comma lies past the pronoun: not read before it
            if found is not None and (start, subject.group("n")) <= found:
                break
            if self._mentions.person.setdefault(start, self._is_a_person(subject)):
                found = (start, subject.group("n"))
                break
        if found is None:
            return self.voice or None
        return self._fullest(found[1], found[0]) if " " not in found[1] else found[1]

    def _is_a_person(self, subject: re.Match[str]) -> bool:
        """Whether the capitalised words opening a sentence name a person: no word of a body
        ("Police", "Federation"), and a lone surname set off by a description ("Varga, the union
        leader,") or the last word of a fuller name the document gives."""
        words = subject.group("n").split()
        if words[0] in _NOT_SUBJECT_NAMES or is_a_body(subject.group("n")):
            return False
        if len(words) > 1:
            return True
        return bool(_DESCRIBED_AFTER.match(self.text, subject.end("n"))) or self._fullest(words[0], subject.start()) != words[0]


@dataclass(slots=True)
class _Mentions:
    """The people a text names with a title, and the capitalised words that open its sentences,
    each with where its name starts and how far the text must run for the pattern to read it."""

    titled: list[tuple[int, int, str]]
    subjects: list[tuple[int, int, re.Match[str]]]
    subject_starts: list[int]
    person: dict[int, bool]  # whether the subject at a start names a person, once judged

    @classmethod
    def of(cls, text: str) -> _Mentions:
        titled = [(m.start("n"), m.end(), m.group("n")) for m in _TITLED_PERSON.finditer(text)]
        subjects = sorted([(m.start("n"), m.end("n") + (1 if text.startswith(",", m.end("n")) else 2), m)
                           for pattern in (_SENTENCE_SUBJECT, _ROLE_THEN_NAME) for m in pattern.finditer(text)],
                          key=lambda found: found[0])
        return cls(titled, subjects, [start for start, _, _ in subjects], {})


_TITLED_PERSON = re.compile(rf"{_TITLE_WORDS}\s+(?P<n>[A-Z][a-z]+\s+[A-Z][a-z]+)")
_ANTECEDENT = re.compile(rf"(?P<name>{NAME})\s*,?\s*\Z")
_ROLE_BEFORE_NAME = re.compile(r"(?:[a-z][a-z-]*+\s+){1,3}(?P<name>[A-Z][\w’'.-]*+(?:\s+[A-Z][\w’'-]*+){1,3})")
# capitalised words that open a sentence and go on with a comma or a word in lower case (its verb)
_SENTENCE_SUBJECT = re.compile(r"(?:\A|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s)|(?<=\n))[ \t]*+"
                               r"(?P<n>[A-Z][a-z’'-]++(?:[ \t][A-Z][a-z’'-]++){0,3}+)(?<!['’]s)(?=,|[ \t][a-z])")
# a sentence opening on a role with the person's name set off after it: "Hale's lawyer, Tom Reyes, said"
_ROLE_THEN_NAME = re.compile(r"(?:\A|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s)|(?<=\n))[ \t]*+"
                             r"(?:[A-Z][\w-]*+['’]s[ \t]|(?:The|A|An|Her|His|Their)[ \t])(?:[a-z][\w-]*+[ \t]){0,3}+"
                             r"[a-z][\w-]*+,[ \t](?P<n>[A-Z][a-z’'-]++(?:[ \t][A-Z][a-z’'-]++){1,2}+)(?=,)")
_DESCRIBED_AFTER = re.compile(r",\s(?:the|a|an|who|\d)\b")
_NOT_SUBJECT_NAMES = frozenset([*lexicon.words("not_names"), *lexicon.capitalised("weekdays"), *lexicon.month_names(),
                                "He", "She", "They", "It", "We", "I", "You", "His", "Her", "Our", "Its", "A", "An"])


def is_a_body(name: str) -> bool:
    """Whether a name holds a word of a body ("Police", "Workers Federation"), not a person's."""
    return bool(_INSTITUTION_WORDS.search(name))
# the end of a sentence or a line inside what the name pattern took for one name (its words may
# hold initials: "U.S.", "J."): "Ministry of Emergency Situations. Officials", "Police\n\nA"
_SENTENCE_END = re.compile(r"(?<=[a-z]{4})\.\s+|\n\s*")


# the words that open a clause before a name in capitals, no part of it
_CLAUSE_OPENER = re.compile(r"(?:As|If|When|While|Since|Before|After|Because|Although|Though|Until|Once|Unlike|Like)\s+(?=[A-Z])")


def _names(text: str) -> Iterator[tuple[int, str]]:
    """The names of a text with where each starts, a name the pattern ran past a sentence's end
    cut there."""
    for match in re.finditer(NAME, text):
        start, name = 0, match.group(0)
        opener = _CLAUSE_OPENER.match(name)
        start = opener.end() if opener else 0  # "As Maran put it": the name is Maran
        for end in _SENTENCE_END.finditer(name):
            yield match.start() + start, name[start:end.start()]
            start = end.end()
        yield match.start() + start, name[start:]


def _nearest(mentions: list[re.Match[str]], at: int) -> re.Match[str] | None:
    """The mention a reference at ``at`` stands for: the last one before it, else the first after it."""
    before = [m for m in mentions if m.start() < at]
    return before[-1] if before else mentions[0] if mentions else None


# ", not 12 as first reported", "more than expected": a figure set against what was said, no one who says it
_COMPARED = re.compile(r"\d|\b(?:as|not|than)\b", re.I)
# "..., 27 deaths have been reported": a passive's subject or a figure is what is said, not who says it
_PASSIVE_OR_FIGURE = re.compile(rf"\b{BE_FORMS}\Z|\A\d")


# a body's own tally: "the regional health ministry's figure remained at 45"
_POSSESSIVE_TALLY = re.compile(r"(?<![\w-])(?P<who>(?:[Tt]he\s+)?(?:[\w-]++\s+){0,3}?[\w-]++)['’]s\s+(?:own\s+|latest\s+|official\s+)?"
                               r"(?:death\s+)?(?:figure|tally|count|estimate|toll)\b")
_A_BODY = re.compile(rf"\b(?:{'|'.join(lexicon.words('institution_words'))}|observatory|group|army|hospital|officials?|company|firm|operator|"
                     r"monitors?)\b", re.I)


_DAY_NAMES = frozenset([*lexicon.capitalised("weekdays"), *(m.capitalize() for m in lexicon.month_names())])
_A_DAY_BEFORE = re.compile(r"(?:\d|\b(?:on|last|this|next))\s+\Z", re.I)


# a claim credited to no one: "a post shared widely on social media claims that", "a video circulating online shows"
_UNNAMED_SAYS = re.compile(
    rf"\b(?P<who>[Aa]n?\s+(?:[a-z]+\s+)?(?:{'|'.join(w for w in lexicon.words('unnamed_sources') if ' ' not in w)}))\b"
    rf"[^.;]{{0,80}}?\s+(?:claims|claimed|says|said|alleges|alleged|shows|showed|suggests|suggested)\s+that\b")


# a described group that opens its sentence and puts a count at its own figure: "Local aid groups working
# in the east put the number at closer to 2 million"
_GROUP_PUTS_AT = re.compile(
    r"^\W*(?P<who>[A-Z][a-z]+(?:\s+[a-z]+){1,3}?)(?:\s+(?:working|based|operating|active)\s+[^.;]{1,40}?)?"
    r"\s+(?:put|puts|placed|places|estimated?|estimates)\s+"
    r"(?:the|its|their)\s+(?:number|figure|total|count|toll|tally)\s+at\b")


# a figure whose source follows it as a relative clause: "the 36% the ministry claimed", "the 12 (that) police reported",
# "the 2.8 billion euros the city has budgeted": besides speech, the verbs that set a figure one expects or plans
_FIGURE_SETTERS = "budgeted|forecast|projected|planned|pledged|promised|demanded|expected|allocated|earmarked"
_A_FIGURE_BEFORE = re.compile(r"(?<![\d,.])\d[\d,.]*+(?:\s*%|\s+(?:per\s*cent|percent|[a-z]+))?\s+(?:that\s+|which\s+)?(?:the\s+)?\Z")
_CREDITED_AFTER = re.compile(rf"(?:\s*%|\s+(?:per\s*cent|percent|(?!as\b|and\b|or\b|to\b|in\b|of\b)[a-z]+))?\s+(?:that\s+|which\s+)?"
                             rf"(?P<who>the\s+[\w’']+(?:\s+[\w’']+){{0,3}}?|[A-Z][\w’']*+(?:\s+[A-Z][\w’']*+){{0,3}})"
                             rf"\s+(?:has\s+|had\s+)?(?:{SPEECH_VERBS}|{_FIGURE_SETTERS})\b")


# a figure whose source a passive participle names after it: "the 12 tonnes estimated by provincial engineers"
_CREDITED_BY_AFTER = re.compile(r"(?:\s*%|\s+(?:per\s*cent|percent|[a-z]+)){0,2}?\s+(?:(?:first|initially|earlier|previously|"
                                r"officially)\s+)?(?:estimated|reported|given|claimed|cited|announced|stated|recorded|counted|"
                                r"confirmed|published)\s+by\s+(?P<who>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)"
                                r"(?=\s*(?:[.,;:)]|\Z)|\s+(?:and|but|on|in|at|last|this|who|which|earlier|before)\b)")


def names_a_counted_thing(source: str) -> bool:
    """Whether a would-be source is a casualty noun ("Death reported in ...", "Injuries reported"),
    what is reported rather than who reports it; never a phrase that only holds one ("relatives of
    the dead")."""
    return len(source.split()) <= 2 and measure_of(f"{source.lower()}|", None) is not None


def figure_credited_after(text: str, end: int, resolver: Resolver) -> str | None:
    """The source a relative clause right after a figure credits it to ("not the 36% the ministry
    claimed"): that figure's source alone, not its sentence's."""
    after = _CREDITED_AFTER.match(text, end) or _CREDITED_BY_AFTER.match(text, end)
    if after is None or _PASSIVE_OR_FIGURE.search(after.group("who")) or after.group("who").lower() in ("it", "they", "he", "she"):
        return None
    return resolver.resolve(after.group("who"), after.start("who"))


_GOODS_RECALLED = re.compile(r"\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+|over\s+|its\s+|the\s+)?(?:[\d,.]+|[A-Z])")


def sentence_attribution(sentence: str, offset: int, resolver: Resolver) -> str | None:
    """Whom a sentence attributes what it asserts to, or None when it speaks in its own voice."""
    for pattern in (_ACCORDING, _WHO_SAID, _GROUP_PUTS_AT, _PUTS_AT, _REVISED_TO, _POSSESSIVE_TALLY, _UNNAMED_SAYS):
        match = pattern.search(sentence)
        if match and pattern is _POSSESSIVE_TALLY and not _A_BODY.search(match.group("who")):
            continue  # "the city's death toll" is the city's dead, not the city's word
        if match and _A_DAY_BEFORE.search(sentence, 0, match.start("who")) and match.group("who") in _DAY_NAMES:
            continue  # "a post shared on 8 November claims": a date, no one who claims
        if match and names_a_counted_thing(match.group("who")):
            continue  # "Death reported in salad kit outbreak": what is reported, no one who reports it
        if match and _A_FIGURE_BEFORE.search(sentence, max(0, match.start("who") - 16), match.start("who")):
            continue  # "not the 36% the ministry claimed": the ministry's figure only (``figure_credited_after``)
        if match and _GOODS_RECALLED.match(sentence, match.end()) and "recall" in sentence[match.end("who"):match.end()]:
            continue  # "Arden recalls 1.2 million cars": a recall of goods, no memory
        if match:
            resolved = resolver.resolve(match.group("who"), offset + match.start())
            if resolved:
                return resolved
    tail = re.search(rf",\s*(?P<who>(?:the\s+)?[\w’' ]{{2,60}}?)\s+(?:{SPEECH_VERBS})\s*[.!]?\s*$", sentence)
    if tail and not _PASSIVE_OR_FIGURE.search(tail.group("who")) and not _COMPARED.search(tail.group("who")):
        return resolver.resolve(tail.group("who"), offset + tail.start())
    return None
