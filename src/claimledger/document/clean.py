"""Remove scrape debris line by line, and characters no ledger should store.

The kept lines are the source's own lines, character for character: every claim's
offsets index into the text this module returns. Each dropped line is kept as
:class:`Debris` with a reason code, never silently lost.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from claimledger.model import Debris

# Characters removed at ingest, by kind: none of them is seen, and inside a number each splits it
# ("6\u00ad13" read as 6 and 13). ZWNJ/ZWJ stay between letters (Persian and Indic scripts need
# them) and go beside a digit or a Latin letter (_JOINER_IN_LATIN).
_STRIP_CHARS = {
    "nul": "\x00",
    "zero-width": "\u200b\u2060\ufeff",
    "bidi-control": "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c",
    "invisible": "\u00ad\u2061\u2062\u2063\u2064\u180e\u034f",
}
_JOINER_IN_LATIN = re.compile(r"(?<=[\x00-\x7f])[\u200c\u200d]+|[\u200c\u200d]+(?=[\x00-\x7f])")
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")

_LABEL = r"(?:also\s+read|read\s+(?:more|also|next)|see\s+also|related(?:\s+(?:articles?|news|stories|posts?|content|coverage|links?|reading|videos?|topics?))?|more\s+(?:news|stories)|other\s+news|most\s+(?:read|popular|viewed)|latest\s+news|recommended(?:\s+for\s+you)?|trending(?:\s+now)?|you\s+may\s+also\s+like|don'?t\s+miss|top\s+stories)"
_CONTROL_WORDS = (
    r"(?:share(?:\s+this)?(?:\s+(?:article|story|page|post))?(?:\s+on\s+\w+)?|share\s+or\s+comment\s+on\s+this\s+(?:article|story)|tweet|print|e-?mail|whatsapp|telegram|"
    r"facebook|twitter|x|bluesky|linkedin|reddit|subscribe(?:\s+to\s+our\s+newsletter)?|follow\s+us(?:\s+on\s+\w+)?|like\s+us\s+on\s+\w+|"
    r"sign\s+up[^|·•\n]*newsletter[^|·•\n]*|(?:\d+\s+)?comments?\s*\(?\d*\)?|leave\s+a\s+(?:reply|comment)|reply|log\s*in|"
    r"advertisement|sponsored(?:\s+content)?|(?:\d+\s+)?(?:views?|shares?|likes?))")
DEBRIS_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("site-verification", re.compile(r"^\s*[\w.-]*(?:site-verification|verify-v1|msvalidate)[\w.-]*\s*[=:]", re.I)),
    ("related-link", re.compile(rf"^\s*[•·>|-]?\s*{_LABEL}\s*(?:$|[:|»>\u00a0-]|\s{{2,}})", re.I)),
    # one control or a row of them: "Share on Facebook", "3 comments | Leave a reply", "Advertisement"
    ("share-ui", re.compile(rf"^\s*{_CONTROL_WORDS}(?:\s*[|·•:]\s*{_CONTROL_WORDS})*\s*[:|]?\s*$", re.I)),
    # a line of nothing but share buttons: "Share on Facebook Share on Twitter", "Email this story"
    ("share-ui", re.compile(
        r"^(?:\s*[|·•]?\s*(?:share|tweet|e-?mail|print|pin|save|facebook|twitter|linkedin|reddit|whatsapp|telegram|"
        r"pinterest|messenger)(?:\s+(?:on|via|to|this)(?:\s+(?:article|story|page|post|facebook|twitter|linkedin|"
        r"reddit|whatsapp|email|pinterest))?)?){1,8}\s*[|·•]?\s*$", re.I)),
    # a rating widget: "Rate this fact-check: 1 2 3 4 5", "How useful was this article? 1 2 3 4 5"
    ("rating-ui", re.compile(r"^[^\n]{0,60}?\b(?:rate|rating|useful|helpful)\b[^\n]{0,60}?[:?]\s*1\s+2\s+3(?:\s+\d{1,2}){0,8}\s*$", re.I)),
    # "Tags: A, B, C", "Topics: shooting, Detroit", "Filed under: Crime": a label and a list, no sentence
    ("tag-list", re.compile(r"^\s*(?:tags?|topics?|filed\s+under|categories|keywords|more\s+(?:on|about))\s*:\s*[^.!?]{1,200}$",
                            re.I)),
    # anchored at the line's start and read within its first 200 characters: a paragraph is not scanned whole
    ("copyright", re.compile(
        r"^(?:\s*(?:©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4})|.{0,200}?\ball\s+rights\s+reserved\.?\s*$"
        r"|.{0,200}?\bmay\s+not\s+be\s+(?:published|reproduced),\s+broadcast)", re.I)),
    ("cookie-notice", re.compile(r"\b(?:we|this\s+(?:site|website))\s+uses?\s+cookies\b|\baccept\s+(?:all\s+)?cookies\b", re.I)),
    ("script-error", re.compile(
        r"^\s*error\s+message\s*$|installation\s+of\s+the\s+\S+\s+library|please\s+(?:enable|turn\s+on)\s+javascript|"
        r"javascript\s+is\s+(?:disabled|required)|your\s+browser\s+does\s+not\s+support|upgrade\s+your\s+browser",
        re.I)),
    ("ui-label", re.compile(r"^\s*[•·]?\s*(?:[a-z]+-)+(?:gray|grey|white|black|dark|light|o|icon|outline|solid|alt)\s+\S", re.I)),
    # a video playlist's entry, its running time before its title: "1:55 Man walks free after 22 years Pause"
    # (a live blog's "10:45 Police say ..." is a sentence, ending in a full stop; "4:30 p.m." is a time of day)
    ("video-link", re.compile(r"^\s*\d{1,2}:\d{2}\s+(?!(?:a\.?m|p\.?m)\b)[A-Z\"'‘“][^\n]{0,200}?(?<![.!:;,])\s*$")),
    # a wire story's credits: "(Reporting by Ines Park; Editing by Mark Dolan)"
    ("wire-credit", re.compile(
        r"^\s*\((?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\s[^()\n]{1,200}\)\s*$"
        r"|^\s*(?:additional\s+)?(?:reporting|writing)\s+by\s[^;\n]{1,80};\s*(?:editing|writing)\s+by\s[^\n]{1,80}$"
        # "Coast Daily staff contributed to this report.", "The Associated Press contributed."
        r"|^\s*(?:[A-Z][\w.&’'-]*+\s+){1,5}(?:staff\s+(?:writers?\s+)?)?contributed(?:\s+to\s+this\s+"
        r"(?:report|story|article))?\.?\s*$", re.I)),
    ("contact-line", re.compile(r"\b(?:tel|phone|fax)\s*[.:]\s*[(+\d]", re.I)),
    # a page's number, as text taken from PDF keeps it: "Page 1 of 6", "3 / 12", "- 4 -"
    ("page-number", re.compile(r"^\s*(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*(?:of|/)\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—])\s*$",
                                re.I)),
    # a footnote's source: "1 IPC analysis, February 2023.", "² Ministry of Health, mortality study, March 2023."
    ("footnote", re.compile(r"^\s*(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})\s+[A-Z][^\n]{0,160}?,\s*(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}\.?\s*$")),
    # a release's contact for the press: "Media contact: press@example.org", "Press enquiries: Jo Lee, +44 ..."
    ("contact-line", re.compile(r"^\s*(?:for\s+)?(?:media|press|news|investor)\s+(?:contacts?|enquiries|inquiries|office|desk|relations)\s*[:,-]"
                                r"[^\n]{0,120}$", re.I)),
    # a site's menu as text: "Watch live | Weather | Traffic", "Products | Recipes | About us | Recalls"
    ("navigation", re.compile(r"^[ \t]*+(?:[A-Z][\w&'’-]*+(?:[ \t][\w&'’-]++){0,2}+[ \t]*+\|[ \t]*+){1,}+"
                              r"[A-Z][\w&'’-]*+(?:[ \t][\w&'’-]++){0,2}+[ \t]*+$")),
    # a statistical release's schedule, no statement of fact: "Next release: 13 June 2025", "Next update due: July"
    ("release-schedule", re.compile(r"^\s*(?:next|forthcoming|upcoming)\s+(?:release|update|publication|edition|issue)"
                                    r"(?:\s+(?:due|date|on))?\s*[:|–—-][^\n]{1,80}$", re.I)),
    # a firm selling its services beside the news: "call our lawyers at ... for a free consultation",
    # "Harmon & Price has recovered over $50 million for food poisoning victims"
    ("promotion", re.compile(r"^[^\n]{0,200}?\bfree\s+(?:consultation|case\s+(?:review|evaluation)|legal\s+advice)\b[^\n]{0,120}$"
                             r"|^[^\n]{0,80}?\bha(?:s|ve)\s+recovered\s+(?:over\s+|more\s+than\s+)?[$€£][^\n]{0,40}\s+for\s+"
                             r"(?:our\s+)?(?:clients|victims|families|[a-z ]{1,40}\s+victims)\b[^\n]{0,80}$", re.I)),
    # a line an advertiser paid for: "Sponsored: Compare business energy prices", "Advertisement: ..."
    ("promotion", re.compile(r"^\s*(?:sponsored(?:\s+content)?|advertisement|promoted|partner\s+content|paid\s+post)\s*[:|–—-]\s*\S", re.I)),
    # a seller's offer: "*Book your island tour with us and save 15% with code ASH15!*", "Use code SPRING10 at checkout"
    ("promotion", re.compile(r"^[^\n]{0,160}?\b(?:(?:with|use|using|enter)\s+(?:the\s+)?(?:promo(?:tional)?\s+|discount\s+|coupon\s+|voucher\s+)?"
                             r"code\s+[A-Z0-9]{3,}+\b|\d{1,2}\s?%\s+off\s+(?:your|all|every)\b)[^\n]{0,120}$"
                             r"|^\s*[*_]*\s*book\s+(?:your|now|today|online)\b[^\n]{0,160}$", re.I)),
    # a blog's footer: "*Comments are closed. Subscribe to the newsletter for weekly posts.*"
    ("comments-closed", re.compile(r"^\s*[*_]*\s*comments\s+(?:are\s+)?(?:now\s+)?closed\b[^\n]{0,160}$", re.I)),
    # a row of calls to act: "*Join the union | Donate to the miners' fund*", "Subscribe | Support us"
    ("promotion", re.compile(r"^\s*[*_]*\s*(?:join|donate|support|subscribe|sign\s+up|volunteer)\b[^|\n]{0,40}\|\s*"
                             r"(?:join|donate|support|subscribe|sign\s+up|volunteer|contact)\b[^|\n]{0,60}$", re.I)),
    # a fact-checker asking readers for claims to check: "Found a claim we should check? Email tips@..."
    ("promotion", re.compile(r"^[^\n]{0,200}?\b(?:(?:found|seen|spotted)\s+a\s+claim\s+(?:we\s+should|for\s+us\s+to)\s+check"
                             r"|(?:got|have)\s+a\s+(?:news\s+)?tip\?|send\s+us\s+your\s+tips)[^\n]{0,160}$", re.I)),
    # the outlet selling itself: "Subscribe to our newsletter for $1.99 a month.", "Download our app"
    ("promotion", re.compile(
        r"^\s*[*_]*\s*(?:subscribe|sign\s+up|download\s+(?:our|the)\s+(?:[\w’'-]+\s+){0,2}?app|get\s+(?:our\s+)?(?:breaking\s+)?news\s+alerts|support\s+(?:our|independent|quality)\s+journalism|"
        r"become\s+a\s+(?:member|subscriber|supporter)|already\s+a\s+subscriber|get\s+(?:our|the)\s+(?:\w+\s+){0,2}newsletter)\b[^\n]{0,160}$"
        r"|^\s*[*_]*\s*(?:read\s+(?:the\s+full\s+story|more|the\s+rest)\s+(?:on|in)\s+(?:our|the)\s+app\b|(?:donate|give)(?:\s+(?:now|today|here))?\s*(?:$|[.!:]|to\s+(?:keep|help|support)\b)"
        r"|[^\n]{0,80}\bis\s+(?:funded|supported)\s+by\s+(?:its\s+)?readers\b"
        # "Click here for more shocking news!", "Support TruthWire: donate now."
        r"|click\s+here\b|support\s+[A-Z][\w' -]{0,50}:\s*donate\b"
        # "For news updates call our helpline 1800-11-2424", "For the latest news, follow us on Telegram"
        r"|for\s+(?:the\s+)?(?:latest\s+)?(?:breaking\s+)?(?:news|updates)(?:\s+(?:updates|alerts))?,?\s+"
        r"(?:call|follow|join|subscribe|download|visit|text|whatsapp|message)\b"
        # "Follow the Evening Post on social media for updates."
        r"|follow\s+(?:us|the\s+[\w' ]{1,40}?|[A-Z][\w' ]{1,40}?)\s+on\s+(?:social\s+media|twitter|x|facebook|instagram|"
        r"tiktok|telegram|whatsapp|threads|bluesky|linkedin|youtube)\b)"
        r"[^\n]{0,160}$", re.I)),
)


@dataclass(frozen=True, slots=True)
class CleanResult:
    text: str
    debris: tuple[Debris, ...]
    line_starts: tuple[int, ...]  # offset in ``text`` of each kept line, in order
    kept_line_numbers: tuple[int, ...]  # the source line number of each kept line


def strip_unsafe_characters(text: str) -> tuple[str, Counter[str]]:
    """Drop NUL, control, zero-width and bidi characters and lone surrogates, counting each kind."""
    counts: Counter[str] = Counter()
    for kind, chars in _STRIP_CHARS.items():
        for ch in chars:
            n = text.count(ch)
            if n:
                counts[kind] += n
                text = text.replace(ch, "")
    text, n = _JOINER_IN_LATIN.subn("", text)
    if n:
        counts["zero-width"] += n
    text, n = _SURROGATE.subn("\ufffd", text)
    if n:
        counts["lone-surrogate"] += n
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, n = _CONTROL.subn("", text)
    if n:
        counts["control"] += n
    return text, counts


def debris_reason(line: str) -> str | None:
    """The reason a line is scrape debris, or None when it is article text."""
    for reason, pattern in DEBRIS_PATTERNS:
        if pattern.search(line):
            return reason
    return None


def clean_lines(lines: list[str], extra_debris: dict[int, str] | None = None) -> CleanResult:
    """Drop debris lines and repeats from already character-cleaned lines, and join the rest.

    ``extra_debris`` maps line numbers (1-based) to a reason decided by another stage,
    such as the metadata stage's date and byline lines.
    """
    extra = extra_debris or {}
    kept: list[str] = []
    numbers: list[int] = []
    debris: list[Debris] = []
    seen: set[str] = set()
    for line_no, line in enumerate(lines, start=1):
        line = line.rstrip()
        key = unicodedata.normalize("NFKC", line).strip().casefold()
        reason = extra.get(line_no) or debris_reason(line)
        if reason is None and key and key in seen:
            reason = "repeated-line"
        if reason:
            debris.append(Debris(line_no, line, reason))
            if key and line_no in extra:
                seen.add(key)  # a running header read as the document's own, printed again on every page
            continue
        if key:
            seen.add(key)
        elif not kept or not kept[-1]:
            continue  # one blank line between paragraphs is enough
        kept.append(line)
        numbers.append(line_no)
    while kept and not kept[-1]:
        kept.pop()
        numbers.pop()
    kept, numbers = _unwrapped(kept, numbers)
    return CleanResult("\n".join(kept), tuple(debris), tuple(_starts(kept)), tuple(numbers))


def _starts(lines: list[str]) -> list[int]:
    """Where each line starts in the lines joined by line breaks."""
    out, offset = [], 0
    for line in lines:
        out.append(offset)
        offset += len(line) + 1
    return out


# a line a hard wrap broke off (text taken from PDF, e-mail, fixed-width pages): it ends with no mark
# that ends a sentence, and the next goes on in lower case, or it stops on a comma or a small word
_ENDS_A_SENTENCE = re.compile(r"[.!?:;\"”’'\])]\s*$")
_STOPS_MID_PHRASE = re.compile(r"(?:,|\b(?:the|a|an|of|and|or|by|to|in|on|at|for|with|from|as|than|that|which|who|its|their|"
                               r"his|her|per|into|between|about|over|under|including|while)\b)\s*$", re.I)
_CANNOT_END = re.compile(r"(?:,|\b(?:the|a|an|of|and|or|by|to|for|with|from|than|that|its|their|his|her|per|between)\b)\s*$", re.I)
_GOES_ON = re.compile(r"^\s*(?:[a-z(]|\d+(?:[.,]\d+)?\s+[a-z%])")
_OWN_LINE = re.compile(r"^\s*(?:[-*•|#>]|\d+[.)]\s)")


def _unwrapped(lines: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    """Lines a hard wrap cut out of one paragraph, joined again with a space (one character for
    one, so nothing after them moves), so that a sentence is read whole: list items, table rows
    and headings stay lines of their own."""
    out: list[str] = []
    out_numbers: list[int] = []
    for line, number in zip(lines, numbers, strict=True):
        if (out and out[-1] and line and not _OWN_LINE.match(line) and not _OWN_LINE.match(out[-1]) and _wrapped(out[-1], line)
                and not (len(out) == 1 and line[:1].isupper() and not _CANNOT_END.search(out[-1]))):
            # a headline ("... as search for missing goes on"), then the lede; not "... a study by the"
            out[-1] = f"{out[-1]} {line}"
            continue
        out.append(line)
        out_numbers.append(number)
    return out, out_numbers


def _wrapped(line: str, following: str) -> bool:
    if _ENDS_A_SENTENCE.search(line):
        return False
    return bool(_GOES_ON.match(following) or _STOPS_MID_PHRASE.search(line))
