"""The attribute ruler's patterns are matched by lookup (nlp.IndexedAttributeRules); the result must
be exactly what spaCy's Matcher finds."""

from newsevents import nlp

SENTENCES = [
    "Gunmen have killed 12 villagers in an attack on a market, and it wasn't the first one this year.",
    "Police said they're gonna investigate whether the soldiers had fired on the protesters.\n\n"
    "There were nothin' but ruins left, y'all, a resident told us.",
    "The army said it could not confirm the claim; its spokesman did not comment.  Talks are due "
    "on Monday.",
]


def test_the_model_ruler_uses_the_lookup():
    ruler = nlp.load().get_pipe("attribute_ruler")
    assert isinstance(ruler.match, nlp.IndexedAttributeRules)


def test_lookup_finds_the_matches_of_the_matcher():
    model = nlp.load()
    ruler = model.get_pipe("attribute_ruler")
    matcher_match = type(ruler).match.__get__(ruler)
    before = model.pipe_names[: model.pipe_names.index("attribute_ruler")]
    with model.select_pipes(enable=before):
        for doc in model.pipe(SENTENCES):
            assert ruler.match(doc) == matcher_match(doc)


def test_ruler_results_on_a_sentence():
    doc = nlp.load()("The rebels have not withdrawn, and they are gonna attack again, he said.")
    by_text = {t.text: t for t in doc}
    assert by_text["have"].pos_ == "AUX"
    assert by_text["not"].pos_ == "PART" and by_text["not"].lemma_ == "not"
    assert by_text["are"].lemma_ == "be"
    assert by_text["they"].pos_ == "PRON"
