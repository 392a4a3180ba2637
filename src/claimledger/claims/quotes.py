"""Direct quotes: the quoted words, who is quoted, and the chain that brought them to the page.

Quotation marks are paired within a paragraph; an opening mark with no closing one runs
to the end of its paragraph, as block quotes of statements do. Quoted titles and scare
quotes ("Justice for Khojaly", a two-word label) are not quotes of a speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from claimledger import lexicon
from claimledger.claims.attribution import AN_AGE, NAME, NAMED, SPEECH_VERBS, Resolver, _clean, is_a_body
from claimledger.claims.speech import Attribution, find_attributions, lead_in

OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "'": "'", "''": "''"}  # '' : two apostrophes, as some wires write “
_MIXED_CLOSE = {"“": '"', '"': "”"}  # the other double mark, where a quote never closes on its own
_SINGLE = ("’", "'", "''")  # single marks double as apostrophes: a quote in them must close on its own line
MIN_QUOTE_WORDS = 5  # a quote this long is speech unless it is a title; a shorter one needs a speaker beside it
MIN_PARTIAL_WORDS = 2  # a partial quote ("described the blast as “bigger than the state”") inside reported speech
# a mark opens where it starts the line or follows a space, bracket, colon or dash, and a word follows it
_OPENING_MARK = re.compile(rf"(?:^|(?<=[ (\[:—–\-\u00a0]))(?:''|{'[' + ''.join(m for m in OPEN_CLOSE if len(m) == 1) + ']'})(?=\S)")
_TITLE_BEFORE = re.compile(
    r"(?:campaign|book|titled|entitled|called|named|dubbed|so-called|known\s+as|slogan|programme|program|film|song|"
    r"operation|project|initiative|motto|article|report|the)\s*$", re.I)
# "IOM spokesperson Sara Lind", "White House press secretary Ana Ruiz": a body's name, a role, then the name;
# "the office's regional director": a role of up to three words, which a name set off after it may follow
WHO = (rf"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w’'&-]*+\s+){{0,3}}(?:[a-z][a-z-]*+\s+){{0,3}}{NAME}|(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Mm]y)\s+[a-z]+(?:['’]s)?(?:\s+(?!(?:was|were|is|are|had|has|have|would|who|which|that)\b)[a-z]+){{0,2}}"
       rf"|[Hh]e|[Ss]he|[Ii]t|[Tt]hey|{NAME}|(?:[Tt]he|[Aa])\s+{AN_AGE}(?:\s+(?!(?:was|is|had|has)\b)[a-z]+)?")
# "Leyla Aziz of the observatory told ...": where a speaker is from, between the name and the verb
_FROM_WHERE = r"(?:\s+(?:of|from|at)\s+(?:the\s+)?[a-z][\w’'-]*+(?:\s+[a-z][\w’'-]*+){0,2}?)?"
# '..." SSP Anil Raina had told reporters', '..." she has said': an auxiliary or an adverb before the verb
_AUXILIARY = r"(?:\s+(?:had|has|have|would|also|later|then|earlier))*+"
_AFTER_QUOTE = re.compile(rf"^\s*(?:[,.]\s*)?(?P<who>{WHO}){_FROM_WHERE}(?:,\s*(?P<appos>[^,]{{1,60}}),)?{_AUXILIARY}\s+(?:{SPEECH_VERBS})\b")
_PRONOUN = re.compile(r"(?:[Hh]e|[Ss]he|[Tt]hey)")
# a pull quote or a reader's comment credited after a dash: '“We were forgotten.” ― Ana Ruiz'
# the speaker named in the sentence after: '"We are doing everything we can." That was how fire chief Ana Ruiz described it'
# '"We have lost everything" — that is how Amira Saleh, 37, describes the night the river rose'
_HOW_X_PUT_IT = re.compile(rf"^\s*(?:[―—–-]\s*)?(?:[Tt]hat|[Tt]his|[Ss]o)\s+(?:was|is|'s|’s)\s*how\s+(?P<who>{WHO})"
                           r"(?:,\s*\d{1,3},)?\s+(?:describe[sd]|puts?|sum(?:med|s)|explain(?:ed|s)|"
                           r"summari[sz](?:ed|es)|characteri[sz](?:ed|es))\b")
# the speaker named after the quote as the one who put it so: '"...," as our director, Meera Kaul, put it.'
_AS_PUT_AFTER = re.compile(rf"^\s*(?:[,.]\s*)?as\s+(?:(?:our|my|his|her|their|the|its)\s+[a-z]+(?:\s+[a-z]+)?,\s+)?"
                           rf"(?P<who>{WHO}),?\s+(?:has\s+|had\s+)?(?:put|puts|phrased|phrases)\s+it\b")
_CREDIT_AFTER = re.compile(rf"^[\s\u00a0]*[―—–][\s\u00a0]*(?P<who>{NAME})(?=[\s\u00a0]*(?:,|[.!?]?[\s\u00a0]*(?:$|[“\"])))")
_VERB_AFTER_QUOTE = re.compile(rf"^\s*(?:[,.]\s*)?(?:{SPEECH_VERBS})\s+(?P<who>{WHO})(?:,\s*(?P<appos>[^,.]{{1,60}})(?=[,.]|$))?")
# a quote closed on a comma, question or exclamation mark frames its speaker whatever the past verb
# after it ('“Why?” Elena Varga questioned.', '“...,” tweeted another'): read only after such a close
_FRAMED_AFTER = re.compile(rf"^\s*(?:(?P<who>{WHO})\s+(?:[a-z]+ly\s+)?[a-z]{{3,}}ed|[a-z]{{3,}}ed\s+(?P<who2>{WHO}))"
                           r"(?=\s*[.,;]|\s+(?:on|at|in|to|during|after|from)\b)")
_QUOTED_AS_SAYING = re.compile(rf"(?:quoted|cited)\s+(?P<who>{WHO})\s+as\s+saying\W*$")
_RELAY_BEFORE = re.compile(
    rf"(?P<who>{NAMED})(?:,[^,]{{1,120}},)?,?\s+(?:who\s+[^,]{{1,80}},\s+)?"
    rf"(?:was\s+(?:quoted|described|cited)\s+by\s+(?P<via>[^(,]{{3,80}}?)(?:\s*\((?P<cite>[^)]*(?:\([^)]*\)[^)]*)*)\))?,?\s+as\s+"
    rf"|(?:{SPEECH_VERBS})\s+(?:in\s+(?:his|her|an)\s+interview\s+to\s+(?P<via2>[^:,]{{3,80}}))?)"
)
_CLOSED_QUOTE = re.compile(r"“[^“”\n]*+”|\"[^\"\n]*+\"")
_SAID_BEFORE = re.compile(
    rf"(?P<who>(?:the\s+)?{NAMED}|[Tt]he\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:{SPEECH_VERBS})\b[^.]*$")
# "the president, Serzh Sargsyan, was", "One survivor, 19-year-old student Lea Park, recalled:"
_APPOSITIVE = re.compile(rf",\s*(?:an?\s+)?(?:{AN_AGE}\s+)?(?:[a-z]+\s+){{0,2}}?(?P<name>{NAME}),\s*"
                         r"(?:was|who|said|says|[a-z]{3,}ed\b)")
_SUBJECT_BEFORE = re.compile(rf"(?P<who>(?:the\s+)?{NAME})\s+(?:[a-z]+ed|[a-z]+s|has|have|had|was|were|is|are)\b")
_LEADS_INTO_NEXT = re.compile(r"\s*+(?::|,\s*+[“\"‘]|[“\"‘])")
_CITATION_AFTER = re.compile(r"^\s*\((?P<cite>[^()]*(?:\([^()]*\)[^()]*)*(?:p\.|page|pp\.)\s*\d+[^()]*)\)")


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    start: int  # the quoted words, without the marks
    end: int
    speaker: str | None
    via: tuple[str, ...]
    closed: bool = True  # False for a block quote that runs to the end of its paragraph
    named: bool = True  # False when the speaker is only "the statement", "it", or the document's voice

    @property
    def is_speech_quote(self) -> bool:
        """A quote of a named speaker, as opposed to a passage of the statement the document carries."""
        return self.closed and self.named


def find_quote_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, closed) of the words inside each pair of quotation marks."""
    offset = 0
    for line in text.split("\n"):
        resume = 0
        for mark in _OPENING_MARK.finditer(line):
            i = mark.start()
            if i < resume:
                continue
            closing = OPEN_CLOSE[mark.group()]
            j = _closing_at(line, mark.end(), closing)
            if mark.group() in _MIXED_CLOSE:  # '“It's unusual," said ...': scraped text mixes its marks
                j, closing = _mixed_close(line, mark.end(), mark.group(), j, closing)
            if j < 0 and closing in _SINGLE:
                continue
            end = j if j >= 0 else len(line.rstrip())
            yield offset + mark.end(), offset + end, j >= 0
            resume = (j + len(closing)) if j >= 0 else len(line)
        offset += len(line) + 1


def _mixed_close(line: str, start: int, opening: str, j: int, closing: str) -> tuple[int, str]:
    """Where a quote closes in text that mixes curly and straight marks: a curly quote closes on a
    straight mark only where no curly mark closes it; a straight quote closes on the nearer of a
    straight mark and a curly closing mark that no curly mark opened ('"We will win,” said Ruiz.
    "Soon."'), since straight quotes nest no quotes of their own kind."""
    other = _MIXED_CLOSE[opening]
    if j >= 0 and opening == "“":
        return j, closing
    k = _closing_at(line, start, other)
    if k < 0 or (j >= 0 and j < k) or any(m in line[start:k] for m in ('"', "“")):
        return j, closing  # the mark closes a quote of its own kind: '"PENCE: ... “Shark Tank.” But'
    return k, other


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SPACES = re.compile(r"\s*")


def _what_follows(text: str, end: int) -> tuple[int, int] | None:
    """The words a lead-in ending at ``end`` hands over to: the rest of its paragraph, or the
    next paragraph when the lead-in ends its own."""
    start = _SPACES.match(text, end).end()  # type: ignore[union-attr]
    if start >= len(text):
        return None
    stop = _PARAGRAPH_BREAK.search(text, start)
    stop_at = stop.start() if stop else len(text)
    return (start, stop_at) if stop_at - start >= 8 else None


def _whole_turn(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """A speaker label's words run to the end of their line ("WALLACE: Let's start with the
    news. After the debate ..."), not of their first sentence."""
    line_end = text.find("\n", content[1])
    line_end = len(text) if line_end < 0 else line_end
    return content[0], content[1] + len(text[content[1]:line_end].rstrip())


class QuotedWords:
    """The closed quotations of a text, to tell whether a span lies inside one: a cue inside a
    quote ("I think ...") is the quoted speaker's own attribution, nested in theirs, not one the
    document makes (PolNeAR marks none of them)."""

    def __init__(self, text: str) -> None:
        self._spans = [(start, end) for start, end, closed in find_quote_spans(text) if closed]
        self._starts = [start for start, _ in self._spans]

    def holds(self, start: int, end: int) -> bool:
        at = bisect_right(self._starts, start) - 1
        return at >= 0 and self._spans[at][1] >= end

    def document_attributions(self, text: str, sentence: tuple[int, int], found: list[Attribution]) -> list[Attribution]:
        """The attributions of one sentence that the document makes, in document offsets: none
        inside a quote, and quoted content as the whole quote."""
        start, end = sentence
        out = []
        led = lead_in(text[start:end]) if not found else None
        if led is not None and (content := _what_follows(text, end)) is not None:
            (s0, s1), (c0, c1) = led
            out.append(Attribution((start + s0, start + s1), (start + c0, start + c1), content))
        for a in found:
            if self.holds(start + a.cue[0], start + a.cue[1]):
                continue
            content = self.whole_quote(text, (start + a.content[0], start + a.content[1]), end)
            if a.cue[1] - a.cue[0] == 1 and text[start + a.cue[0]] == ":":
                content = _whole_turn(text, content)
            out.append(Attribution((start + a.source[0], start + a.source[1]), (start + a.cue[0], start + a.cue[1]), content))
        return out

    def whole_quote(self, text: str, content: tuple[int, int], sentence_end: int) -> tuple[int, int]:
        """A content that is a quote, with the quote's sentences before and after its own: the
        words from the opening mark ('“We lost everything. We will rebuild,” she said.') and the
        quoted sentences that follow with no speaker of their own ('... she said. “It will take
        years.”'), marks included."""
        start, end = content
        at = bisect_right(self._starts, end) - 1
        if at >= 0 and self._starts[at] < start and self._spans[at][1] >= end - 2:
            start = self._starts[at] - _mark_width(text, self._starts[at])  # the end of a quote that opened before it
            closing = _MARK_AFTER.match(text, end)
            end = closing.end() if closing else end
        elif not (text[start:start + 1] in ("“", '"') or text[start:start + 2] == "''"
                  or start > 0 and text[start - 1:start] in ("“", '"')):
            return start, self._partial_closed(text, start, end)
        else:
            end = self._to_close(text, start, end)
        end = self._resumed(text, end, sentence_end)
        position = sentence_end
        while True:
            nxt = _NEXT_QUOTE.match(text, position)
            if nxt is None:
                return start, end
            at = bisect_right(self._starts, nxt.end()) - 1
            if at < 0 or self._starts[at] != nxt.end():
                return start, end
            close = self._spans[at][1]
            closed = _past_close(text, close)
            after = _QUOTE_SENTENCE_END.match(text, closed) or _quote_closes_sentence(text, close, closed)
            if after is None:
                return start, end
            end, position = closed, after.end()

    def _partial_closed(self, text: str, start: int, end: int) -> int:
        """The end of a content that a quote opened inside of runs on past ('Mateen "has not done
        this because he is a Muslim' of '... but because he has a psychological problem."'): the
        quote's closing mark, where it closes in the content's paragraph."""
        at = bisect_right(self._starts, end) - 1
        if at < 0 or not start < self._starts[at] < end or self._spans[at][1] <= end:
            return end
        close = self._spans[at][1]
        return end if "\n" in text[end:close] else _past_close(text, close)

    def _to_close(self, text: str, start: int, end: int) -> int:
        """The end of a content that opens with a quote's mark but ends inside it ('"Our country's
        a mess, and we can't ..."' read as its first clause): the quote's closing mark."""
        at = bisect_right(self._starts, start + 2) - 1
        if at < 0 or not start <= self._starts[at] <= start + 2 or self._spans[at][1] <= end:
            return end
        return _past_close(text, self._spans[at][1])

    def _resumed(self, text: str, end: int, sentence_end: int) -> int:
        """The end of a quote its speaker's words split in two ('"We owe them honesty," Mr. Obama
        said, "and to say the economy is shifting."'): the second part is the same quote."""
        at = bisect_right(self._starts, end)
        if at >= len(self._starts) or self._starts[at] >= sentence_end:
            return end
        between = text[end:self._starts[at] - _mark_width(text, self._starts[at])]
        close = self._spans[at][1]
        return _past_close(text, close) if _SPLIT_BY_SPEAKER.fullmatch(between) else end


_SPLIT_BY_SPEAKER = re.compile(r"[,”\"\s]*[^,;:“”\"]{2,80}?\b(?:said|says|added|adds|told\s+[^,;:“”\"]{1,40}|continued|"
                               r"went\s+on|explained|wrote|writes|argued)[^,;:“”\"]{0,30}?,\s*")
_MARK_AFTER = re.compile(r"[,.?!]*(?:''|[”\"])")
_NEXT_QUOTE = re.compile(r"[^\S\n]*(?:\n\s*)?(?:''|[“\"])")
_QUOTE_SENTENCE_END = re.compile(r"[^\S\n]*(?:\n|\Z)")
# what follows a quoted sentence that another sentence of the text opens ('“It will take years.” The
# council ...'); a sentence that opens with its own speaker ('“...” Ms. Ruiz said.') is not one
_NEXT_SENTENCE = re.compile(r"[^\S\n]+(?=[A-Z])")
_SPEAKER_SENTENCE = re.compile(r"[^\S\n]+[^.!?“”\"]{1,60}?\b(?:said|says|added|adds|told|tells|continued|explained|wrote|writes|"
                               r"argued|asked|noted|recalled|replied|insisted|stated|declared)"
                               r"(?:\s+(?:on|in|at|to|during|after|before|later|then|of|from|earlier|told|this)\b[^.!?“”\"]{0,50})?[.!?]")


def _quote_closes_sentence(text: str, close: int, closed: int) -> re.Match[str] | None:
    """A quoted sentence that ends with its own stop, followed by a sentence of the text's."""
    if text[close - 1:close] not in (".", "!", "?") or _SPEAKER_SENTENCE.match(text, closed):
        return None
    return _NEXT_SENTENCE.match(text, closed)


def _past_close(text: str, close: int) -> int:
    """Where a quote ends with its closing mark, from where its words end (``close``)."""
    return close + _mark_width(text, close, after=True)


def _mark_width(text: str, at: int, after: bool = False) -> int:
    """How many characters the quotation mark just before ``at`` (or, ``after``, at it) takes: two
    for '' (two apostrophes), else one."""
    return 2 if (text[at:at + 2] if after else text[max(0, at - 2):at]) == "''" else 1


def _closing_at(line: str, start: int, closing: str) -> int:
    j = line.find(closing, start)
    while j >= 0 and not _closes(line, j, closing):
        j = line.find(closing, j + 1)
    return j


def _closes(line: str, j: int, closing: str) -> bool:
    """Whether the mark at ``j`` closes a quote: a mark followed by a letter opens one or is an
    apostrophe ("don’t"); a straight single mark closes only after the quote's own punctuation
    ('... in the camps.') or at the end of its line, for "the students' union" ends a word."""
    if closing in ('"', "’", "'", "''") and j + len(closing) < len(line) and line[j + len(closing)].isalnum():
        return False
    if closing == "'" and not line[j + 1:].strip():
        return True  # a headline's quote that ends its line: "Minister: 'We will rebuild every home'"
    return closing != "'" or line[j - 1:j] in (".", ",", "!", "?", ";") and line[j + 1:j + 2] != "'"


def is_speech(text: str, start: int, end: int, least: int = MIN_QUOTE_WORDS) -> bool:
    """A quote of someone's words rather than a title, a name or a scare-quoted label."""
    words = text[start:end].split()
    if len(words) < least:
        return False
    content = [w for w in words if w.lower() not in ("of", "for", "and", "the", "a", "in", "on", "to")]
    titled = sum(w[:1].isupper() for w in content) / max(1, len(content))
    if titled > 0.8:
        return False  # a title or a name: speech is not four-fifths capitalised
    return not (_TITLE_BEFORE.search(text[max(0, start - 30) : start - 1]) and len(words) <= 8)


def find_quotes(text: str, resolver: Resolver) -> Iterator[QuoteMatch]:
    """Every speech quote with its speaker and relay chain: a quote long enough to be speech, or a
    shorter one with its speaker beside it ("“We were never told,” a farmer said") or inside
    reported speech ("described the blast as “bigger than the state”"). A quote whose own
    sentence names nobody continues the paragraph's last speaker, and "he added" refers to the
    last person quoted."""
    last: QuoteMatch | None = None
    carried: QuoteMatch | None = None  # a quote left open at its paragraph's end, which the next paragraph goes on with
    for start, end, closed in find_quote_spans(text):
        if not is_speech(text, start, end, least=MIN_PARTIAL_WORDS):
            continue
        goes_on = carried is not None and _OPENS_THE_PARAGRAPH.fullmatch(text, carried.end, start) is not None
        speaker, via, named = (carried.speaker, carried.via, carried.named) if goes_on and carried else _speaker(
            text, start, end, resolver, last)
        runs_on = not closed and _OPENS_THE_PARAGRAPH.match(text, end) is not None
        closed = closed or runs_on  # '"... as I should have.' then a paragraph that opens '"But ...': one quote going on
        carried = QuoteMatch(start, end, speaker, via, closed, named) if runs_on else None
        short = len(text[start:end].split()) < MIN_QUOTE_WORDS
        if short and not (named and (_attributed_beside(text, start, end) or _inside_speech(text, start)
                                     or _led_into(text, start) or _judged_in_words(text, start, end)
                                     or _goes_on(last, speaker, text, start))):
            continue
        found = QuoteMatch(start, end, speaker, via, closed, named)
        if named:
            last = found
        yield found


# the end of a paragraph and the opening mark of the next, as a quote that runs over two paragraphs leaves them
_OPENS_THE_PARAGRAPH = re.compile(r"[^\S\n]*\n\s*(?:''|[“\"‘])")


def _goes_on(last: QuoteMatch | None, speaker: str | None, text: str, start: int) -> bool:
    """A short quote right after its speaker's last one, in the same paragraph ('"The water came in
    minutes," recalled Tom Berg, 62. "We had no time."'): the same person going on."""
    return (last is not None and speaker is not None and last.speaker == speaker and start > last.end
            and "\n" not in text[last.end:start] and start - last.end <= 120)


def _attributed_beside(text: str, start: int, end: int) -> bool:
    """A speaker and a speech verb right after the quote's closing mark, or a headline's speaker
    label before it ("Flood chief: ‘We were not ready’")."""
    after = text[end + _mark_width(text, end, after=True) : end + 200]
    line_before = text[text.rfind("\n", 0, start) + 1 : start - _mark_width(text, start)]
    return bool(_AFTER_QUOTE.match(after) or _VERB_AFTER_QUOTE.match(after) or _HOW_X_PUT_IT.match(after)
                or _speaker_label(line_before))


# verbs of a sentence that leads into a quote with a colon, which a speaker label never holds
_LEAD_IN_VERBS = r"(?:was|were|is|are|has|had|have|put|puts|summed|sums|gave|gives|made|makes|wrote|writes)"
# a headline's speaker label: "Minister: 'We will rebuild'", "Flood chief: ‘We were not ready’"
_SPEAKER_LABEL = re.compile(r"(?P<who>[A-Z][\w’'.-]*+(?:[ \t][\w’'.-]++){0,4}+):[ \t]*+")
_VERB_IN_LABEL = re.compile(rf"\b(?:{SPEECH_VERBS}|[a-z]+ed|{_LEAD_IN_VERBS})\b")


def _speaker_label(line_before: str) -> re.Match[str] | None:
    """The speaker a line names before a colon and a quote, where those words hold no verb
    ("Minister Elena Varga promised: ..." is a lead-in, read as such)."""
    acting = _NAME_AND_HEADLINE_VERB.fullmatch(line_before)
    if acting is not None:  # "Marsh quits: 'I made mistakes'": the name, not what the headline says she did
        return acting
    label = _SPEAKER_LABEL.fullmatch(line_before)
    return label if label is not None and not _VERB_IN_LABEL.search(label.group("who")) else None


# a headline's name and the verb it acts with before a colon: "Marsh quits:", "Okoro hits back:"
_NAME_AND_HEADLINE_VERB = re.compile(r"(?P<who>[A-Z][\w’'.-]*+(?:[ \t][A-Z][\w’'.-]*+){0,3}+)[ \t]+[a-z]{3,}s"
                                     r"(?:[ \t]+(?:back|out|up|down|off|on|in))?:[ \t]*+")


def _led_into(text: str, start: int) -> bool:
    """The quote's own sentence leads into it: 'Hanna Vik summed it up: "..."', 'As Vik put it, "..."'."""
    return _lead_in(_sentence_so_far(text[text.rfind("\n", 0, start) + 1 : start - _mark_width(text, start)])) is not None


# someone's verdict in their own words: 'called the strike "deeply irresponsible"', 'branded it "a disgrace"'
_CALLS_IT = (r"(?:called|calls|calling|branded|brands|labell?ed|labels)\s+(?:the|it|this|that|him|her|them|his|their|its)\b"
             r"[^.;:“”\"\n]{0,60}\Z")
_CALLED_IT = re.compile(rf"\b{_CALLS_IT}")
# who called it so: the subject before the verb of a verdict in one's own words
_CALLER = re.compile(rf"(?:\b(?:Even|Now|Also|Then|But|And|So|Yet)\s+)?(?P<who>{NAMED}|\b[Tt]he\s+[a-z]+)\s+"
                     rf"(?:(?:now|also|even|later|once|has|had|have)\s+)*{_CALLS_IT}")


def _judged_in_words(text: str, start: int, end: int) -> bool:
    """A short quote of what someone called a thing, in their own words; never a name or a label it
    goes by ("Residents call the old bridge “the iron lady”", 'called it a "technical incident"')."""
    before = text[max(0, start - 80) : start - _mark_width(text, start)]
    named = re.match(r"(?:the|a|an)\s", text[start:end], re.I) or re.search(r"\b(?:the|a|an)\s*\Z", before, re.I)
    return bool(_CALLED_IT.search(before)) and not named


def _inside_speech(text: str, start: int) -> bool:
    """The quote stands in the content of reported speech in its own sentence."""
    return _reported_by(_current_sentence(text[text.rfind("\n", 0, start) + 1 : start])) is not None


def _line_after(text: str, end: int) -> str:
    """The line after the one that ends at ``end``."""
    stop = text.find("\n", end + 1)
    return text[end + 1 : len(text) if stop < 0 else stop]


def _paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    p0 = text.rfind("\n", 0, start) + 1
    p1 = text.find("\n", end)
    return p0, len(text) if p1 < 0 else p1


def _named(who: str) -> bool:
    """ "the Azerbaijani Foreign Ministry", "Serzh Sargsyan": a name, not "the statement" or "it"."""
    low = who.lower().strip()
    return bool(low) and low not in ("it", "the statement", "statement", "this statement")


def _speaker(text: str, start: int, end: int, resolver: Resolver,
             last: QuoteMatch | None = None) -> tuple[str | None, tuple[str, ...], bool]:
    p0, p1 = _paragraph_bounds(text, start, end)
    after = text[end + _mark_width(text, end, after=True) : p1]
    before = text[p0 : start - _mark_width(text, start)]
    via: list[str] = []
    label = _speaker_label(before)
    if label is not None:
        return resolver.resolve(label.group("who"), p0), (), True
    citation = _CITATION_AFTER.match(after)
    if citation:
        via.append(citation.group("cite").strip())
    credit = _CREDIT_AFTER.match(_line_after(text, p1)) if not after.strip() else None
    if credit is not None:  # '"Nobody warned us."' over a line of its own: "— Ana Ruiz, resident"
        return resolver.resolve(credit.group("who"), p1), tuple(via), True
    ends_sentence = text[end - 1:end] in (".", "!", "?") or after.lstrip().startswith((".", "!", "?"))
    said_before = ends_sentence and _SAID_BEFORE.search(_sentence_so_far(before)) is not None
    for pattern in (_AFTER_QUOTE, _VERB_AFTER_QUOTE, _CREDIT_AFTER, _HOW_X_PUT_IT, _AS_PUT_AFTER):
        match = pattern.match(after)
        if match and _LEADS_INTO_NEXT.match(after, match.end()) and text[end - 1:end] in (".", "!", "?"):
            continue  # '"... a flood zone." She added: "What ..."': the words after introduce the next quote
        if match and said_before and pattern is _AFTER_QUOTE:
            continue  # 'Mayor Rivera says "these figures are speculative". We have read ...': the sentence named its speaker
        if match:
            return _who(match, end, resolver, last, before), tuple(via), _named(match.group("who"))
    framed = _FRAMED_AFTER.match(after) if text[end - 1:end] in (",", "?", "!") else None
    if framed:
        who = framed.group("who") or framed.group("who2")
        return _resolve(who, end, resolver, last, before), tuple(via), _named(who)
    quoted = _QUOTED_AS_SAYING.search(before)
    if quoted:
        return resolver.resolve(quoted.group("who"), start), tuple(via), True
    narrative = _CLOSED_QUOTE.sub(lambda m: " " * len(m.group()), before)  # '"Nobody warned us," says ...' names no "Nobody"
    relay = next(reversed(list(_RELAY_BEFORE.finditer(narrative))), None)  # the one nearest the quote
    if relay is not None and last is not None and p0 <= last.start and p0 + relay.end() <= last.start:
        relay = None  # 'Witnesses said ... "...," said Rina Akter. "..."': a quote since has its own speaker
    if relay is not None:
        chain = relay.group("via") or relay.group("via2")
        if chain:
            via.insert(0, _clean(chain))
        if relay.group("cite"):
            via.insert(1, relay.group("cite").strip())
        statement = re.search(rf"\b[Tt]he\s+statement\s+(?:{SPEECH_VERBS})\b", before)
        if statement and resolver.voice:
            via.append(resolver.voice)
        return _prefer_name(relay.group("who"), before, resolver, start, last), tuple(via), True
    if p0 == start - _mark_width(text, start) and resolver.voice:  # a paragraph that is one block quote: the statement itself
        return resolver.voice, tuple(via), False
    tail = _SAID_BEFORE.search(narrative)
    if tail:
        return _resolve(tail.group("who"), start, resolver, last, before), tuple(via), _named(tail.group("who"))
    sentence = _sentence_so_far(before)
    reported = _reported_by(sentence)
    if reported:  # a partial quote: 'the minister described the blast as "bigger than the state"'
        role = _A_ROLE.match(reported.strip()) is not None
        named = _APPOSITIVE.search(sentence) if role else None  # "The mayor, Ana Ruiz, said:", "His lawyer, Marcus Hale, said:"
        if named and sentence.find(reported) < named.start():
            return named.group("name"), tuple(via), True
        return _resolve(reported, start, resolver, last, before), tuple(via), _named(reported)
    long_enough = len(text[start:end].split()) > MIN_QUOTE_WORDS  # a clause, not a label ("a disgrace to the city")
    caller = _CALLER.search(sentence) if long_enough or _judged_in_words(text, start, end) else None
    if caller is not None:  # 'Even the minister now calls it "a ticking bomb ... everyone knew about"'
        return _resolve(caller.group("who"), start, resolver, last, before), tuple(via), _named(caller.group("who"))
    nearby = _speaker_nearby(before, p0, start, resolver, last)
    if nearby is not None:
        return nearby, tuple(via), True
    return resolver.voice, tuple(via), False


def _speaker_nearby(before: str, p0: int, start: int, resolver: Resolver, last: QuoteMatch | None) -> str | None:
    """Where the quote's own sentence says nobody said it: the subject of that sentence, the
    paragraph's last speaker going on ('"...," said Berg. "..."'), or the person the sentence
    before opens with ('Mayor Ana Ruiz spoke to reporters. "The water came in minutes."')."""
    current = _sentence_so_far(before)
    put_it = _AS_X_PUT_IT.search(current)
    if put_it:  # 'As Vik put it, "..."': not "As Vik", the subject the next pattern would read
        return resolver.resolve(put_it.group("who"), start)
    subject = _SUBJECT_BEFORE.search(current)
    if subject and _named(subject.group("who")):
        return resolver.resolve(subject.group("who"), start)
    lead_in = _lead_in(current)
    if lead_in:  # 'Historian Hanna Vik put it well: "..."', 'As Vik put it, "..."'
        return resolver.resolve(lead_in.group("who"), start)
    if last is not None and last.end >= p0 - 1:
        return last.speaker
    if not current.strip(" “\"") and before.strip():
        previous = _previous_sentence(before)
        opener = _ROLE_OPENER.match(previous) or _OPENER.match(previous)
        return resolver.resolve(opener.group("who"), start) if opener else None
    return None


# a role in lower case as the subject of a sentence that leads into a quote with a colon, whatever its
# verb ("The minister was blunt:"); a name there reads as a sentence's opener (``_OPENER``)
_LEAD_IN_ROLE = re.compile(rf"\s*(?P<who>[Tt]he\s+[a-z]+(?:\s+(?!{_LEAD_IN_VERBS}\b)[a-z]+)?)(?:,[^,]{{1,80}},)?\s+[a-z]")
# "As Vik put it", "As the minister put it", and with a name set off beside a role: "As the transport
# minister, Ilse Maran, put it", "As Ilse Maran, the transport minister, put it"
_AS_X_PUT_IT = re.compile(rf"\b[Aa]s\s+(?:(?:[Tt]he\s+)?[a-z]+(?:\s+[a-z]+){{0,2}},\s+(?={NAME},)"
                          rf"|(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z]+(?:\s+[a-z]+)?\s+(?={NAME}\s))?"  # "As my neighbour Ana Petrova put it"
                          rf"(?P<who>(?:[Tt]he\s+)?{NAMED}|[Tt]he\s+[a-z]+)(?:,[^,]{{1,80}},|,)?\s+(?:has\s+)?"
                          r"(?:put|puts|phrased|phrases)\s+it\b[^.:]*+(?::\s*+)?$")


def _lead_in(current: str) -> re.Match[str] | None:
    """The speaker a quote's own sentence leads into it with: the subject of a sentence that ends
    on a colon, a role ("The minister was blunt:") or a name (``_OPENER``), or "As X put it"."""
    put = _AS_X_PUT_IT.search(current)
    if put is None and current.rstrip(" “\"").endswith(":"):
        return _LEAD_IN_ROLE.match(current) or _OPENER.match(current)
    return put


def _sentence_so_far(before: str) -> str:
    """The words of the quote's own sentence before it; nothing when the quote opens a sentence."""
    return "" if re.search(r"[.!?][”\"’]?\s*\Z", before.rstrip(" “\"")) else _current_sentence(before)


_A_ROLE_WORD = re.compile(r"['’]s\s+[a-z]|\s(?:of|in|at|for)\s|\b[a-z]{4,}\b")


def _who(match: re.Match[str], at: int, resolver: Resolver, last: QuoteMatch | None, before: str = "") -> str | None:
    """The speaker a match names: the name in apposition to "a farmer" ("a farmer, Ivan Petrov,
    said"), the last person quoted for "he" and "she", else as the resolver reads it."""
    who = match.group("who")
    appos = match.groupdict().get("appos")
    if appos and re.fullmatch(NAME, appos.strip()) and (not who[:1].isupper() or _A_ROLE_WORD.search(who)):
        return appos.strip()  # "WHO's representative in Marova, Dr Amara Diallo, said": the person, not the role
    return _resolve(who, at, resolver, last, before)


_OPENER = re.compile(rf"\s*(?:[Tt]he\s+)?(?P<who>{NAMED})(?<!['’]s)(?:,[^,]{{1,80}},)?\s+[a-z]")
# a name in apposition to a role: "The minister, Dariusz Olenko, visited the hospital", "Hale's
# lawyer, Tom Reyes, said", "The union's leader, Tomas Brandt, said"
# "The mayor's spokesman, Tom Hale, ...", "Her neighbour, Tomas Berg, 58, was less certain": a role, then the name set off
_APPOSED_OPENER = re.compile(rf"\s*(?:[Tt]he\s+|[A-Z][\w-]*+['’]s\s+|(?:Her|His|Their|Our|My|Its)\s+)?[a-z]+(?:['’]s)?(?:\s+[a-z]+)?,"
                             rf"\s+(?P<who>{NAME}),\s+(?:\d{{1,3}},\s+)?[a-z]")
# a name after a role in lower case: "Fire chief Tomas Berg spoke to reporters"
_ROLE_OPENER = re.compile(rf"\s*(?:[Tt]he\s+)?[A-Z][\w’'-]*\s+(?:(?![a-z]+ed\b|said\b|says\b|told\b)[a-z]+\s+){{1,2}}"
                          rf"(?P<who>{NAME})\s+[a-z]")


def _resolve(who: str, at: int, resolver: Resolver, last: QuoteMatch | None, before: str = "") -> str | None:
    """ "he" and "she" are the person the sentence before opens with, where that sentence holds no
    quote (the narrative turned to them: "Engineer Lisa Hahn was at the dam. She said: ..."), else
    the last person quoted, else that opener; anything else as the resolver reads it."""
    if _PRONOUN.fullmatch(who.strip()):
        mentions = list(re.finditer(rf"\b{re.escape(who.strip())}\b", before))
        said_before = before[: mentions[-1].start()] if mentions else before  # "He added:" after the sentence before
        previous = _previous_sentence(said_before)
        opener = (_APPOSED_OPENER.match(previous) or _ROLE_OPENER.match(previous) or _TITLE_OPENER.match(previous)
                  or _OPENER.match(previous))
        named = opener.group("who") if opener and opener.group("who") not in ("The", "A", "An") else None
        if named is not None and is_a_body(named):
            named = None  # "Police closed the road. “...,” he said": not the police
        if named is not None and not _ANY_MARK.search(previous):
            return resolver.resolve(named, at)  # a person the narrative turned to since the last quote
        if last is not None and last.speaker:
            return last.speaker
        if named is not None:
            return resolver.resolve(named, at)
    return resolver.resolve(who, at)


_ANY_MARK = re.compile(r"[“”\"]")
# a role the sentence before opens with: "The minister was asked whether the dam had been inspected."
_TITLE_OPENER = re.compile(rf"\s*[Tt]he\s+(?P<who>(?:[a-z]+\s+)?(?:{'|'.join(lexicon.words('role_titles'))}))\s+(?!said\b|says\b|told\b)[a-z]")


# words that open a role rather than a name: "the mayor", "a farmer", "his lawyer", "Brenner's lawyer"
_A_ROLE = re.compile(r"(?:the|an?|his|her|their|its|our|one|another)\s|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w-]*+['’]s\s+[a-z]", re.I)


def _reported_by(sentence: str) -> str | None:
    """The source of the reported speech a sentence is in, up to a quote that opens at its end."""
    found = [a for a in find_attributions(sentence + " " + "…" * 8) if a.cue[1] <= len(sentence)]
    if not found:
        return None
    # "A witness who asked not to be named said:": the witness, not the relative word the source runs into
    source = sentence[found[-1].source[0]:found[-1].source[1]]
    head, _, last = source.rstrip().rpartition(" ")
    return head.rstrip() if head and last in _RELATIVE_WORDS else source


_RELATIVE_WORDS = frozenset(["who", "which", "that"])


# a sentence ends at a stop before a capital, never at a title's or an initial's dot ("Dr. Omar Haddad")
_NOT_AFTER_A_TITLE = r"(?<!\b[A-Z]\.)(?<!\b(?:Dr|Mr|Ms|St|Lt|Jr)\.)(?<!\b(?:Mrs|Gov|Sen|Rep|Gen|Col|Sgt)\.)(?<!\bCapt\.)(?<!\bProf\.)"
_SENTENCE_BREAK = re.compile(rf"(?:(?<=[.!?]){_NOT_AFTER_A_TITLE}|(?<=[.!?][”\"]))\s+(?=[A-Z“\"])")  # 'notice." The minister
_SENTENCE_BREAK_AT_A_CAPITAL = re.compile(rf"(?<=[.!?]){_NOT_AFTER_A_TITLE}\s+(?=[A-Z])")


def _previous_sentence(before: str) -> str:
    parts = [p for p in _SENTENCE_BREAK.split(before.strip()) if p.strip(" “\"")]
    return parts[-1] if parts else ""


def _current_sentence(before: str) -> str:
    parts = _SENTENCE_BREAK_AT_A_CAPITAL.split(before)
    return parts[-1] if parts else before


def _prefer_name(who: str, before: str, resolver: Resolver, at: int, last: QuoteMatch | None = None) -> str | None:
    """ "the former defence minister and president, Serzh Sargsyan, was quoted": the name in apposition."""
    appositive = _APPOSITIVE.search(before)
    if appositive and not who[:1].isupper():
        return appositive.group("name")
    if appositive and who.lower().startswith("the "):
        return appositive.group("name")
    return _resolve(who, at, resolver, last, before)
