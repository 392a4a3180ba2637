"""Attribution in the PARC sense: who (source) says (cue) what (content), for direct and
indirect speech alike: "The ministry said that 31 people had died", "31 people had died, the
ministry said", "..., said Ana Ruiz", "According to police, ...". Each is three character spans
of the document.

Rule-based: a cue is found first (a speech verb of lexicon/speech_verbs.txt, or "according
to"), then its source is the noun phrase beside it and its content the rest of the sentence on
the other side. Every pattern is anchored beside a cue and bounded, so matching is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimledger import lexicon
from claimledger.claims.attribution import ABBREVIATIONS, BE_FORMS, names_a_counted_thing
from claimledger.claims.measures import is_person_word, measure_of
from claimledger.claims.parse import is_currency_sign, lemma, parse_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# the patterns read only the verbs that report speech or a finding whatever their part of speech; the
# wider list of attribution_verbs.txt ("back", "call", "blast") needs the parse to tell verb from noun
_VERBS = sorted(set(lexicon.words("speech_verbs") + lexicon.words("attribution_cues")) - {"according to"},
                key=len, reverse=True)
_CUE = re.compile(rf"\b(?:(?:has|have|had|also|previously|later|then|once)\s+(?:(?:always|long|repeatedly)\s+)?)?(?:{'|'.join(re.escape(v) for v in _VERBS)})\b")
_DETERMINER = r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Oo]ne|[Tt]wo|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther)"
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|[Yy]ou)"
_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Sgt|Capt)\.?\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|de|van|von|al)){0,5}"
# no bare number and no second article inside: "not the 230 the operator declared" has no source "the 230 the operator"
_PHRASE = rf"{_DETERMINER}\s+(?:(?![\d,.]+\s|the\s)[\w’'.-]+\s+){{0,5}}?[\w’'.-]+"
# a role a body's spokesman holds, before the name: "police spokesman Sgt. Leo Park"
_BODY_ROLE = rf"(?:(?:{lexicon.alternation('spokesman_bodies')})\s+(?:{lexicon.alternation('spokesman_roles')})\s+)"
# a role held for a named person or body: "Mr. Okafor's lawyer", "Halden Bank's chief executive"
_NAMED_ONES_ROLE = r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w.-]*+(?:\s+[A-Z][\w.-]*+){0,3}['’]s\s+(?:[a-z][\w-]*+\s+){0,2}?[a-z][\w-]*+"
_SOURCE = rf"(?:{_PHRASE}|{_NAMED_ONES_ROLE}|{_BODY_ROLE}?{_NAME}|{_PRONOUN}|[a-z]+s|police|staff|government)"
# the source just before a cue: a name, a noun phrase, a pronoun, a plural ("officials")
_SOURCE_BEFORE = re.compile(rf"(?:^|(?<=[\s“”\"(—–-]))(?P<source>{_SOURCE})(?:,\s*[^,]{{1,80}},)?\s+\Z")
# the source just after a cue: "..., said Ana Ruiz, a spokeswoman."
_SOURCE_AFTER = re.compile(rf"\s+(?P<source>{_SOURCE})(?=\s*(?:[,.;:!?]|\Z))")
# a title's dot ("Dr. Omar Haddad") does not end the source, nor a number's comma or point
_ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<source>(?:\b(?:{ABBREVIATIONS})\.|(?<=\d)[,.](?=\d)|[^,.;:]){{1,160}}?)"
                        rf"(?=\s*(?:(?<!\d),|,(?!\d)|[;:]|\.(?:\s|\Z)|\Z))")  # "according to a study of about 48,000 adults"
_COMMA_BEFORE = re.compile(r"[,:]\s*[”\"’]?\s*\Z|[”\"]\s*\Z")
_OBJECT = re.compile(rf"\s+(?:reporters|journalists|(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}})|{_DETERMINER}\s+(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+|him|her|them|us|me)(?=\s|,)")
_OPENING = re.compile(r"\A[\s“\"‘'—–:,-]+")
_CLOSING = re.compile(r"[\s,.;:!?]+\Z")
_CLOSING_QUOTED = re.compile(r"[\s,.;:!?”\"’]+\Z")  # content before its source: '"...," she said'


@dataclass(frozen=True, slots=True)
class Attribution:
    source: tuple[int, int]
    cue: tuple[int, int]
    content: tuple[int, int]


_ANY_CUES = {cue.lower() for cue in set(lexicon.verb_forms("attribution_verbs")) | set(lexicon.words("speech_verbs"))
             | {"according to"}}
# a set of words, not one alternation of some hundreds: tried at every character of a long text,
# the alternation took half a second on 20,000 characters of hyphens
_ONE_WORD_CUES = frozenset(cue for cue in _ANY_CUES if " " not in cue)
_PHRASE_CUES: dict[str, list[re.Pattern[str]]] = {}
for _cue in sorted(_ANY_CUES - _ONE_WORD_CUES):
    _PHRASE_CUES.setdefault(_cue.split()[0], []).append(re.compile(r"\b" + r"\s+".join(map(re.escape, _cue.split())) + r"\b"))
_WORD = re.compile(r"[^\W\d_]+")


def may_attribute(sentence: str) -> bool:
    """Whether a sentence holds a word that can be a cue: the sentences worth parsing for attributions."""
    lowered = sentence.lower()
    words = set(_WORD.findall(lowered))
    if words & _ONE_WORD_CUES:
        return True
    return any(p.search(lowered) for first in words & _PHRASE_CUES.keys() for p in _PHRASE_CUES[first])


def attributions_of_sentences(sentences: list[str]) -> list[list[Attribution]]:
    """The attributions of each sentence: read from its dependency parse (the subject of a cue verb
    is the source, its complement the content) where the spaCy model is installed, else by the
    cue patterns alone."""
    docs = parse_sentences(sentences)
    if docs is None:
        return [list(find_attributions(s)) for s in sentences]
    return [attributions_in_parse(sentence, doc) for sentence, doc in zip(sentences, docs, strict=True)]


def attributions_in_parse(sentence: str, doc: Doc | None) -> list[Attribution]:
    """The attributions of one sentence from its parse (``doc``, offsets into the sentence), or by
    the cue patterns alone where there is no parse."""
    if doc is None:
        return list(find_attributions(sentence))
    labelled = _speaker_label(sentence)
    parsed = [a for token in doc if (a := _parsed_attribution(token) or _nominal_attribution(token)) is not None]
    parsed += [a for m in _ACCORDING.finditer(sentence) if (a := _according(sentence, m)) is not None]
    # a cue the parse could not read (a misparse) keeps what the patterns read around it, where
    # it is a speech verb or its content is a quotation ('Limbaugh continued: “They are ...”')
    parsed += [a for a in find_attributions(sentence)
               if (sentence[a.cue[0]:a.cue[1]].split()[-1].lower() in _SPEECH_VERBS
                   or (a.content[0] > 0 and sentence[a.content[0] - 1] in _OPENS))
               and not any(_same_cue(a, p) for p in parsed)
               and not _parse_reads_no_cue(doc, a.cue)]
    parsed = [a for a in parsed if not _asks_the_reader(sentence, a) and not names_a_counted_thing(sentence[a.source[0]:a.source[1]])]
    framed = _quote_frames(sentence, doc)
    parsed = [a for a in parsed if not any(_same_cue(a, f) for f in framed)]
    return ([_with_cue_words(sentence, _with_quotation_marks(sentence, _without_opener(sentence, a)))
             for a in [*parsed, *framed]]
            + ([labelled] if labelled else []) + _credited(sentence))


def _same_cue(a: Attribution, b: Attribution) -> bool:
    """Whether two readings of a sentence share cue characters: one attribution read twice."""
    return a.cue[0] < b.cue[1] and b.cue[0] < a.cue[1]


# the words PARC and PolNeAR count in a cue: the colon that hands over to the content ("said:"), the
# medium and the day it was said on ("said in a statement", "said Tuesday"); not the "when" that
# opens its clause ("when asked")
_CUE_GOES_ON = re.compile(
    r"[ \t]*:|\s+(?:in|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|"
    r"email|e-mail|letter|speech|post|tweet|op-ed|memo|release|news\s+release|press\s+release)\b|"
    rf"\s+(?:{'|'.join(w.capitalize() for w in lexicon.words('weekdays'))})\b(?!\s+(?:morning|afternoon|evening|night)\b)")
_CUE_OPENER = re.compile(r"(?:when|however,?)\s+", re.I)


def _with_cue_words(sentence: str, found: Attribution) -> Attribution:
    start, end = found.cue
    opener = _CUE_OPENER.match(sentence, start, end)
    if opener is not None and opener.end() < end:
        start = opener.end()
    more = _CUE_GOES_ON.match(sentence, end)
    if more is not None and not (found.content[0] < more.end() and end <= found.content[1]):
        end = more.end()
    return found if (start, end) == found.cue else Attribution(found.source, (start, end), found.content)


def _asks_the_reader(sentence: str, found: Attribution) -> bool:
    """ "Do you support Ben Carson?": a question to the reader, whose answer no one has given; "Anyone
    with information should call 101": an appeal to whoever reads it, which no one has answered."""
    source = sentence[found.source[0]:found.source[1]].lower()
    return (source == "you" and sentence.rstrip(" ”\"'’").endswith("?")) or source.split()[:1] in (["anyone"], ["anybody"],
                                                                                                ["whoever"])


# a quote that opens its sentence and closes on a comma, question or exclamation mark, and the
# words after it that say who spoke: '“No,” replied Jeff Zucker.', '“Why?” Beck questioned.' The
# frame says it is speech, whatever the verb: "tweeted", "chanted", "retaliated", "went on"
_FRAME_CLOSE = re.compile(r"[,?!](?:''|[”\"])(?=\s)")
_FRAME_OPEN = re.compile(r"\A[\s(—–-]*(?P<mark>''|[“\"])")
_SENTENCE_OPENERS = frozenset(lexicon.words("sentence_openers"))
_FRAME_REACH = 6  # tokens after the quote where the verb of its frame may stand: "an angry Hollande retaliated"


def _quote_frames(sentence: str, doc: Doc) -> list[Attribution]:
    """Quotes framed by their speaker and a verb of any kind, the quote the content: for '“...,” he
    told the Times' the content is the quote, not whom it was told."""
    close = _FRAME_CLOSE.search(sentence)
    if close is None:
        return []
    opening = _FRAME_OPEN.match(sentence)
    if opening is None and any(m in sentence[:close.start()] for m in ("“", "''")):
        return []  # a quote inside the sentence's own words: 'He called it “a disgrace,” Smith noted'
    start = opening.start("mark") if opening else 0
    following = [t for t in doc if t.idx >= close.end() and not t.is_space][:_FRAME_REACH]
    if not following or following[0].text in _SENTENCE_OPENERS and close.group()[0] in "?!":
        return []  # '“Is it over?” The crowd waited.': a new sentence
    for verb in following:
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        inverted = verb.i == following[0].i  # '..., said Ana Ruiz': the subject after the verb, whatever the parse hung before it
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and (c.i > verb.i or not inverted)), None)
        if subject is None and inverted:  # '..., tweeted another.': the parse takes the speaker for an object
            subject = next((c for c in verb.rights if c.dep_ in ("dobj", "obj", "attr")), None)
        if subject is None or subject.left_edge.i != following[0].i and subject.i < verb.i:
            return []
        if subject.i > verb.i and verb.i != following[0].i:
            return []
        source = _with_closing_comma(subject, _extent(subject))
        return [Attribution(source, (verb.idx, _end_with_particle(verb)), (start, close.end()))]
    return []


def _end_with_particle(verb: Token) -> int:
    """Where a cue verb ends with the particle right after it ("pointed out", "went on")."""
    end = verb.idx + len(verb)
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            end = child.idx + len(child)
    return end


def _parse_reads_no_cue(doc: Doc, cue: tuple[int, int]) -> bool:
    """Whether the parse reads a cue's last word as a noun or as a word describing one ("the early
    states will test ...", "the reports of ...", "the number of confirmed cases"), or as a verb of a
    state ("people confirmed dead"), or as a participle that tells of the noun before it ("the number
    of adverse events reported has risen"), where the patterns alone would read a verb of speech."""
    last = next((t for t in reversed(doc) if t.idx < cue[1] and t.idx + len(t) > cue[0]), None)
    return last is not None and (last.pos_ in ("NOUN", "PROPN") or last.dep_ == "amod" and last.head.i > last.i
                                 or last.dep_ == "acl" and last.tag_ == "VBN" and last.head.i < last.i
                                 or _tells_no_statement(last))


def _tells_no_statement(verb: Token) -> bool:
    """ "people confirmed dead", "reported missing": the verb tells a state of those counted; "not 12
    as first reported": it compares with what was said, and says nothing itself; "the fire claimed
    the lives of 12 workers": a claim on lives is a death, not a statement; "Arden recalls 1.2 million
    cars": a recall of goods, not a memory; "Marsh claimed £52,300": money claimed, not words; "guests
    reported symptoms": what they felt, not what they said."""
    return any(c.dep_ in ("oprd", "acomp") and measure_of(f"|{lemma(c)}", None) is not None
               or c.dep_ == "dobj" and c.lower_ in _LIVES
               or c.dep_ == "dobj" and lemma(c) in _FELT  # "130 guests have reported symptoms": an illness, not a statement
               or lemma(verb) == "recall" and c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
               or lemma(verb) in _TAKING_MONEY and c.dep_ == "dobj" and _a_sum(c)  # "claimed £52,300": money taken
               or c.dep_ == "mark" and c.lower_ == "as" and not any(s.dep_ in _SUBJECTS for s in verb.children)
               for c in verb.children)


_LIVES = frozenset({"life", "lives"})
_FELT = frozenset({"symptom", "illness", "pain", "discomfort", "nausea"})


# what opens a source's sentence and is not the source: a quotation mark, a conjunction, a
# dateline in capitals ('" Vann R. Newkirk II', "But Trump", "As Politico reported", "WASHINGTON --
# President Obama"), a relative word the parse left on ("which backers of the law say")
_SOURCE_OPENER = re.compile(r"(?:[\s“\"‘']+|(?:But|And|So|Yet|Or|As)\s+|(?:that|which)\s+(?=\S+\s)|"
                            r"[A-Z]{3,}(?:\s+[A-Z]{3,})*+(?:\s*\([\w .]{1,20}\))?\s*(?:--|—|–|\s-)\s*)+")


def _without_opener(sentence: str, found: Attribution) -> Attribution:
    start, end = found.source
    opener = _SOURCE_OPENER.match(sentence, start, end)
    if opener is None or opener.end() >= end:
        return found
    return Attribution((opener.end(), end), found.cue, found.content)


# "Graham: Trump's Rhetoric Destroying GOP", "WALLACE: Let's start with the news": a line opened
# by a speaker's name and a colon gives the rest of the line as that speaker's words
_LABEL = re.compile(r"\s*[\"“]?(?P<source>(?:[A-Z][\w.’'&-]*\s+){0,3}[A-Z][\w.’'&-]*)(?P<cue>:)[ \t]+(?=\S)")
_NOT_SPEAKERS = frozenset(lexicon.words("not_speakers"))


# a sentence that hands over to what follows: "The governor added:", "Limbaugh continued:"
_LEAD_IN = re.compile(rf"\A\s*(?P<source>{_SOURCE})\s+(?P<cue>{_CUE.pattern})\s*:\s*\Z")


def lead_in(sentence: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The source and cue of a sentence that ends in a colon and gives its content in the
    sentences after it, a block quote of a statement or a speech."""
    found = _LEAD_IN.match(sentence)
    return (found.span("source"), found.span("cue")) if found else None


def labels_a_speaker(sentence: str) -> bool:
    """Whether a sentence opens with a transcript's speaker label in capitals ("WALLACE: ..."),
    whose words run on; "Veldmark: search goes on" is a headline's place."""
    label = _speaker_label(sentence)
    return label is not None and sentence[label.source[0]:label.source[1]].isupper()


def _speaker_label(sentence: str) -> Attribution | None:
    """The attribution a speaker label opening a sentence makes, if it opens one."""
    label = _LABEL.match(sentence)
    if label is None or label.group("source").lower() in _NOT_SPEAKERS or label.group("source")[-1:].isdigit():
        return None
    end = len(sentence.rstrip())
    if end <= label.end():
        return None
    return Attribution(label.span("source"), label.span("cue"), (label.end(), end))


# a quote credited after a dash, as pull quotes and readers' comments are: '“We were forgotten.” ― Ana Ruiz'
_DASH_CREDIT = re.compile(r"(?P<close>[”\"])[\s\u00a0]*(?P<cue>[―—–])[\s\u00a0]*"
                          r"(?P<source>[A-Z][\w.’'-]*(?:[ \u00a0]+[A-Z][\w.’'-]*){0,3})"
                          # the credit ends the sentence or the line, or the next quote opens: not
                          # '... called it “a disgrace” — Smith disagreed'
                          r"(?=[\s\u00a0]*(?:,[^.“\"\n]{0,80})?(?:[.!?]?[\s\u00a0]*$|[.!?]?[\s\u00a0]*[“\"]|\n))")


def _credited(sentence: str) -> list[Attribution]:
    """The quotes of a sentence credited after a dash: the words before the closing mark (the
    quote's opening, in an earlier sentence, is found from the document's quotes)."""
    out = []
    start = 0
    for credit in _DASH_CREDIT.finditer(sentence):
        opened = sentence.rfind("“", start, credit.start("close"))
        begin = opened if opened >= 0 else start
        if credit.end("close") - begin >= 8:
            source = credit.span("source")
            last = sentence[source[0]:source[1]].split()[-1]
            if last.endswith(".") and len(last) > 2 and last[:-1] not in _ABBREVIATIONS:  # "― Carla Sanchez."
                source = (source[0], source[1] - 1)
            out.append(Attribution(source, credit.span("cue"), (begin, credit.end("close"))))
        start = credit.end()
    return out


_ABBREVIATIONS = frozenset(lexicon.words("name_abbreviations"))
_OPENS = "“\"‘"
_CLOSING_MARK = re.compile(r"[,.?!]*[”\"’]")


def _with_quotation_marks(sentence: str, found: Attribution) -> Attribution:
    """Quoted content with its quotation marks and the punctuation inside them ('“We will
    rebuild,”'), as PARC and PolNeAR mark it: the marks say the words are the speaker's own."""
    start, end = found.content
    lead = sentence[:start].rstrip(" ")
    opened = bool(lead) and lead[-1] in _OPENS
    inner = sentence[start:end]
    unclosed = sum(inner.count(m) for m in "“‘") > sum(inner.count(m) for m in "”’") or inner.count('"') % 2 == 1
    if opened:
        start = len(lead) - 1
    if opened or unclosed:
        closing = _CLOSING_MARK.match(sentence, end)
        if closing is not None:
            end = closing.end()
    return Attribution(found.source, found.cue, (start, end)) if (start, end) != found.content else found


_CUE_LEMMAS = frozenset(line.split()[0] for line in lexicon.words("attribution_verbs"))
_CUE_FORMS = frozenset(lexicon.verb_forms("attribution_verbs"))
_SPEECH_VERBS = frozenset(lexicon.words("speech_verbs"))
_PHRASES = frozenset(tuple(line.split()) for line in lexicon.words("attribution_phrases"))
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj", "obj", "attr", "oprd", "dative"})
_CUE_MODIFIERS = frozenset({"aux", "auxpass", "neg", "advmod"})


# verbs of seeing that state a view only with "as": "Millennials see police violence as a problem"
_REGARD_LEMMAS = frozenset({"see", "view", "regard"})


# verbs that make information known, a cue only with the information as their object
_DISCLOSING = frozenset({"release", "publish", "issue", "disclose", "reveal", "give", "provide", "update"})
_INFORMATION = frozenset({"name", "figure", "number", "toll", "tally", "list", "detail", "data", "statistic", "identity", "count",
                          "estimate", "breakdown", "total"})


def _is_cue_verb(verb: Token) -> bool:
    """A cue verb by its lemma, or by its form where the rule lemmatizer, which has no word
    list, misreads it ("hoped" as "hop")."""
    if lemma(verb) in _REGARD_LEMMAS:
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.rights)
    if lemma(verb) in _CUE_LEMMAS or verb.lower_ in _CUE_FORMS:
        return True
    # "Police released the names of the 11 people killed": a verb of making known, with what was made known
    return lemma(verb) in _DISCLOSING and any(c.dep_ == "dobj" and lemma(c) in _INFORMATION for c in verb.children)


def _parsed_attribution(verb: Token) -> Attribution | None:
    """Source, cue and content around one verb of the parse, when it is a cue with a subject."""
    if verb.pos_ not in ("VERB", "AUX") or not _is_cue_verb(verb):
        return None
    source = _source_of(verb)
    if source is None or verb.dep_ == "conj" and verb.doc.text[source[0]:source[0] + 1].isdigit():
        return None  # "4.9 million people face ..., and rejects": the counted people of one verb are no speaker of the next
    if _finds_people(verb) or lemma(verb) in _THREATS and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    if _tells_no_statement(verb):
        return None
    cue_start, cue_end, content = _cue_and_content(verb)
    if content is None:
        return None
    return Attribution(source, (cue_start, cue_end), content)


_CUE_NOUN_FORMS = frozenset(form for noun in lexicon.words("attribution_nouns") for form in (noun, noun + "s"))


def _nominal_attribution(noun: Token) -> Attribution | None:
    """ "Donald Trump's claim that ...": a statement named by a noun, its holder the source and
    its "that" clause the content; without a holder there is no source to name."""
    if noun.pos_ != "NOUN" or noun.lower_ not in _CUE_NOUN_FORMS:
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    clause = next((c for c in noun.rights if c.dep_ in ("acl", "ccomp")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if holder is None or clause is None:
        return None
    start, end = _extent(holder)
    end -= len(holder.doc.text[start:end]) - len(re.sub(r"[’']s?\Z", "", holder.doc.text[start:end]))
    case = next((c for c in holder.children if c.dep_ == "case"), None)
    if case is not None and case.idx >= start:
        end = min(end, case.idx)
    content = _extent(clause)
    return Attribution((start, end), (noun.idx, noun.idx + len(noun)), content) if end > start else None


_DISCOVERY_LEMMAS = frozenset({"find", "discover", "locate"})


# "threatened to strike" states an intent; "floods threatened 300 homes" states none
_THREATS = frozenset({"threaten"})


def _finds_people(verb: Token) -> bool:
    """"Officers found two men suffering from gunshot wounds": people or bodies found are a
    discovery, not a finding the subject states (as "a poll found that ..." is)."""
    if lemma(verb) not in _DISCOVERY_LEMMAS:
        return False
    found = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
    if clause is not None:  # "found two men suffering from ...": a participle's subject, not a finding "that ..."
        found = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause.tag_ in ("VBG", "VBN") else None
    return found is not None and (is_person_word(found.lower_) or found.lower_ in ("body", "bodies")
                                  or any(c.dep_ == "nummod" for c in found.children))


def _source_of(verb: Token) -> tuple[int, int] | None:
    """The subject's whole phrase ("former California Gov. Jerry Brown"); by the agent of a passive
    ("was first reported by MSNBC"); for "..., saying" or "and added", the subject of the verb it hangs on."""
    for _ in range(3):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if by is not None and not _names_a_time(by):  # "expected by 20 March" names no one
            return _extent(by)
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        # "12:30 — At least 30 people have died, officials say": a time or a number is no one's subject
        subject = next((c for c in subjects if not (c.like_num or c.tag_ == "CD")), subjects[0] if subjects else None)
        if subject is not None and subject.dep_ == "nsubjpass" and not _said_of_its_subject(verb):
            return None  # "27 deaths have been reported": what was reported, by no one named
        if subject is not None:
            return _with_closing_comma(subject, _without_participle(subject, _without_lead(subject, _extent(subject))))
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head is not verb.head:
            verb = verb.head.head  # "responded by saying", "began by saying": the subject of the verb the phrase hangs on
            continue
        if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head is verb:
            return None
        if any(c.dep_ == "auxpass" for c in verb.children) and not _said_of_its_subject(verb):
            return None  # "The line will have 11 stations and is expected to carry ...": the line is what is expected
        verb = verb.head
    return None


_TIME_WORDS = frozenset([*lexicon.months(), *lexicon.words("weekdays"), "noon", "midnight", "end", "time", "today",
                         "tomorrow", "tonight", "morning", "evening", "week", "month", "year", "weekend"])


def _names_a_time(token: Token) -> bool:
    """Whether a "by" phrase tells when, not who: "by 20 March", "by the end of the year"."""
    return token.like_num or token.lower_ in _TIME_WORDS


def _said_of_its_subject(verb: Token) -> bool:
    """Whether a passive cue's subject is its speaker ("Trump was quoted as saying ...", "she was
    heard saying ..."), not what was said ("27 deaths have been reported")."""
    return any(c.i > verb.i and (c.dep_ == "prep" and c.lower_ == "as" or c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG")
               for c in verb.children)


_ADDRESSING = frozenset(["tell", "inform", "assure", "brief", "remind"])


_TAKING_MONEY = frozenset(["claim", "seek", "demand", "ask"])


def _a_sum(token: Token) -> bool:
    """A sum of money as an object: its figure with a currency sign."""
    return any(is_currency_sign(t) for t in token.subtree) and any(t.like_num for t in token.subtree)


def _cue_and_content(verb: Token) -> tuple[int, int, tuple[int, int] | None]:
    """The cue (the verb with its auxiliaries, negation and particle: "has previously dismissed",
    "pointed out", "called for") and the content (its complements, wherever they stand)."""
    left = [c for c in verb.lefts if c.dep_ in _CUE_MODIFIERS and c.i >= verb.i - 3]
    start = min([verb.idx] + [c.idx for c in left])
    end = _end_with_particle(verb)
    parts = [c for c in verb.children if c.dep_ in _COMPLEMENTS or (c.dep_ == "prep" and c.lower_ == "as")
             or (c.dep_ == "nsubjpass" and any(a.dep_ == "agent" for a in verb.children))]
    # "blasted him for not paying income tax", "accused the council of hiding the report": what they are blamed for
    if any(c.dep_ in ("dobj", "obj") for c in parts):
        parts += [c for c in verb.rights if c.dep_ == "prep" and c.lower_ in ("for", "of")]
    if any(c.dep_ == "ccomp" for c in parts):  # "told reporters that ...": whom it was told is not what
        parts = [c for c in parts if c.dep_ == "ccomp"]
    if lemma(verb) in _ADDRESSING and all(c.dep_ in ("dobj", "obj", "dative") for c in parts):
        parts = []  # "The toll has risen to 10, a spokesman told the Tribune": the Tribune is whom it was told
    if not parts and verb.dep_ == "parataxis":  # "The levee held, officials said, but ..."
        return start, end, _clause_before(verb)
    if not parts:
        prep = next((c for c in verb.rights if c.dep_ == "prep" and c.i <= verb.i + 2), None)
        if prep is not None and (lemma(verb), prep.lower_) in _PHRASES and any(c.dep_ == "pobj" for c in prep.children):
            end = prep.idx + len(prep)
            parts = [c for c in prep.children if c.dep_ == "pobj"]
    if not parts:
        return start, end, None
    spans = [_extent(p) for p in parts]
    content = (min(s for s, _ in spans), max(e for _, e in spans))
    return start, end, content if content[1] - content[0] >= 3 else None


def _without_participle(subject: Token, span: tuple[int, int]) -> tuple[int, int]:
    """A subject without a participle set off after it ("Trump, speaking to a veterans group,"):
    what the speaker was doing is not who the speaker is."""
    for child in subject.children:
        before = subject.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
        if (child.dep_ in ("acl", "advcl") and child.tag_ == "VBG" and child.i > subject.i
                and before is not None and before.text == "," and before.idx > span[0]):
            edge = subject.doc[before.i - 1]
            return span[0], min(span[1], edge.idx + len(edge.text.rstrip()))
    return span


_DASHES = ("--", "—", "–")


def _with_closing_comma(head: Token, span: tuple[int, int]) -> tuple[int, int]:
    """A subject with an apposition or another phrase set off by commas keeps the comma that
    closes it ("Huma Abedin, vice chairwoman for Clinton's campaign,", "The Europeans, who had
    been cut out of the talks,"), or the dash that closes one set off by dashes ("Ana Ruiz -- a
    teacher from Dayton --"), as PARC and PolNeAR mark it."""
    inside = head.doc.text[span[0]:span[1]]
    dash = next((d for d in _DASHES if d in inside), None)
    if not any(c.dep_ == "appos" for c in head.children) and "," not in inside and dash is None:
        return span
    last = head.right_edge
    after = last if last.text in (",", dash) else head.doc[last.i + 1] if last.i + 1 < len(head.doc) else None
    closes = after is not None and (after.text == "," or (dash is not None and after.text == dash))
    return (span[0], after.idx + len(after.text)) if closes and after is not None else span


def _clause_before(cue: Token) -> tuple[int, int] | None:
    """What a parenthetical cue reports: its head's clause up to the cue's own words, and on past
    them where the clause goes on ("But to prevent problems, he said, officials should be
    vigilant"), unless what follows is a clause of its own ("..., officials said, but ...")."""
    words = [t for t in cue.head.subtree if t.i < cue.left_edge.i]
    while words and words[-1].is_punct:
        words.pop()
    if len(words) < 2:
        return None
    after = [t for t in cue.head.subtree if t.i > cue.right_edge.i]
    while after and (after[0].is_punct or after[0].is_space):
        after.pop(0)
    while after and (after[-1].is_punct or after[-1].is_space):
        after.pop()
    if len(after) >= 2 and after[0].lower_ not in _NEW_CLAUSE and after[0].dep_ != "cc":
        return words[0].idx, after[-1].idx + len(after[-1])
    return words[0].idx, words[-1].idx + len(words[-1])


_NEW_CLAUSE = frozenset(["but", "and", "or", "while", "whereas", "yet", "so"])


def _extent(token: Token) -> tuple[int, int]:
    """The characters of a token's whole subtree, without punctuation or spaces at its ends (a
    bracket it opened stays closed: "Sen. Bernie Sanders (I-Vt.)")."""
    words = [t for t in token.subtree]
    while len(words) > 1 and (words[-1].is_space or words[-1].is_punct and words[-1].text not in ("”", '"', "’")
                              and not (words[-1].text == ")" and any(w.text == "(" for w in words))):
        words.pop()
    while len(words) > 1 and (words[0].is_space or words[0].is_punct and words[0].text not in ("“", '"', "‘")):
        words.pop(0)
    return words[0].idx, words[-1].idx + len(words[-1]) - _trailing_space(words[-1].text)


def _trailing_space(text: str) -> int:
    return len(text) - len(text.rstrip())


_LEADING_ADVERBS = frozenset({"even", "also", "only", "both"})


def _without_lead(subject: Token, span: tuple[int, int]) -> tuple[int, int]:
    """A subject without what opens its clause, not the speaker: "As Breitbart News reported",
    a dateline ("WASHINGTON — Sen. Ana Ruiz said")."""
    start = span[0]
    for t in subject.subtree:
        if t.i >= subject.i:
            break
        opener = t.i == subject.left_edge.i and (t.dep_ in ("mark", "cc", "preconj") or t.lower_ in _LEADING_ADVERBS)
        if opener or t.text in _DASHES or (t.text == "-" and t.whitespace_ and t.i > 0
                                                     and subject.doc[t.i - 1].whitespace_):
            nxt = subject.doc[t.i + 1] if t.i + 1 < len(subject.doc) else None
            start = nxt.idx if nxt is not None and nxt.idx < span[1] else start
    return start, span[1]


def find_attributions(sentence: str) -> Iterator[Attribution]:
    """The attributions of one sentence, offsets into it; at most one per cue."""
    labelled = _speaker_label(sentence)
    if labelled is not None:
        yield labelled
    yield from _credited(sentence)
    for cue in _CUE.finditer(sentence):
        found = _source_first(sentence, cue) or _content_first(sentence, cue)
        if found is not None:
            yield _without_final_stop(sentence, found)
    for according in _ACCORDING.finditer(sentence):
        found = _according(sentence, according)
        if found is not None:
            yield _without_final_stop(sentence, found)


def _without_final_stop(sentence: str, found: Attribution) -> Attribution:
    """A source that ends the sentence ends before its full stop ("according to the ministry.")."""
    start, end = found.source
    if end > start + 1 and sentence[end - 1] == "." and not sentence[end:].strip() and sentence[end - 3:end - 2] != ".":
        return Attribution((start, end - 1), found.cue, found.content)
    return found


def _trimmed(sentence: str, start: int, end: int, closing: re.Pattern[str] = _CLOSING) -> tuple[int, int] | None:
    """The span without the spaces and punctuation at its ends; None when little is left."""
    text = sentence[start:end]
    lead = _OPENING.match(text)
    start += lead.end() if lead else 0
    tail = closing.search(sentence[start:end])
    end = start + tail.start() if tail else end
    return (start, end) if end - start >= 8 else None


def _source_first(sentence: str, cue: re.Match[str]) -> Attribution | None:
    """ "X said (that) CONTENT", "X told reporters CONTENT"; not a passive ("27 deaths have been
    reported"), whose subject is what was said."""
    if _PASSIVE_BEFORE.search(sentence, max(0, cue.start() - 12), cue.start()):
        return None
    source = _SOURCE_BEFORE.search(sentence, max(0, cue.start() - 120), cue.start())
    if source is None or (_COMMA_BEFORE.search(sentence, 0, source.start()) and _content_comes_first(sentence, source, cue)):
        return None
    after = cue.end()
    told = _OBJECT.match(sentence, after) if cue.group().endswith(("told", "tells", "asked")) else None
    after = told.end() if told else after
    content = _trimmed(sentence, after, len(sentence))
    if content is None:
        return None
    return Attribution(source.span("source"), cue.span(), content)


_PASSIVE_BEFORE = re.compile(rf"\b{BE_FORMS}\s+\Z", re.I)


def _content_comes_first(sentence: str, source: re.Match[str], cue: re.Match[str]) -> bool:
    """Whether "A, X said B" reports A ("31 died, the ministry said on Sunday") rather than B ("Then,
    in 2017, Kerry said that 100,000 would be accepted"): B is a clause of its own ("that ...", or
    six words or more that do not open with a preposition) and A a short opening, or not a quote."""
    before = sentence[:source.start()]
    if re.search(r"[”\"]\s*,?\s*\Z", before):
        return True  # '"...," she said'
    after = sentence[cue.end():]
    if _THAT.match(after):
        return False
    clause = len(_WORDS.findall(after)) >= 6 and not _ADVERBIAL.match(after)
    return not (clause and (len(_WORDS.findall(before)) < 6 or not re.search(r"[,:]\s*\Z", before.rstrip(" “\"'"))))


_THAT = re.compile(r"\s+that\b")
_WORDS = re.compile(r"[\w’'-]+")
_ADVERBIAL = re.compile(r"[\s,]*(?:on|in|at|during|after|before|when|while|as|last|this|earlier|later|late|early|"
                        rf"yesterday|today|tonight|{'|'.join(lexicon.capitalised('weekdays'))})\b")


def _content_first(sentence: str, cue: re.Match[str]) -> Attribution | None:
    """ "CONTENT, X said." and "CONTENT, said X."; not a passive ("Of the injured, the condition of
    five is stated to be critical"), whose subject is what is said of."""
    source = _SOURCE_BEFORE.search(sentence, max(0, cue.start() - 120), cue.start())
    if _PASSIVE_BEFORE.search(sentence, max(0, cue.start() - 12), cue.start()):
        source = None
    if source is not None and _COMMA_BEFORE.search(sentence, 0, source.start()):
        content = _trimmed(sentence, 0, source.start(), _CLOSING_QUOTED)
        return Attribution(source.span("source"), cue.span(), content) if content else None
    if _COMMA_BEFORE.search(sentence, max(0, cue.start() - 4), cue.start()):
        after = _SOURCE_AFTER.match(sentence, cue.end())
        content = _trimmed(sentence, 0, cue.start(), _CLOSING_QUOTED)
        if after is not None and content is not None:
            return Attribution(after.span("source"), cue.span(), content)
    return None


def _according(sentence: str, according: re.Match[str]) -> Attribution | None:
    """ "According to X, CONTENT" and "CONTENT, according to X." """
    cue = (according.start(), according.start("source") - 1)
    if according.start() == 0 or not sentence[:according.start()].strip(" “\""):
        content = _trimmed(sentence, according.end(), len(sentence))
    else:
        content = _trimmed(sentence, 0, according.start())
    return Attribution(according.span("source"), cue, content) if content else None
