"""Shared passages: verbatim and edited copies, quotations apart from prose, direction by date."""

from __future__ import annotations

import pytest

from claimledger.model import Document
from claimledger.reuse.passages import find_reuse
from claimledger.settings import ReuseSettings

STORY = ("The regional governor said that the dam gave way after four days of heavy rain, and that rescue teams "
         "from six regions were working through the night to reach villages cut off by the water in the lower valley.")
OTHER = ("Farmers in the northern plains reported a late harvest this year, blaming an unusually cold spring and "
         "a shortage of seasonal workers who had left for jobs in the cities.")


def doc(doc_id: str, text: str, published: str | None = "2024-03-05") -> Document:
    return Document(doc_id, f"{doc_id}.txt", text, doc_id, "txt", "utf-8", published=published)


def test_verbatim_copy_is_found_with_passages_in_both_documents() -> None:
    a = doc("a", "Wire report. " + STORY, "2024-03-05")
    b = doc("b", OTHER + "\n\n" + STORY + " More to follow.", "2024-03-06")
    [pair] = find_reuse([b, a])
    assert (pair.a, pair.b) == ("a", "b")  # the earlier document first
    [passage] = pair.passages
    assert a.text[passage.a_start:passage.a_end] == b.text[passage.b_start:passage.b_end]
    assert "dam gave way after four days of heavy rain" in a.text[passage.a_start:passage.a_end]
    assert passage.kind == "prose"
    assert pair.score > 0.5


def test_lightly_edited_copy_is_one_passage() -> None:
    edited = STORY.replace("heavy rain", "torrential rain").replace("six regions", "6 regions")
    a = doc("a", STORY, "2024-03-05")
    b = doc("b", edited, "2024-03-07")
    [pair] = find_reuse([a, b])
    assert len(pair.passages) == 1
    passage = pair.passages[0]
    assert passage.a_end - passage.a_start > 0.8 * len(STORY)


def test_unrelated_documents_share_nothing() -> None:
    assert find_reuse([doc("a", STORY), doc("b", OTHER)]) == []


def test_shared_quotation_is_told_apart_and_weighs_less_than_copied_prose() -> None:
    quote = "“We will rebuild every home that the water took, and we will not rest until the last family is back”"
    a = doc("a", f"The minister spoke in the capital on Monday. {quote}, she said at the briefing.", "2024-03-05")
    b = doc("b", f"Speaking to reporters in the valley, the minister said: {quote}.", "2024-03-06")
    c = doc("c", STORY + " " + OTHER, "2024-03-05")
    d = doc("d", STORY + " Local officials disagreed.", "2024-03-06")
    pairs = {(p.a, p.b): p for p in find_reuse([a, b, c, d])}
    assert [x.kind for x in pairs[("a", "b")].passages] == ["quotation"]
    assert pairs[("c", "d")].passages[0].kind == "prose"
    assert pairs[("c", "d")].score > pairs[("a", "b")].score


def test_two_reports_of_one_fact_in_their_own_words_are_no_copy() -> None:
    a = doc("a", "Norland's economy added 142,000 jobs in August, the Statistics Office said on Friday. "
                 "The unemployment rate fell to 4.2 percent from 4.3 percent in July.")
    b = doc("b", "Norland added 142,000 jobs in August, short of forecasts, official data showed on Friday. "
                 "The jobless rate eased to 4.2% as more people found work.")
    assert find_reuse([a, b]) == []  # "on Friday. The ... rate ... to 4.2": a few shared words, most of them not


def test_the_figures_of_one_fact_are_no_copied_passage() -> None:
    a = doc("a", "For the fourth quarter, the company expects revenue of $4.4 billion to $4.6 billion.", "2025-10-28")
    b = doc("b", "The firm forecast fourth-quarter revenue of $4.4 billion to $4.6 billion on Tuesday.", "2025-10-28")
    assert find_reuse([a, b]) == []  # "revenue of $4.4 billion to $4.6 billion": the fact each report gives


def test_the_phrase_of_one_fact_that_stops_at_its_figure_is_no_copied_passage() -> None:
    a = doc("a", "The company reaffirmed its outlook for full-year net sales of about $7.6 billion.", "2025-10-29")
    b = doc("b", "The retailer kept its forecast of full-year net sales of about $7.6 billion on Wednesday.", "2025-10-29")
    assert find_reuse([a, b]) == []  # "full-year net sales of about $7.6 billion": the fact in its usual words


def test_a_copied_passage_that_runs_past_its_figure_is_still_found() -> None:
    copied = "the regiment of the former army took part in the capture of 150 residents, including"
    a = doc("a", f"Witnesses said {copied} women and children.", "2024-03-05")
    b = doc("b", f"A report found that {copied} elderly men.", "2024-03-06")
    [pair] = find_reuse([a, b])
    assert "capture of 150 residents" in a.text[pair.passages[0].a_start:pair.passages[0].a_end]


def test_a_copied_sentence_of_a_dozen_words_is_still_found() -> None:
    copied = "Rescue teams from six regions were working through the night to reach the villages."
    a = doc("a", "The dam gave way on Monday. " + copied, "2024-03-05")
    b = doc("b", "Farmers fear for the harvest. " + copied + " Roads stay closed.", "2024-03-06")
    [pair] = find_reuse([a, b])
    assert "working through the night" in a.text[pair.passages[0].a_start:pair.passages[0].a_end]


def test_a_shared_title_is_not_copying() -> None:
    title = "the Convention on the Prevention and Punishment of the Crime of Genocide"
    a = doc("a", f"Lawyers cited {title} in their first filing on Monday.")
    b = doc("b", f"The court examined whether {title} applied to the case.")
    assert find_reuse([a, b]) == []


def test_undated_documents_order_by_id() -> None:
    [pair] = find_reuse([doc("z", STORY, None), doc("m", STORY + " Updated.", None)])
    assert (pair.a, pair.b) == ("m", "z")


def _texts_with_copies(n: int, seed: int) -> tuple[list[str], set[tuple[int, int]]]:
    """n texts of 200 random words; every fifth copies 40 words of the one before it."""
    import random

    rng = random.Random(seed)
    vocabulary = [f"w{k}" for k in range(5000)]
    texts = [" ".join(rng.choices(vocabulary, k=200)) for _ in range(n)]
    planted = set()
    for i in range(5, n, 5):
        source = texts[i - 1].split()
        texts[i] = " ".join(texts[i].split()[:80] + source[60:100] + texts[i].split()[80:])
        planted.add((i - 1, i))
    return texts, planted


def test_keys_spread_over_partition_files_find_the_same_pairs_as_one_sort() -> None:
    from claimledger.reuse.hashing import document_keys
    from claimledger.reuse.index import KeyIndex

    texts, planted = _texts_with_copies(60, seed=3)
    in_memory = KeyIndex(len(texts))
    spilled = KeyIndex(10_000_000, chunk_keys=5_000,  # pieces in memory and in files
                       settings=ReuseSettings(memory_keys=20_000))
    assert in_memory.bits == 0 and spilled.bits > 0
    for owner, text in enumerate(texts):
        keys = document_keys(text)
        in_memory.add(owner, keys)
        spilled.add(owner, keys)
    assert spilled.spilled and spilled._pieces
    pairs = in_memory.pairs()
    assert planted <= pairs
    assert spilled.pairs() == pairs
    assert not spilled.spilled  # its files are gone


def test_reuse_over_a_stream_fetching_texts_in_batches_finds_what_it_finds_in_memory() -> None:
    from claimledger.reuse.passages import find_reuse

    texts, planted = _texts_with_copies(60, seed=5)
    docs = [Document(f"d{i:03d}", f"{i}.txt", t, f"h{i}", "txt", "utf-8", published=f"2020-01-{1 + i % 28:02d}")
            for i, t in enumerate(texts)]
    by_id = {d.id: d for d in docs}
    fetched: list[int] = []

    def fetch(ids: list[str]) -> list[Document]:
        fetched.append(len(ids))
        return [by_id[i] for i in ids]

    in_memory = find_reuse(docs)
    streamed = find_reuse(iter(docs), fetch=fetch, expected=len(docs), batch=3)
    assert streamed == in_memory
    assert {frozenset((int(p.a[1:]), int(p.b[1:]))) for p in in_memory} >= {frozenset(p) for p in planted}
    assert len(fetched) == -(-len(in_memory) // 3) and max(fetched) <= 6  # only a batch's documents at a time
    with pytest.raises(ValueError, match="expected number"):
        find_reuse(iter(docs), fetch=fetch)


@pytest.mark.parametrize("shingle", [2, 4, 5])
def test_every_shingle_width_the_settings_allow_finds_the_planted_copies(shingle: int) -> None:
    from claimledger.reuse.index import candidate_pairs

    texts, planted = _texts_with_copies(40, seed=5)
    assert planted <= candidate_pairs(texts, settings=ReuseSettings(shingle=shingle))


def test_a_shingle_width_the_key_hash_cannot_make_is_refused() -> None:
    with pytest.raises(ValueError, match="shingle"):
        ReuseSettings(shingle=6)
