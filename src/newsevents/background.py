"""Part of stage 4 (event detection): what each sentence of an article says about time and place, and whether
an event mention is background (an older event, a trend, a count over the whole country) rather than news.

`SentenceFactReader.read` computes the facts of every sentence once per article (places, people, day-level
dates, cues of background or summary); `BackgroundJudge.is_background` weighs them with the parse of one
event's mentions. The grouping (`grouping.py`) leaves background mentions out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from .data import read_json

if TYPE_CHECKING:
    from .detect import Mention


# a night told by the two weekdays it spans ("in the night of Friday to Saturday", "during the night from Monday
# into Tuesday", "overnight between Sunday and Monday"): dated by the evening it began, as the first weekday
NIGHT_OF_WEEKDAYS = re.compile(
    r"\b(?:night|overnight)\s+(?:of|from|between)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"\s+(?:to|and|into|until)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


@lru_cache(maxsize=1)
def context_vocabulary() -> dict:
    return read_json("event_context.json")


def phrase_pattern(phrases) -> re.Pattern:
    alts = "|".join(re.escape(p.lower()) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


@dataclass
class SentenceFacts:
    """What the grouping needs to know about one sentence, computed once per article."""

    ents: set
    places: set
    people: set
    days: set  # day-level dates ("monday", "17 august")
    dates: set  # every date phrase of the incident (not of a statement about it), lower case
    background_cue: bool
    summary_cue: bool
    old_date: bool
    follow_up_cue: bool
    recent_month: bool = False  # its only old date is a month of the last quarter ("in early November")
    stale: bool = False  # a day and month more than _STALE_DAYS before publication ("began on 8 October")
    earlier: bool = False  # a relative date before the news anywhere in it ("shot three men in Mathare last month")
    page_intro: bool = False  # a live page's welcome line ("Welcome to our live coverage of ..., where ...")
    statistic: bool = False  # a count over a period or a record ("a month in which at least nine people have been shot")
    after_old: bool = False  # no date of its own, right after a sentence of its paragraph dated before the news
    said_dates: frozenset = frozenset()  # the date phrases of a statement's own day ("the army said on Tuesday")
    old_dates: frozenset = frozenset()  # the date phrases before the news ("in 2001", "in the 1990s"), lower case


# a time of day written as a number ('7.30am', '10:15 pm', '0630 GMT'), which the tagger may take for a place
_CLOCK = re.compile(r"\d{1,2}(?:[.:h]\d{2})?\s*(?:[ap]\.?m\.?|hrs|gmt|h)?|\d{4}\s*(?:gmt|hrs)", re.I)


def verb_of(tok):
    """The trigger itself when it is a verb, else the nearest verb above it (at most four steps)."""
    t = tok
    for _ in range(5):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head is t:
            return None
        t = t.head
    return None


class SentenceFactReader:
    """Reads the facts of each sentence of an article (`read`), from the context vocabulary
    (`data/event_context.json`) and the lexicon's verbs of saying."""

    def __init__(self, reporting_verbs) -> None:
        ctx = context_vocabulary()
        self.reporting = set(reporting_verbs)
        self.background_re = phrase_pattern(ctx["background_cues"])
        self.summary_re = phrase_pattern(ctx["summary_cues"])
        self.fronted_old = tuple(ctx["fronted_old_dates"])
        self.follow_up_re = phrase_pattern(ctx["follow_up_cues"])
        self.day_words_re = phrase_pattern(ctx["day_words"])
        self.weekdays = list(ctx["weekdays"])
        self.months = list(ctx["months"])
        self.accusation_verbs = set(ctx["accusation_verbs"])
        self.statement_objects = set(ctx["statement_objects"])
        self.days_back = {k: tuple(v) for k, v in ctx["days_back"].items()}
        self.earlier_dates_re = phrase_pattern(ctx["earlier_dates"])
        self.page_intro_re = phrase_pattern(ctx["page_intro_cues"])
        self.statistic_re = phrase_pattern(ctx["statistic_cues"])
        self.statement_nouns = set(ctx["statement_nouns"])
        self.weekday_occasions = set(ctx["weekday_occasions"])
        # 'the next day', 'a day earlier', 'that night': so many days from the day told just before (not 'the day
        # after the vote', which counts from what it names)
        counted = read_json("date_cues.json")["narrative_relative"]["phrases"]
        self.narrative_days = {p: n for p, n in counted.items() if not p.endswith(("after", "before"))}
        self.narrative_re = phrase_pattern(self.narrative_days)
        self.organisation_heads = set(ctx["organisation_heads"])
        self.duration_nouns = set(read_json("event_lexicon.json")["duration_nouns"])

    def read(self, sents, published=None) -> list[SentenceFacts]:
        out = []
        for s in sents:
            dated = [e for e in s.ents if e.label_ in ("DATE", "TIME") and is_date(e)]
            ents = {e.text.lower() for e in s.ents if e.label_ in ("PERSON", "GPE", "LOC", "FAC", "ORG", "NORP")}
            # (not a force or body the tagger took for a place: "the South Sudan People's Defence Forces"; nor a
            # people's adjective it took for one: "attacked Ukrainian positions"; nor a clock time: "at around 7.30am")
            places = {e.text.lower() for e in s.ents if e.label_ in ("GPE", "LOC", "FAC")
                      and e[-1].lower_ not in self.organisation_heads and not (len(e) == 1 and e[0].tag_ == "JJ")
                      and not _CLOCK.fullmatch(e.text.strip())}
            # (not a place named only in what dates the sentence's event by another: 'rioters attacked police in
            # Hartlepool on Wednesday, a day after rioting outside a mosque in Southport')
            places -= self._places_of_earlier_events(s)
            fronted = fronted_place(s)
            if fronted:  # whatever the tagger took the name for
                places.add(fronted)
            people = {t.lower_ for t in s if t.is_alpha and len(t) > 2 and t.is_title
                      and (t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and not t.ent_type_ and not t.is_sent_start))}
            low = s.text.lower()
            days: set[str] = set()
            dates: set[str] = set()
            old = False
            old_dates: set[str] = set()
            recent = True
            stale = False
            for e in dated:
                if len(dated) > 1 and names_an_occasion(e, self.weekday_occasions):
                    continue  # "after Friday prayers in Zahedan on 30 September 2022": the day is the other date's
                this_old = self._old_date(e, s, published) or long_spell(e)
                if not self._said_when(e.root):
                    # "have been reported since Wednesday": when a state of affairs began, not a day of an incident
                    if not this_old and e.root.head.lower_ != "since":
                        days |= self._day_keys(e.text.lower(), published)
                    if not _SPELL_OF_HOURS.fullmatch(e.text.lower()):
                        dates.add(e.text.lower())  # not 'a battle lasting several hours': how long, not when
                old = old or this_old
                if this_old:
                    old_dates.add(e.text.lower())
                if this_old:
                    recent = recent and self._recent_month(e.text.lower(), published)
                stale = stale or self._stale(e.text.lower(), published)
            # the night of two weekdays, which the tagger often leaves out or takes for a person: its first day
            # (dated by its first evening: the morning it ended on is no day of its own)
            nights = list(NIGHT_OF_WEEKDAYS.finditer(s.text))
            days = days - {m.group(2).lower() for m in nights} | {m.group(1).lower() for m in nights}
            if not days and out:
                days |= self._weekday_counted_on(low, out[-1].days)
            days |= self._counted_weekdays(days, published)
            if published is not None and not old:
                # a bare year the entity tagger missed ("2014 saw an attack ..."), not a count ("2014 people")
                old = any(_YEAR.fullmatch(t.text) and int(t.text) < published.year and t.ent_type_ in ("", "DATE", "CARDINAL")
                          and t.dep_ not in ("nummod", "compound", "quantmod") for t in s)
            out.append(SentenceFacts(ents, places, people, days, dates, bool(self.background_re.search(low)),
                                     bool(self.summary_re.search(low)), old, bool(self.follow_up_re.search(low)),
                                     recent_month=old and recent, stale=stale,
                                     earlier=bool(self.earlier_dates_re.search(low)),
                                     page_intro=bool(self.page_intro_re.search(low)),
                                     statistic=bool(self.statistic_re.search(low)),
                                     said_dates=frozenset(e.text.lower() for e in dated if self._said_when(e.root)),
                                     old_dates=frozenset(old_dates)))
            if out[:-1] and out[-2].old_date and not (days or old) and not paragraph_break(sents, len(out) - 1):
                # "... since April 2018, when protests grew into a nationwide uprising. Police crushed the protests
                # over the following months.": the time of the sentence before
                out[-1].after_old = True
        return out

    def _places_of_earlier_events(self, sent) -> set[str]:
        """The places named inside a clause or phrase that puts another event so many days before or after this one
        ('a day after rioting outside a mosque in Southport left 50 officers injured', 'two days after a bombing in
        Quetta'): that event's places, not this one's."""
        spans = []
        for t in sent:
            if t.lower_ not in ("after", "before") or t.dep_ not in ("mark", "prep"):
                continue
            if any(c.dep_ == "npadvmod" and c.lemma_.lower() in self.duration_nouns
                   for c in (t.head.children if t.dep_ == "mark" else t.children)):
                spans.append(t.head if t.dep_ == "mark" else t)
            elif t.dep_ == "prep" and t.head.lemma_.lower() in self.duration_nouns and t.head.i < t.i:
                spans.append(t)  # ('..., a day after rioting in Southport', the parser's 'after' of 'day')
        out = set()
        for head in spans:
            inside = {d.i for d in head.subtree}
            out |= {e.text.lower() for e in sent.ents if e.label_ in ("GPE", "LOC", "FAC") and e.root.i in inside}
        return out

    def _recent_month(self, text: str, published) -> bool:
        """A month (no year, or this year's) at most _LEAD_MONTHS before publication: 'in early November' in
        a December report."""
        if published is None or re.search(r"\b(?:19|20)\d\d\b", text) and str(published.year) not in text:
            return False
        months = [k + 1 for k, m in enumerate(self.months) if m in text]
        return bool(months) and all(0 < (published.month - mo) % 12 <= _LEAD_MONTHS for mo in months)

    def _said_when(self, tok) -> bool:
        """The date of a statement ('the officer said on Sunday'), not of the incident."""
        if self._after_saying(tok) or self._in_speaker(tok):
            return True
        if tok.head.dep_ == "prep" and tok.head.head.lemma_.lower() in self.statement_nouns:
            return True  # "denied involvement in a statement on Monday": the statement's day
        verb = verb_of(tok)
        if verb is not None and verb.lemma_.lower() in self.reporting and tok.i < verb.i and self._inverted(verb, tok):
            return False  # "On Wednesday, soldiers killed 10 bandits ..., the army said", "... in Zamfara on Tuesday,
            # residents said": the parser may hang the date on the verb of saying at the end, but a date told before
            # it dates the report that comes first (a statement's own date follows its verb: "said on Monday")
        return verb is not None and (verb.lemma_.lower() in self.reporting and (
            verb.lemma_.lower() not in _CLAIMING or tok.i < verb.i and self._claims_responsibility(verb))
            or verb.lemma_.lower() in self.accusation_verbs)

    def _in_speaker(self, tok) -> bool:
        """The date stands in the subject of a verb of saying ('A statement read on state television on Sunday night
        said ...'): it dates the statement."""
        for t in list(tok.ancestors)[:6]:
            if t.dep_ == "nsubj" and t.head.lemma_.lower() in self.reporting and t.head.pos_ in ("VERB", "AUX"):
                return t.lemma_.lower() in self.statement_nouns
        # ... which the parser may make a clause of its own ('statement' the subject of 'read')
        verb = verb_of(tok)
        return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in self.statement_nouns
                                        for c in verb.children)

    def _claims_responsibility(self, verb) -> bool:
        """'On Saturday, the group claimed responsibility': a claim whose object is the claim itself, a statement
        about an event already told (not 'claimed three attacks between 22 and 23 May', whose date follows)."""
        return any(c.dep_ == "dobj" and c.lemma_.lower() in self.statement_objects for c in verb.children)

    def _after_saying(self, tok) -> bool:
        """The date stands right after a verb of saying ('Police said on Saturday they had arrested 45 people',
        'the group said Sunday'), where it dates the statement even when the parser hangs it on the verb of
        what was said; likewise after a claim of responsibility ('claimed responsibility on Sunday')."""
        doc = tok.doc
        k = tok.left_edge.i - 1
        if k >= 0 and doc[k].lower_ in ("on", "late", "early"):
            k -= 1
        if k < 0:
            return False
        before = doc[k]
        if before.lemma_.lower() in self.reporting and before.lemma_.lower() not in _CLAIMING and before.pos_ in ("VERB", "AUX"):
            return True
        # "claimed responsibility on Sunday", and "claimed the raid on Sunday" (an attack told before, 'the' one)
        told_before = before.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in _REFERRING or d.dep_ == "poss"
                                                    for d in before.children)
        return (before.lemma_.lower() in self.statement_objects or told_before) and before.head.lemma_.lower() in _CLAIMING

    @staticmethod
    def _inverted(verb, tok) -> bool:
        """The verb of saying closes the sentence after what was said ('..., residents said', '..., the army said in a
        statement'), and `tok` stands in what was said: before the comma that opens the attribution, with nothing
        reported after the verb ('On Sunday, the army said that ...' dates the statement)."""
        subj = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)
        if subj is None or any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
            return False
        opening = subj.left_edge.i - 1
        if not (opening > tok.i and verb.doc[opening].text == ","):
            return False
        # what was said has a verb of its own ('On Saturday, the group claimed responsibility' has only a date)
        return any(t.pos_ in ("VERB", "AUX") for t in verb.doc[verb.sent.start:opening])

    def _day_keys(self, text: str, published=None) -> set[str]:
        """The days a date phrase names, as weekday names, 'day month' keys and day words ('this morning'). With the
        publication date a day of the month also gets the weekday it falls on ('on 12 March' and 'on Tuesday' in a
        report of that week tell the same day)."""
        keys = {w for w in self.weekdays if w in text}
        if keys and _WEEK_BEFORE.search(text):
            # "on Thursday last week" is not this week's Thursday: the day itself when the publication date is
            # known (as dates.py reads it), else the weekday marked as the week before's
            keys = {self._day_of_week_before(w, published) for w in keys}
        for k, month in enumerate(self.months):
            if month in text:
                for num in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", text):
                    if 1 <= int(num) <= 31:
                        keys.add(f"{int(num)} {month}")
                        if published is not None:
                            keys |= self._weekday_of(int(num), k + 1, published)
        if not keys:
            keys |= {m.group(0) for m in self.day_words_re.finditer(text)}
        return keys

    def _weekday_counted_on(self, low: str, before: set[str]) -> set[str]:
        """The weekday a sentence counts to from the one weekday of the sentence before it ('attacked the village
        on Friday. Soldiers caught up with them the next day': Saturday)."""
        m = self.narrative_re.search(low)
        told = [k for k, w in enumerate(self.weekdays) if w in before]
        if m is None or len(told) != 1:
            return set()
        return {self.weekdays[(told[0] + self.narrative_days[m.group(0)]) % 7]}

    def _day_of_week_before(self, weekday: str, published) -> str:
        """The key of a weekday of the week before publication: its 'day month' ('thursday' of the week before
        a report of Friday 23 May is '15 may'), else the weekday marked as the week before's."""
        if published is None:
            return f"{weekday} of the week before"
        d = published - timedelta(days=published.weekday() + 7 - self.weekdays.index(weekday))
        return f"{d.day} {self.months[d.month - 1]}"

    def _counted_weekdays(self, days: set[str], published) -> set[str]:
        """The weekdays that the day words of a sentence with no day named otherwise fall on ('this morning' in a
        Tuesday report is 'tuesday'; 'overnight ... on Saturday' is Saturday's night, whatever the report's day)."""
        if published is None or any(d in self.weekdays or d[:1].isdigit() for d in days):
            return set()
        return {self.weekdays[(published - timedelta(days=back)).weekday()]
                for d in days for back in self.days_back.get(d, ())}

    def _weekday_of(self, day: int, month: int, published) -> set[str]:
        """The weekday of a day and month within a week of publication, the days a weekday name of the report can
        name ('the election of 12 December' in a report of mid-November is no weekday of its news)."""
        for year in (published.year - 1, published.year, published.year + 1):
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            if abs((published - d).days) <= _WEEK:
                return {self.weekdays[d.weekday()]}
        return set()

    def _old_date(self, ent, sent, published) -> bool:
        """A date clearly before the article's own news: an earlier year, a month (without a day) other than
        the publication month, or a fronted 'last week'/'last month'."""
        low = ent.text.lower()
        if published is not None:
            for y in re.findall(_YEAR_OR_DECADE, low):  # 'in 2014', 'in the 1990s', 'the campaigns of the 1870s'
                if int(y) < published.year:
                    return True
            months = [k + 1 for k, m in enumerate(self.months) if m in low]
            has_day = bool(re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", re.sub(r"\b\d{4}\b", "", low)))
            if months and not has_day and published.month not in months:
                return True
        fronted = ent.start - sent.start <= 2
        return fronted and any(low.startswith(c) or low == c for c in self.fronted_old)

    def _stale(self, low: str, published) -> bool:
        """A day and month well before publication: 'on 8 October' in a mid-November report."""
        months = [k + 1 for k, m in enumerate(self.months) if m in low]
        return published is not None and len(months) == 1 and self._days_before(low, months[0], published) > _STALE_DAYS

    @staticmethod
    def _days_before(low: str, month: int, published) -> int:
        """How many days before publication a day-and-month date lies (its year, else the latest one not after
        publication); 0 when it cannot be read."""
        day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", re.sub(r"\b\d{4}\b", "", low))
        year = re.search(r"\b(?:19|20)\d\d\b", low)
        y = int(year.group(0)) if year else published.year - (month > published.month)
        try:
            return (published - date(y, month, int(day.group(1)))).days
        except (ValueError, AttributeError):
            return 0


class BackgroundJudge:
    """Decides whether an event told in a sentence is background to the article's news. `reader` is the
    detector, whose parse predicates (verb_of, perfect, habitual, clause_head, clause_places, subordinate),
    vocabulary (nationwide_re, origin_verbs, refer_dets, facts.accusation_verbs) and claim cues (claims) it asks."""

    def __init__(self, reader) -> None:
        self.reader = reader
        self.claims = reader.claims
        self.accusation_verbs = reader.facts.accusation_verbs

    def is_background(self, e: dict, facts: list[SentenceFacts], lead: bool, opening: bool = False) -> bool:
        i = e["sents"][0]
        f = facts[i]
        if f.page_intro:
            return True  # "Welcome to our live coverage of the unrest, where at least nine people were killed on
            # Thursday": a live page's summary for readers arriving, whose events its entries tell
        if not lead and any(self._origin(m, f.stale or f.old_date) for m in e["mentions"]):
            return True
        if not lead and f.statistic:
            return True  # "The killing comes at the end of a month in which at least nine people have been shot dead
            # in Sweden": a count over the month, no incident (and no toll or place for the one told before)
        if not lead and f.stale and all(self.reader.subordinate(m) for m in e["mentions"]):
            return True  # "The emergency measures were adopted after 35 people were killed on 2 March": the cause,
            # weeks before the news, of the measures the sentence tells
        if (not lead or self._counted_up_to_now(e) or self._reported_tally(e)) and self.reader.nationwide_re.search(
                e["mentions"][0].sent.text.lower()) and not f.places and not any(
                (h := self.reader.clause_head(m)) is not None and self.reader.clause_places(h) for m in e["mentions"]):
            return True  # "Security forces arrested hundreds of protesters nationwide on Tuesday": a count over the
            # whole country, at no place an event could be coded at (in a lead, when it counts up to now: "police
            # have arrested more than 300 people across the country since the protests began", and in reported speech
            # "he said 350 people had been arrested across the country")
        if (not lead or self.reader.up_to_now_re.search(e["mentions"][0].sent.text.lower())) and \
                self._counted_up_to_now(e) and not f.places and not any(
                (h := self.reader.clause_head(m)) is not None and self.reader.clause_places(h) for m in e["mentions"]):
            return True  # "Khan's party said more than 4,000 of its workers had been arrested since his detention on
            # Tuesday": a tally of the days since, at no place of its own
            # (in a lead too when it says it counts up to now: "The government says more than 8,000 suspected gang
            # members have been detained so far")
        if all(self._accused_of(m) or self._denied(m) for m in e["mentions"]) and self.claims.denies(
                e["mentions"][0].sent):
            return True  # "Officials accused the army of shooting a migrant, which the government called fake news",
            # "The rebels denied that any of their men had been killed and accused the army of killing a farmer": an
            # accusation or a denial, a dispute the sentence tells rather than an act told as fact
        if f.old_dates and all(self._dated_before_by_its_own_words(m, f.old_dates) for m in e["mentions"]):
            return True  # "The peace agreement signed in 2001 promised a referendum, and the vote, held from 23
            # November, ...": the words that describe the trigger date it years back, whatever day the rest tells
        if all(self._in_a_tally_describing_a_noun(m) for m in e["mentions"]):
            return True  # "A jirga agreed a ceasefire in Kohat on Wednesday between the tribes of Kurram, where a
            # week of violence that began with an attack on a convoy has killed dozens": the clause describes the
            # district by the violence counted up to now; the day the sentence names is the ceasefire's
        if f.days:  # a recent day-level date of its own: an incident, whatever else the sentence says
            return False
        if f.after_old and not lead and (self.reader.refers_back(e) or not f.places):
            return True  # "Police crushed the protests" after "In April 2018, protests grew into a nationwide uprising",
            # "Her nephew spent eleven months in detention" after "she was fired in 2018": the time told before, with
            # nothing of today's news (no day, and no place of its own)
        if f.earlier and not lead and (not f.places or all(self.reader.subordinate(m) for m in e["mentions"])):
            # "... since officers shot three men in Mathare last month", "security forces shot dead two protesters
            # during similar protests last month, rights groups say": what led up to the news, or an earlier
            # incident recalled without a place of its own (one told with its place is coded: "a suicide bombing
            # outside Kabul airport last month")
            return True
        # a lead may report what a rights group or an inquiry found about the weeks before ("raped at least 15
        # women ... in early November, Human Rights Watch said on Monday"): its news is the finding
        if f.old_date and not (opening and f.recent_month) or f.background_cue or f.summary_cue and not lead:
            return True
        verbs = [verb_of(m.span.root) for m in e["mentions"]]
        verbs = [v for v in verbs if v is not None]
        if verbs and all(self.reader.perfect(v) for v in verbs) and not lead:
            return True
        if verbs and all(self.reader.habitual(v) for v in verbs):
            return True
        if all(self._bare_plural(m.span.root) and not self._past_at_named_place(m) for m in e["mentions"]):
            return True  # "capable of carrying out attacks": no one occasion ("air strikes hit ...", "similar
            # protests were held in Kisumu" are)
        return False

    def _accused_of(self, m: Mention) -> bool:
        """The trigger tells what a party is accused or blamed of ('accused the army of shooting a migrant',
        'blamed the rebels for burning the market'), not an act the article tells itself."""
        verb = verb_of(m.span.root)
        while verb is not None and verb.dep_ == "conj" and verb.head is not verb:
            verb = verb.head  # "accused the army of killing a farmer and dressing him up as a fighter"
        return verb is not None and verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "for") \
            and verb.head.head.lemma_.lower() in self.accusation_verbs

    def _denied(self, m: Mention) -> bool:
        """The trigger stands in what a party denies ('denied that any of its members had been killed', 'rejected
        claims that its troops had shelled the camp')."""
        verb = verb_of(m.span.root)
        if verb is None:
            return False
        path = [verb, *list(verb.ancestors)[:6]]
        for k, t in enumerate(path[1:], 1):
            if t.lemma_.lower() in self.claims.cues["denial_verbs"]:
                return any(p.dep_ in ("ccomp", "acl") for p in path[:k])
        return False

    @staticmethod
    def _dated_before_by_its_own_words(m: Mention, old_dates) -> bool:
        """A clause that describes the trigger holds a date before the news ('the agreement signed in 2001', 'the
        offensive that drove them out in 2017')."""
        tok = m.span.root
        return any(c.dep_ in ("acl", "relcl") and any(d in c.doc[c.left_edge.i:c.right_edge.i + 1].text.lower()
                                                     for d in old_dates) for c in tok.children)

    def _in_a_tally_describing_a_noun(self, m: Mention) -> bool:
        """The trigger stands in a relative clause in the perfect that describes a noun of another clause ('the
        district, where fighting has killed 40 people'; 'a feud that has claimed dozens of lives since an attack on a
        convoy'): what a place or a conflict has seen up to now, not the occasion the sentence tells."""
        for t in (m.span.root, *m.span.root.ancestors):
            if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN") and self.reader.perfect(t):
                return True
        return False

    def _counted_up_to_now(self, e: dict) -> bool:
        """Every trigger's verb is in the perfect ('have arrested', 'have been killed') or counts from a time on
        ('arrested ... since Thursday'): a tally of the days so far, not one occasion."""
        verbs = [verb_of(m.span.root) for m in e["mentions"]]
        return bool(verbs) and all(v is not None and (self.reader.perfect(v) or any(
            t.lower_ == "since" and t.dep_ in ("prep", "mark") for t in v.subtree)) for v in verbs)

    def _reported_tally(self, e: dict) -> bool:
        """Every trigger's verb is a perfect in reported speech (`_reported_perfect`)."""
        verbs = [verb_of(m.span.root) for m in e["mentions"]]
        return bool(verbs) and all(v is not None and self._reported_perfect(v) for v in verbs)

    def _reported_perfect(self, verb) -> bool:
        """A perfect told in reported speech, moved back a tense ('He said 350 people had been arrested across the
        country' for 'have been arrested'): a tally up to the day of the statement."""
        while verb.dep_ == "conj" and verb.head is not verb:
            verb = verb.head  # "... had been arrested and that property had been destroyed"
        return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.reader.reporting and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in verb.children)

    def _origin(self, m: Mention, earlier: bool) -> bool:
        """The trigger is the subject of a verb of beginning with a cause or a time after it: how the unrest the
        article is about began ('The protests erupted after the death of ...', 'The unrest erupted after Castillo
        was removed'); for a trigger named afresh ('exchanges of fire began on 8 October, a day after the Hamas
        attack'), only when the sentence dates it well before the news (a lead's 'Clashes erupted after police
        tried to stop the march' is the news)."""
        tok = m.span.root
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.lemma_.lower() not in self.reader.origin_verbs:
            return False
        after = any(t.lower_ in _ORIGIN_LINKS for t in verb.subtree if not (tok.left_edge.i <= t.i <= tok.right_edge.i))
        if not after:
            return False
        told = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in self.reader.refer_dets for c in tok.children)
        return told or earlier

    @staticmethod
    def _bare_plural(tok) -> bool:
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and any(
                c.dep_ in ("det", "nummod") for c in tok.head.head.children):
            return False  # "fired a barrage of rockets", "two volleys of shells": a measure of them, one occasion
        return tok.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss", "amod") and (
            c.dep_ != "amod" or c.like_num) for c in tok.children)

    def _past_at_named_place(self, m: Mention) -> bool:
        """The trigger's verb tells a past occasion: in the simple past ('air strikes hit the city'), or in the past
        passive at a place it names ('protests were held in Kisumu and Mombasa')."""
        verb = verb_of(m.span.root)
        if verb is None:
            return False
        if verb.tag_ == "VBD":
            return True
        passive_past = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
        return passive_past and bool(self.reader.clause_places(verb))


_YEAR = re.compile(r"(?:19|20)\d\d")
# a year, or a decade named by its first year, from the sixteenth century on (the year alone is captured)
_YEAR_OR_DECADE = re.compile(r"\b(1[5-9]\d\d|20\d\d)s?\b")
# a stretch of years a date may be, told as how long something went on ('fought for most of the decade', 'ruled
# throughout the 1990s', 'for two decades'): a state of affairs of its time, no incident of the news
_LONG_SPELL = re.compile(r"\b(?:for|throughout)\s+(?:(?:most|much|all|part|the rest|the better part)\s+of\s+)?"
                         r"(?:the\s+|a\s+|an\s+|\w+\s+)?(?:decades?|centur(?:y|ies)|years|generations?)$")
_CLAIMING = {"claim", "allege"}  # their dates may be the incident's own ("claimed three attacks between 22 and 23 May")
_REFERRING = {"the", "this", "that", "these", "those"}  # determiners of what was told before
_LEAD_MONTHS = 2  # how many months before publication a lead's month-only date may lie and still be the news
_ORIGIN_LINKS = {"after", "since", "following", "over"}  # what a verb of beginning says it began with
# a weekday told as one of the week before publication ('on Thursday last week', 'the previous week')
_WEEK_BEFORE = re.compile(r"\b(?:last|previous) week\b")
_WEEK = 7  # a weekday name of a report names a day at most this many days from publication
_STALE_DAYS = 30  # a day-level date more than this many days before publication is an earlier event's
_FRONTING_PREPS = {"in", "near", "at", "outside"}
_OPENING_PHRASE_TOKENS = 8  # the longest opening phrase before a fronted place ('On the other side of the river,')
# a stretch of hours a time entity may be ('lasting several hours', 'for about two hours'): no date of an incident
_SPELL_OF_HOURS = re.compile(r"(?:(?:for|about|around|nearly|almost|more than|over|some)\s+)*"
                             r"(?:several|a few|a couple of|many|an?|\d+|[a-z]+)\s+(?:hours?|minutes?)")


def long_spell(ent) -> bool:
    """The date tells how long an act went on over years ('fought for most of the decade'), with the words before
    it in its sentence; not how long since something was last seen ('the first protests of their kind for years')."""
    before = ent.doc[max(ent.sent.start, ent.start - 6):ent.end].text.lower()
    if not _LONG_SPELL.search(before):
        return False
    prep = next((t for t in [ent.root, *list(ent.root.ancestors)[:3]] if t.lower_ in ("for", "throughout")), None)
    return prep is not None and prep.head.pos_ in ("VERB", "AUX")


def names_an_occasion(ent, occasions) -> bool:
    """A weekday that names a recurring occasion ('after Friday prayers', 'the Sunday mass') or is the name of a day
    ('known as Bloody Friday'), not a day."""
    root = ent.root
    if ent.text.lower() not in context_vocabulary()["weekdays"]:
        return False
    before = ent.doc[ent.start - 1] if ent.start > ent.sent.start else None
    if before is not None and before.text[:1].isupper() and before.pos_ in ("ADJ", "PROPN") and not before.is_sent_start \
            and before.lower_ not in context_vocabulary()["months"]:
        return True
    return root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in occasions and not ent.start <= root.head.i < ent.end


def paragraph_break(sents, k: int) -> bool:
    """A blank line stands between the words of sentence `k` and those of the one before it (the parser may leave it
    at the end of either)."""
    before, this = sents[k - 1], sents[k]
    return "\n\n" in this.doc.text[before.start_char + len(before.text.rstrip()):
                                     this.start_char + len(this.text) - len(this.text.lstrip())]


def is_date(ent) -> bool:
    """Not a bare one- or two-digit number the tagger took for a date (an age: 'Rakib Hossain, 22, ...')."""
    return not re.fullmatch(r"\d{1,2}", ent.text.strip())


def fronted_place(sent) -> Optional[str]:
    """The proper name of a place that opens a sentence for all of it ('In Migori, ...', 'Near Goma, ...'),
    lower case; not a month or weekday ('In March, ...'). It may follow another opening phrase that names no place
    ('On the other side of the river, in Rwanda, ...', 'On Tuesday, in Migori, ...')."""
    toks = [t for t in sent if not t.is_space]
    comma = next((k for k, t in enumerate(toks[:_OPENING_PHRASE_TOKENS + 1]) if t.text == ","), None)
    if comma and not any(t.pos_ in ("VERB", "AUX") for t in toks[:comma]) and len(toks) > comma + 1 \
            and toks[comma + 1].lower_ in _FRONTING_PREPS:
        return _fronted_name(toks) or _fronted_name(toks[comma + 1:])
    return _fronted_name(toks)


def _fronted_name(toks) -> Optional[str]:
    """The place name of `fronted_place` when the tokens open with the preposition fronting it."""
    if len(toks) < 4 or toks[0].lower_ not in _FRONTING_PREPS:
        return None
    start = 1
    # "In the southern city of Ziguinchor, ...", "In neighbouring Katsina state, ..."
    kinds = set(context_vocabulary()["place_kind_nouns"])
    k = 1 + (toks[1].lower_ == "the")
    while k < len(toks) and toks[k].pos_ == "ADJ" and k < 4:
        k += 1
    if k + 1 < len(toks) and toks[k].lower_ in kinds and toks[k + 1].lower_ == "of":
        start = k + 2
    elif k > 1 and toks[1].lower_ != "the":
        start = k
    name = []
    for t in toks[start:start + 4]:
        if t.text == "," or name and t.lower_ in kinds:
            break
        if not (t.pos_ == "PROPN" and t.text[:1].isupper()) or t.ent_type_ in ("DATE", "TIME"):
            return None
        name.append(t)
    else:
        return None
    return " ".join(t.lower_ for t in name) if name else None
