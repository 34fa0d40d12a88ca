"""The speed-ups must not change what the pipeline produces (speed itself is measured in bench/)."""

from datetime import date, timedelta

from newsevents.actors import PhraseTable, _compile_tables, load_dictionary
from newsevents.document import RawInput

from conftest import ROOT

ARTICLES = [
    RawInput(text=p.read_text(encoding="utf-8"), path=str(p)) for p in sorted((ROOT / "examples").glob("*.txt"))
] + [
    RawInput(text="Unknown gunmen killed three farmers in Kaduna state on Monday, police said.",
             published=date(2022, 3, 9)),
    RawInput(text="", published=date(2022, 3, 9)),
    RawInput(text="Hundreds of students protested in Nairobi on 2 March 2022 against fee increases.",
             published=date(2022, 3, 4)),
]


def _dump(pairs):
    return [(article.article_id, [r.model_dump_json() for r in records]) for article, records in pairs]


def test_worker_processes_give_the_same_records_in_order(pipeline):
    serial = _dump(pipeline.process(ARTICLES))
    parallel = list(pipeline.process(ARTICLES, n_process=2, batch_size=2))
    assert _dump(parallel) == serial
    assert all(article.doc is None for article, _ in parallel)


def test_phrase_table_matches_like_a_phrase_matcher(pipeline):
    from spacy.matcher import PhraseMatcher

    nlp = pipeline.nlp
    specs = [("LOWER", "X|a", ["Al Shabaab", "the army"]), ("LOWER", "X|b", ["the army", "army"]),
             ("ORTH", "X|c", ["ISWAP", "Boko Haram"]), ("LOWER", "X|d", ["al-Shabaab fighters"])]
    tables = _compile_tables(specs, nlp)
    doc = nlp.make_doc("The army and al-Shabaab fighters clashed; ISWAP and boko haram denied it. THE ARMY left.")
    for attr in ("LOWER", "ORTH"):
        matcher = PhraseMatcher(nlp.vocab, attr=attr)
        for a, label, phrases in specs:
            if a == attr:
                matcher.add(label, [nlp.make_doc(p) for p in phrases])
        table = PhraseTable(attr, {tuple(k): v for k, v in tables[attr]}, nlp.vocab)
        assert _by_extent(table(doc)) == _by_extent(matcher(doc))


def _by_extent(matches):
    """extent -> labels in the order given (which label wins an extent depends on that order)."""
    out = {}
    for match_id, start, end in matches:
        out.setdefault((start, end), []).append(match_id)
    return out


def test_actor_dictionary_tables_cover_every_phrase():
    d = load_dictionary()
    assert len(d.lower.table) > 10_000 and d.orth.table
    assert all(m in d.payload for ids in d.lower.table.values() for m in ids)


def test_plain_dates_are_read_as_dateparser_reads_them():
    import calendar
    import random

    from newsevents.dates import _dateparser, _plain_date

    rng = random.Random(5)
    pubs = [date(2024, 2, 29), date(2022, 3, 1), date(2021, 12, 31)] + [
        date(2000, 1, 1) + timedelta(days=rng.randrange(9500)) for _ in range(6)]
    texts = ["2021", "1999", "2030"]
    for m in calendar.month_name[1:]:
        day = rng.randrange(1, 32)
        texts += [m, m.lower(), f"{m} 2021", f"{day} {m}", f"{m} {day}", f"{day} {m} 2022", f"{m} {day}, 2020",
                  f"29 {m}", f"31 {m}", f"{m} 30"]
    checked = 0
    for pub in pubs:
        for text in texts:
            got = _plain_date(text, pub)
            if got is None:
                continue
            data = _dateparser(pub).get_date_data(text)
            expected = (data.date_obj.date(), data.period) if data and data.date_obj else None
            assert got == expected, (text, pub)
            checked += 1
    assert checked > 500
