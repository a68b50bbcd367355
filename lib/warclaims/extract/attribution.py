"""Who makes a claim: "X said", "according to X", "X wrote in a report", quotes, pronouns.

Claimants named in ``data/claimants.csv`` (by any alias) resolve to their canonical name
and side. Other people and bodies ("Natalia Gumenyuk", "one military blogger") are kept as
written, marked unknown to the claimant table, so a reviewer can add them before
accepting the claim.

Spokespeople and press services (one policy): a spokesperson named by name is the claimant
by name ("Russian Defence Ministry spokesman Igor Konashenkov said"), as the claimant table
lists spokespeople and the corpus's ``claimant_alt`` accepts their body beside them; one
named only through the body ("a spokesman for the Russian Defence Ministry", "the ministry's
press service said") is the body. A news outlet that relays a speaker is ``reported_via``,
never the claimant, unless the outlet's own count or analysis is the claim.
"""
from __future__ import annotations

import difflib
import itertools
import functools
import dataclasses
import re
from dataclasses import dataclass

import numpy as np

from ..claimants import claimant_key, claimant_pattern, claimants_of_kind, load_claimants
from ..places import place_index
from . import guard
from . import lexicon as lx
from . import sides

_SAY = (r"(?:said|says|say|saying|told|tells|stated|states|reported|reports|report|announced|announces|claimed|claims|claim|wrote|writes|added|adds|hinted|"
        r"estimated|estimates|estimate|believes|noted|notes|note|emphasi[sz]ed|stressed|confirmed|confirms|declared|informed|posted|tweeted|"
        r"according\s+to|cited|quoted|highlighted|clarified|specified|indicated|revealed|assessed|publishes|published|"
        r"documented|counted|tallied|verified|identified|geolocated|found|puts|assured|insisted|warned|acknowledged|admitted|argued|explained|"
        r"suggested|concluded|maintains|maintained|asserts|asserted|alleges|contends|contended|calculated|reckons|reckoned|shows|showed|estimate|assesses|assess|believe|think|thinks|"
        r"made\s+(?:the|this|that|these)\s+(?:claims?|statements?|announcement|assertion)|(?:spoke|speaks|talked|talks)\s+of|"
        # Rarer verbs of saying (rule rare_speech_verb): each starts a new speaker, so the one before is not carried over.
        # ("the previous reporting period" is a noun, no verb: rule reporting_period_no_verb.)
        r"confirming|counting|documenting|identifying|estimating|noting|adding|claiming|reporting(?!\s+(?:period|periods|date|dates|day|days|week|weeks|month|months|year|years|cycle|requirements?)\b)|stating|indicating|admitting|acknowledging|conceding|hinting|"
        # "the BBC has been able to confirm the deaths of 4,515": a counter's own verification (rule able_to_confirm).
        r"(?:able|managed)\s+to\s+(?:confirm|verify|identify|document)|"
        r"conceded|concedes|boasted|boasts|bragged|brags|recalled|recalls|remarked|remarks|reiterated|reiterates|underlined|underscored|"
        r"pointed\s+out|points\s+out|insists|admits|acknowledges|reveals|declares|disclosed|discloses|countered|retorted|lamented|cautioned|testified|recounted|"
        r"put(?=\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,4}?(?:losses|toll|casualties|number|figure|count|tally)\s+at\b)"
        # "US officials peg this number near 120,000": to peg a figure is to estimate it.
        r"|peg(?:s|ged|ging)?(?=\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,4}?(?:losses|toll|casualties|number|figure|count|tally|dead|deaths)\b))")
_SAY_RE = re.compile(rf"\b{_SAY}\b", re.IGNORECASE)
_SOURCE_CUE = re.compile(
    r"\b(?:according\s+to(?:\s+(?:estimates|data|figures|calculations|information|the\s+calculations|updated\s+data)"
    # "according to estimates released on 15 February by X": the estimates' owner after the date.
    r"\s+(?:(?:released|published|compiled|provided|collected|analy[sz]ed|gathered|verified)\s+(?:(?:on|in|last)\s+(?:[\w-]+\s+){1,2}?)?)?(?:from|of|by))?|"
    r"(?:reported|published|provided|released|announced|stated|said|confirmed|disclosed|analy[sz]ed|compiled|gathered|collected|verified)\s+(?:(?:on|in|at|during)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?by(?!\s+(?:name|names|phone|telephone|video|videolink|e-?mail|satellite|far|now)\b)(?!\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+to\s+(?:the\s+)?[A-Z])|with\s+reference\s+to|(?:figures|numbers|data|estimates?|claims?)\s+(?:come|comes|came)\s+from|(?:the|an?)\s+(?:assessment|conclusion|findings)\s+(?:of|by)(?=\s+(?:the\s+)?[A-Z])|citing|quoting|(?<!was\s)(?<!were\s)(?<!been\s)quoted(?!\s+(?:as|by)\b)|referring\s+to|(?:data|figures|estimates|information)\s+(?:from|of|by)|"
    r"a\s+report\s+by|in\s+a\s+(?:report|statement|briefing)\s+by|"
    # "That is the newest report from the General Staff", "in accordance with the Air Force Command": the
    # next sentence names the source of the figures before it (rule report_from_named_after).
    r"(?<=\s)(?<!according\sto\s)(?<!According\sto\s)(?:the\s+|a\s+|an\s+)(?:(?:latest|new|newest|recent|daily|evening|morning|preliminary|initial|first|updated)\s+){0,2}(?:(?:report|update|statement|bulletin|summary|message)\s+from|(?:statement|message)\s+by)|in\s+accordance\s+with|"
    # "This recently from Oryx, the folks who ...": a sentence opening on where what follows comes from (rule this_from_source)
    r"^\W*(?:This|That)(?:['’]s|\s+is)?\s+(?:(?:just|recently|now|newly)\s+)?from(?=\s+(?:the\s+)?[A-Z])|(?:obtained|received)\s+from|(?:a|an|the)\s+(?:joint\s+)?(?:count|tally|analysis|survey|investigation|study)\s+by|claims?\s+(?:(?:made|put\s+forward|spread)\s+)?(?:from|by))\s+",
    re.IGNORECASE,
)
_TITLE = (r"(?:Director|Deputy|Head|Undersecretary|Under\s+Secretary|Ambassador|Lt\.|Maj\.|Sgt\.|Capt\.|Captain|Major|Lieutenant|President|Prime\s+Minister|(?:Deputy\s+)?(?:Defen[cs]e\s+)?Minister|Lieutenant[-\s]General|Colonel[-\s]General|Lieutenant[-\s]Colonel|Vice[-\s]Admiral|Rear[-\s]Admiral|Major[-\s]General|General|Gen\.|"
          r"Colonel|Col\.|Admiral|Commander(?:-in-Chief)?|Governor|Spokes(?:man|woman|person)|Mayor|Chief|Adviser|Advisor|Secretary|Senator)")
_NAME = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
_PERSON_RE = re.compile(rf"(?:{_TITLE}\s+(?:[a-z]+\s+){{0,2}})?(?P<name>{_NAME}(?:\s+(?:(?:von|van|der|de|den|al|bin|ibn)\s+)*{_NAME}){{1,5}})")
#: Capitalised words that are a title or an office, not part of a person's name ("Defense
#: Secretary Lloyd Austin", "Belgorod Oblast Governor Vyacheslav Gladkov", "Mr Wallace").
_TITLE_WORDS = frozenset("""secretary state defense defence minister ministry foreign prime president vice deputy governor oblast region
    general lieutenant major colonel captain commander chief head director spokesman spokeswoman spokesperson ambassador senator mayor
    undersecretary under acting adviser advisor press mr mrs ms dr sir lord army navy staff intelligence security council national
    gen lt col capt sgt admiral marshal first second senior prosecutor""".split())
_HONORIFIC = re.compile(rf"\b(?:Mr|Mrs|Ms|Dr|Gen|General|Colonel|Col|Minister|Governor|President)\.?\s+(?P<surname>{_NAME})\b(?!\s+[A-Z])")


#: An anonymous speaker's institution ("a source in the Ukrainian General Staff").
_INSIDE_BODY = re.compile(r"^(?:(?i:an?|one|the|another|two|three|several)\s+(?:[\w.-]+\s+){0,2}?(?:source|official|representative|spokes(?:man|woman|person))s?|(?i:analysts|experts|researchers))\s+"
                          r"(?:in|within|inside|at|of|from|for|close\s+to)\s+(?P<body>(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?[A-Z][\w.'’ -]+)$")
#: "the head of the Russian Defense Ministry", "the chief of Ukraine's General Staff".
_APPOSITIVE_NAME = re.compile(rf",?\s+{_NAME}\s+{_NAME}")
_HEAD_OF = re.compile(r"\b(?:(?i:the)\s+)?(?i:head|chief|leader|director|boss)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.]*\s+|of\s+|the\s+|(?i:defen[cs]e|military|regional)\s+){0,4}"
                      r"(?:Ministry|Department|Staff|Agency|Service|Office|Directorate|Administration|Forces|(?i:state)|(?<=(?i:defense|defence)\s)(?:ministry|department))\b(?:\s+of\s+(?:the\s+)?(?:Russian\s+Federation|[A-Z][\w'’]*))?")


#: "the leader of the (self-proclaimed) Donetsk People's Republic (DPR)": who heads a republic, with up to
#: four words and its abbreviation between (rule leader_of_a_republic).
_REPUBLIC_LEADER = re.compile(r"\b(?:(?i:the)\s+)?(?P<role>(?i:head|leader|chief))\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
                              r"(?P<republic>[A-Z][a-z]+\s+People['’]s\s+Republic)(?:\s*\([A-Z]{2,4}\))?")
#: Between an institution or country and the person who holds a title in it ("'s Defence Minister ").
_TITLE_GAP = re.compile(r"""(?:['’]s)?,?\s+(?:["“][\w -]{1,20}["”]\s+)?(?:[A-Za-z-]+\s+){0,4}?""", re.IGNORECASE)  # a quoted unit name may stand between ('Command "South" ')


_HONORIFIC_WORDS = ("Mr", "Mrs", "Ms", "Dr", "Gen", "Col", "Minister", "Governor", "President")


# Patterns the functions below use on every sentence, mention or cue, compiled once (and guarded).
_WORD_RUN = re.compile(r"\S+")
_LEADING_ARTICLE = re.compile(r"^(?:the|a)\s+")
_COUNTRY_NOUN = re.compile(r"^(ukraine|russia)\b")
#: A role in the "Defense Department" (the US name; the sides' bodies are "ministries" in English)
#: for an official who speaks ("a senior Defense Department official").
_DEFENSE_DEPARTMENT_ROLE = re.compile(r"\bDefen[cs]e\s+Department\s+(?:officials?|spokes(?:man|woman|person)|analysts?|press\s+secretary)\b", re.IGNORECASE)
_THIRD_PARTY_WORDS = re.compile(r"\b(?:British|Britain|UK|US|American|NATO|UN|United\s+Nations|[Ww]estern|Oryx|ISW|analysts?|bloggers?|United\s+(?:States|Kingdom)|Pentagon|think[\s-]tanks?|White\s+House|State\s+Department|Washington|London)\b|\bU\.[SK]\."
                                rf"|\b(?:{lx.THIRD_COUNTRIES})\b")
_TWO_NAMES = re.compile(rf"^{_NAME}\s+{_NAME}")
_ONE_NAME = re.compile(_NAME)
_PLACE_BEFORE = re.compile(r"\b(?:(?:village|town|city|settlement|hamlet|district|region|oblast|province)\s+of|in|near|outside)\s+$", re.IGNORECASE)
_NOT_A_PERSON_END = re.compile(r"\s(?:Oblasts?|Regions?|Provinces?|Directions?|Republics?|Districts?|Forces|Army|Ministry|Staff|Council"
                               # A side's adjective is no surname: "Counterattacking Ukrainian", "Captured Russian" in a
                               # headline in title case are words before "forces", not a person a later "he" is
                               # (rule side_adjective_not_a_surname).
                               r"|Ukrainians?|Russians?)$")
_LEADING_THE = re.compile(r"^(?:The|the)\s+")
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_ESTIMATE_CUE = re.compile(r"\b(?:according\s+to\s+estimates|estimated\s+by|estimates\s+(?:from|by|of))\b", re.IGNORECASE)
_PERSON_FIRST = re.compile(r"(?i:a|the)\s+(?:representative|spokes|speaker|official)")
_CLAUSE_PUNCTUATION = re.compile(r"[,;:]")
_FULL_NAME = re.compile(rf"{_NAME}(?:\s+(?:(?:von|van|der|de)\s+)*{_NAME}){{1,3}}")
# ("quoted the command as saying in a statement": the name ends before "as saying"; rule quoted_as_saying_ends_the_name.)
_FREE_NAME = re.compile(r"((?:(?:[A-Z]\.){2,}|[^,.;:“\"]){3,60}?)(?:,|\s+who\b|\s+that\b|\s+as\s+(?:saying|telling|stating|writing)\b|\.|$)")
_SUBJECT_OF_A_VERB = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+|also\s+|already\s+|now\s+)?(?:lost|los(?:es|ing)|suffered|destroyed|shot|captured|took|liberated|killed|gained|advanced|retook|seized|controls?|holds?|held)\b", re.IGNORECASE)
#: A side's military as the speaker ("the Russian military said"): its defence ministry.
_SIDE_MILITARY = re.compile(r"\b(?:the\s+)?(Russian|Russia['’]s|Ukrainian|Ukraine['’]s)\s+(?:military|army|armed\s+forces|forces|troops)(?=\s+(?:on\s+[A-Z]\w+\s+|(?:also|earlier|later|previously)\s+)?(?:has\s+|have\s+)?(?:said|says|claimed|claims|reported|reports|announced|stated|estimated|estimates)\b)")
_QUOTED_AS_SAYING = re.compile(r"(?:quoted|reported|cited)\s+(?:(?:by|in)\s+(?:the\s+)?[\w.]+(?:\s+[\w.]+){0,2}\s+)?as\s+say", re.IGNORECASE)
_CITING = re.compile(r"citing|quoting|referring|with\s+reference", re.IGNORECASE)
_ACCORDING = re.compile(r"according", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be|being)\s+(?:(?:\w+ly|now|also|still|already|not)\s+){0,2}$", re.IGNORECASE)
_TITLED_NAME = re.compile(rf"\b(?i:representative|spokes(?:man|woman|person)|minister|commander|governor)\b[^.]{{0,80}}?(?P<name>{_NAME}\s+{_NAME})")


def _person_names(sentence: str):
    """(start, end, name) of the people named in a sentence: a run of capitalised words with its
    leading titles and offices cut off, two to four words long."""
    for m in _PERSON_RE.finditer(sentence):
        words = list(_WORD_RUN.finditer(m.group("name")))
        # The name follows the last title or possessive of the run ("Ukraine's Defence Minister X Y").
        first = 1 + max((i for i, w in enumerate(words) if w.group().lower().rstrip(".") in _TITLE_WORDS or w.group().endswith(("'s", "’s"))), default=-1)
        kept = words[first:first + 4]
        capitalised = [w for w in kept if w.group()[:1].isupper()]
        if len(capitalised) < 2 or any(w.group().lower() in _TITLE_WORDS for w in kept):
            continue
        start = m.start("name") + kept[0].start()
        yield start, m.start("name") + kept[-1].end(), sentence[start:m.start("name") + kept[-1].end()]
#: Speakers named by their role: "a senior NATO military officer", "an adviser to Zelensky",
#: "U.S. officials", "the battlegroup's spokesman", "a deputy governor", "a source in the ministry".
_ROLE_NOUN = (r"(?:blogger|milblogger|analyst|official|source|commander|head|officer|expert|researcher|journalist|correspondent|"
              r"spokes(?:man|woman|person)|spokesmen|representative|adviser|advisor|aide|colonel|general|governor|deputy\s+governor|"
              r"mayor|diplomat|lawmaker|intelligence\s+officer|military\s+officer|(?:deputy\s+)?minister|businessman|businesswoman|resident|"
              r"witness|eyewitness|farmer|volunteer|activist|soldier|serviceman|intelligence\s+(?:service|agency)|propagandist|(?<=Telegram\s)channel|"
              # "Russian-backed separatist forces said" (rule separatists_speak)
              r"separatist(?:\s+(?:force|authoritie|fighter|official|leader))?|"
              # "Russian regional authorities acknowledged": authorities of a region or town speak as a role (rule regional_authorities)
              r"(?:(?<=regional\s)|(?<=Regional\s)|(?<=local\s)|(?<=Local\s)|(?<=municipal\s)|(?<=oblast\s)|(?<=occupation\s))authoritie(?=s))")
_INSTITUTION = r"(?:president|prime\s+minister|minister|ministry|governor|commander|army|general\s+staff|military|government|battlegroup|brigade|agency)"
#: Lower-case words of a unit or institution a role serves in ("a colonel in the Ukrainian army",
#: "a spokesman for Ukraine's southern command", "an official in the Russian-installed
#: administration of Zaporizhzhia", "a Ukrainian battalion commander").
_UNIT_WORD = (r"(?:army|armed\s+forces|military|forces|command|brigade|battalion|regiment|company|platoon|unit|division|corps|"
              r"administration|authorities|ministry|defen[cs]e|intelligence|southern|northern|eastern|western|central|regional|"
              r"general\s+staff|staff|navy|air\s+force|guard|national|border|service|government|office|directorate|headquarters|"
              r"group|project|cent(?:er|re)|monitoring|mapping|analytical|research|investigative|open-source|operational|press|drone|artillery|tank|frontline|front-line|[a-z]+-installed|[a-z]+-backed|"
              r"motori[sz]ed|mechani[sz]ed|rifle|assault|airborne|marine|infantry|separate|special|war|\d+(?:st|nd|rd|th))")
#: "the governor of the (southern) Kharkiv region": a compass word before the place and the kind of
#: place after it belong to the role, as does "the southern region of Kharkiv" (rule role_of_a_region; it
#: had been cut at "the Kharkiv").
_COMPASS = r"(?:southern|northern|eastern|western|central|(?:south|north)-?(?:east|west)ern|frontline|front-line|border)"
_PLACE_KIND = r"(?:region|oblast|province|district|city|town|area)"
_ROLE_RE = re.compile(
    r"\b(?:(?:one|a|an|the|another|several|two|three|some)\s+)?(?:(?:[A-Z][A-Za-z.]*|U\.S\.|UK|US|senior|junior|top|local|military|regional|deputy|"
    r"[a-z]+(?:-[a-z]+)+|[A-Z][a-z]+(?:-[a-z]+)+|pro-Kremlin|pro-Russian|independent|high-ranking|defen[cs]e|intelligence|government|western|Western|unnamed|anonymous|"
    rf"[A-Z][\w-]*['’]s|(?:region|city|oblast|province|district|town|country|ministry|army|brigade|battlegroup|group|unit|agency)['’]s|(?:regions|cities|oblasts|provinces|districts|towns|countries|units|brigades)['’]|its|their|{_UNIT_WORD})\s+){{0,3}}"
    rf"{_ROLE_NOUN}s?\b(?:\s+(?:to|for|of|in|with|within|inside|at|close\s+to)\s+(?:the\s+|an?\s+)?(?:{_COMPASS}\s+)?"
    rf"(?:{_PLACE_KIND}\s+of\s+[A-Z][\w'’-]*\b|(?:[A-Z][\w'’-]*|{_UNIT_WORD})(?:\s+(?:of\s+(?:the\s+)?)?(?:[A-Z][\w'’-]*|{_UNIT_WORD})){{0,5}}\b(?:\s+{_PLACE_KIND}\b)?|{_INSTITUTION}\b))?",
)
#: Stems of the role nouns: a substring test (fast) before the long pattern.
_ROLE_STEMS = ("blogger", "analyst", "official", "source", "command", "head", "officer", "expert", "researcher", "journalist", "correspondent",
               "spokes", "representative", "advis", "aide", "colonel", "general", "governor", "mayor", "diplomat", "lawmaker", "minister",
               "business", "resident", "witness", "farmer", "volunteer", "activist", "soldier", "serviceman", "intelligence ", "propagandist", "telegram channel",
               "authorities", "separatist")
#: A role in the plural speaks without an article ("officials said", "analysts estimate").
_BARE_PLURAL_ROLE = re.compile(r"(?:officials|analysts|sources|experts|commanders|officers|diplomats|bloggers|researchers)")
#: A possessive or determiner before a role ("the think tank's analysts", "its officials"): the
#: owner is the body that speaks, read by the rules for definite bodies.
_OWNER_BEFORE = re.compile(r"(?:['’]s|\b(?:the|its|their|his|her|our|these|those))\s+$", re.IGNORECASE)
_ROLE_NOUN_RE = re.compile(rf"\b{_ROLE_NOUN}s?\b")
#: One role noun alone, any case ("a top US general"): for an unnamed speaker a later sentence may name.
ROLE_WORD_RE = re.compile(rf"\b{_ROLE_NOUN}\b", re.IGNORECASE)
_ROLE_AS_ADJECTIVE = re.compile(rf"\s+(?:{lx.ROLE_AS_ADJECTIVE})\b", re.IGNORECASE)


def _roles(sentence: str) -> list[re.Match]:
    """The role phrases of a sentence: the long pattern is tried only in a window around each role noun."""
    out: list[re.Match] = []
    for noun in _ROLE_NOUN_RE.finditer(sentence):
        if out and out[-1].end() > noun.start():
            continue
        if noun.group() == "official" and _ROLE_AS_ADJECTIVE.match(sentence, noun.end()):
            continue  # "an official update", "the official death toll": what was said, no speaker (rule role_as_adjective)
        for m in _ROLE_RE.finditer(sentence, max(0, noun.start() - 60), min(len(sentence), noun.end() + 60)):
            if m.start() <= noun.start() < m.end():
                out.append(m)
                break
    return out


#: A figure right before a role phrase: the phrase is what is counted ("57,000 Russian soldiers").
_COUNTED_BEFORE = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million))\s+$", re.IGNORECASE)
_BARE_SERVICE = re.compile(r"(?i:the|its|their)\s+intelligence\s+(?:service|agency)s?")
_INTELLIGENCE_BODY = re.compile(r"intelligence\s+(?:services?|agency|agencies)$", re.IGNORECASE)
_ROLE_START = re.compile(r"^(?:one|a|an|the|another|several|two|three|some)\s", re.IGNORECASE)
#: Between "according to" and a name, a title with no article set off by a comma ("Commander-in-Chief of the Armed Forces, ").
_BARE_TITLE_APPOSITIVE = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,9},\s*")
#: Between "according to" and a name, a title set off by a comma ("the regional governor, ").
_APPOSITIVE = re.compile(r"^(?:the|a|an)\s+[\w\s'’-]{0,30},\s*$", re.IGNORECASE)
#: A figure in what follows a source cue ("estimates of |up to 610 enemy servicemen lost|"): what is counted, not
#: who counts it (rule counted_not_source); a digit inside a name ("Digi24") is no figure.
_FIGURE_IN_NAME = re.compile(r"(?<!\w)\d")
#: What a speaker put out, owned by a pronoun ("his report", "their data").
_PRONOUN_OWNED = re.compile(r"(?P<owner>(?i:his|her|its|their))\s+(?:[\w-]+\s+){0,2}?(?i:figures|report|data|analysis|update|estimates?|assessment|statement|briefing|calculations|count|tally|words|findings|research|investigation|records)")
#: A pronoun after "according to" ("according to her").
_OBJECT_PRONOUN = re.compile(r"(?i:her|him|them|it)")
#: Words that make a phrase after "figures of" or "data from" the thing counted, not a source.
#: Source cues ending in "of" or "on", which may name what is counted rather than who counts it ("estimates of ...").
_OF_WHAT_IS_COUNTED = re.compile(r".*\b(?:of|on)\s*$", re.IGNORECASE | re.DOTALL)
_NOT_A_SOURCE = re.compile(r"\b(?:losses|casualties|killed|dead|wounded|deaths|soldiers|troops|personnel|tanks|equipment|vehicles|territory|land)\b", re.IGNORECASE)
#: Services, commands and units that speak for themselves ("the Ukrainian air force said",
#: "Ukraine's 110th Brigade said").
_SERVICE_RE = re.compile(
    r"\b(?:the\s+)?(?:Ukrainian|Ukraine['’]s|Russian|Russia['’]s)\s+(?:(?:southern|northern|eastern|western)\s+)?"
    r"(?:air\s+force|navy|air\s+defen[cs]e(?:\s+forces)?|(?:operational\s+)?command|border\s+(?:guard\s+service|guards?)|national\s+guard|"
    r"(?:military\s+)?intelligence(?:\s+(?:service|directorate))?|security\s+service|defen[cs]e\s+forces|"
    r"\d+(?:st|nd|rd|th)\s+(?:(?:separate|mechani[sz]ed|motori[sz]ed|assault|airborne|air\s+assault|marine|tank|artillery|"
    r"territorial\s+defen[cs]e|guards|jaeger|presidential)\s+){0,2}(?:brigade|regiment|battalion|division|army|corps))\b",
    re.IGNORECASE,
)
#: News outlets of neither side that relay or count figures (the claimant table knows the sides' own).
_FOREIGN_OUTLETS = (r"BBC|Reuters|CNN|AP|AFP|Associated\s+Press|Guardian|New\s+York\s+Times|NYT|Washington\s+Post|Wall\s+Street\s+Journal|WSJ|Bloomberg|"
                    r"Sky\s+News|Al\s+Jazeera|Financial\s+Times|Economist|Forbes|Newsweek|Politico|Axios|Welt|Die\s+Welt|Der\s+Spiegel|Spiegel|Le\s+Monde|NBC(?:\s+News)?|"
                    r"CBS(?:\s+News)?|ABC\s+News|Fox\s+News|Daily\s+Telegraph|Euronews|Deutsche\s+Welle|DW|RFE/RL|Radio\s+Liberty|Radio\s+Free\s+Europe|Times\s+of\s+London|"
                    r"Yle|NHK|Kyodo|Yonhap|Anadolu(?:\s+Agency)?|Xinhua|Bellingcat")
#: Every outlet named as a source: the foreign ones, the longer names first, and those the table knows.
_MEDIA = re.compile(rf"\b(?:BBC\s+Russian(?:\s+Service)?|BBC\s+Russia|the\s+Guardian|The\s+Economist|{_FOREIGN_OUTLETS}|"
                    r"TASS|RIA(?:\s+Novosti)?|Interfax|Ukrinform|Ukrainska\s+Pravda|Kyiv\s+Independent|Censor\.NET|Sputnik|Meduza|Mediazona)\b")
#: An outlet of neither side, whole ("the Financial Times").
_FOREIGN_OUTLET = re.compile(rf"(?:the\s+|The\s+)?(?:{_FOREIGN_OUTLETS})")
_OWN_ANALYSIS = re.compile(rf"(?:(?:an?|the|its)\s+)?(?P<outlet>{_MEDIA.pattern})(?:['’]s)?\s+(?:own\s+)?(?:analysis|count|tally|calculations?|review|investigation|estimates?|database)\b")
_PRONOUN_RE = re.compile(r"\b(?:(?P<person>he|she)|(?P<org>it|they|the\s+(?:Ukrainian\s+|Russian\s+)?(?:unit|brigade|battlegroup|command|ministry|department|agency|institute|think\s+tank|group|project)"
                         r"(?:['’]s\s+(?:[\w-]+\s+)?(?:press\s+(?:service|office)|spokes(?:man|woman|person)|analysts|experts|researchers|specialists))?|the\s+statement|the\s+report|the\s+message|the\s+military|(?:the|both)\s+(?:(?:two|three|media|news|independent)\s+){0,2}(?:outlets?|newspapers?|publications?)|the\s+army|the\s+data|the\s+figures|the\s+analysis|the\s+update|the\s+briefing|the\s+assessment|the\s+study|the\s+documents?))\s+(?:also\s+|further\s+|then\s+)?" + _SAY, re.IGNORECASE)
#: A document or source named with an indefinite article as the verb's own subject ("..., a new report
#: has indicated", "a study found"): a name before it does not speak (rule own_subject_of_the_verb).
#: ("a new report" is no verb of saying either: the noun ends the match, as the verb after it does.)
_INDEFINITE_SUBJECT = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:report|study|analysis|assessment|estimate|survey|investigation|review|document|paper)\b", re.IGNORECASE)
_THEN_SAYS = re.compile(r"\s+(?:(?:has|had|also)\s+)*" + _SAY, re.IGNORECASE)
#: The same speakers after an inverted verb of saying ("...," said the ministry; "...," added the brigade).
_INVERTED_PRONOUN = re.compile(r"\b(?:said|says|added|adds|wrote|writes|stated|noted|reported)\s+(?:(?P<person>he|she)|(?P<org>the\s+(?:Ukrainian\s+|Russian\s+)?"
                               r"(?:unit|brigade|battlegroup|command|ministry|department|agency|institute|think\s+tank|group|project|statement|report|"
                               r"data|figures|analysis|update|briefing|bulletin|summary)))\b(?!\s+(?:of|by|from|for)\b)", re.IGNORECASE)
_INVERTED_NEED = re.compile(r"\b(?:said|says|added|adds|wrote|writes|stated|noted|reported)\s+(?:the|he|she)\b", re.IGNORECASE)
_GENERIC_REF = re.compile(r"\b(?:a|the)\s+(?:representative|spokes(?:man|woman|person)|speaker|official)\s+(?:of|for|from)\s+the\s+\w+(?:\s+\w+)?"
                          r"|\b(?:the|its|their|this|that|these)\s+(?:(?:daily|latest|morning|evening|weekly|same|new|updated)\s+)?(?:report|bulletin|statement|update|briefing|summary|post|assessment|estimates?|analysis|data|figures|calculations|source)\b(?!\s+(?:of|by|from)\b)",
                          re.IGNORECASE)
_NOT_NAMES = re.compile(r"^(?:Defenders|Fighters|Soldiers|Troops|Servicemen|Occupiers|Invaders|Residents|Locals|Rescuers|Partisans|The|This|That|These|Those|In|On|At|As|But|And|However|Meanwhile|Speaking|According|Earlier|Later|Since|During|After|Before|Despite|Although|Though|While|Amid|Unlike|Given|Following|Including|Because|Whatever|Without|Yet|Still|Both|Neither|Either|Russian|Ukrainian|Russia|Ukraine|Moscow|Kyiv|Kremlin|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|January|February|March|April|May|June|July|August|September|October|November|December)\b")


@dataclass(frozen=True)
class Claimant:
    """Who a claim is attributed to, as resolved."""

    name: str  # canonical when known, else as written
    side: str
    known: bool
    as_written: str
    person: bool
    #: Named only by a country ("Russia announced"): less specific than any body or person.
    country_only: bool = False
    #: The side is a guess from the sentence around an unknown speaker (the ledger needs one), not
    #: told by the claimant table or the speaker's own words: "the enemy" it names has no side.
    side_guessed: bool = False
    #: The rule that told whose it is where the name did not ("ministry_of_the_other_side" for a bare
    #: ministry, "guessed_opposite_the_loser" for an unknown speaker's side); not part of its identity.
    rule: str = dataclasses.field(default="", compare=False)


_ORG_WORDS = re.compile(r"\b(?:Brigade|Battlegroup|Regiment|Battalion|Division|Corps|Group|Unit|Center|Centre|Ministry|Minstry|Staff|Forces|Army|Command|Service|Office|Department|Agency|Intelligence|Defen[cs]e|Government|Institute|Oryx|Times|News|Council|Kremlin|Ukraine|Russia|Federation|of|Post|Press|Pravda|Mail|Guardian|Independent|Novosti|Agence|Organi[sz]ation|Administration|Democrats|officials|Mapper|Wind|Tracker|Journal|Herald|Telegraph|Gazette|Tribune|TG24)\b",  # newspapers and bodies named like people ("The Kyiv Independent") are no "he" (rule outlet_not_a_person)
                        re.IGNORECASE)
_COUNTRY_ONLY = re.compile(r"^(?:Ukraine|Russia|Kyiv|Kiev|Moscow|Kremlin|the\s+Kremlin)$", re.IGNORECASE)
#: A ministry named without its country; "the General Staff" alone is Ukraine's (the claimant
#: table's alias): Russia's is named as such where it speaks.
_AGGRESSOR_WORD = re.compile(r"\b(?:the\s+)?aggressor(?:s|'s|’s)?\b(?!\s+(?:Ukraine|Kyiv|Kiev))", re.IGNORECASE)
_BARE_MINISTRY = re.compile(r"^(?:the\s+)?(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|defen[cs]e\s+department|MoD|top\s+brass)$", re.IGNORECASE)
#: A third country's name right before a bare "defence ministry" (the table knows "British
#: defence ministry" but not every spelling of the country).
#: ("the UK's Defense Ministry": a possessive country, as "Britain's", is the ministry's too.)
_ALLIED_COUNTRY = r"\b((?:UK|U\.K\.|US|U\.S\.)(?:['’]s)?|Britain['’]s|British|America['’]s|American)"
_COUNTRY_BEFORE_MINISTRY = re.compile(_ALLIED_COUNTRY + r"\s+$")
#: "the British Ministry of Defence (MoD)": the acronym in brackets is the ministry just named.
_COUNTRY_MINISTRY_BEFORE_ACRONYM = re.compile(_ALLIED_COUNTRY + r"\s+(?:Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry)\s*\(\s*$", re.IGNORECASE)
#: By the country's name as matched, lower case and without full stops ("U.K." is "uk").
_ALLIED_MINISTRY = {"uk": "UK Ministry of Defence", "britain's": "UK Ministry of Defence", "britain’s": "UK Ministry of Defence",
                    "british": "UK Ministry of Defence", "us": "US Department of Defense", "american": "US Department of Defense"}
_ALLIED_MINISTRY.update({country + ending: _ALLIED_MINISTRY[base] for country, base in (("uk", "uk"), ("us", "us"), ("america", "american"))
                         for ending in ("'s", "’s")})
_COUNTRY_MINISTRY = re.compile(r"\b(?:the\s+)?(Russian|Russia['’]s|Ukrainian|Ukraine['’]s)\s+(?:[Mm]inistry\b(?!\s+of\b)|MoD\b|MOD\b)")
_MINISTRY_BODY = re.compile(r"ministry|department", re.IGNORECASE)
_MINISTRY_NAME = re.compile(r"Ministry|Department|MoD")
_MINISTRY_MENTION = re.compile(r"\b(?:the\s+)?(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|[Dd]efen[cs]e\s+[Mm]inistry|MoD|top\s+brass)\b")


#: The British ministry's regular intelligence updates ("in its latest intelligence update", "Defence Intelligence update").
_INTELLIGENCE_UPDATE = re.compile(r"\b(?:[Dd]efen[cs]e\s+)?[Ii]ntelligence\s+(?:update|briefing)s?\b")
#: One side's own intelligence named as the source ("Ukrainian intelligence update"): the update is not the British one.
_SIDE_SOURCE = re.compile(r"\b(?:Ukrain\w*|Russia\w*|Kyiv['’]s|Moscow['’]s|Kremlin)\s+(?:[Dd]efen[cs]e\s+)?[Ii]ntelligence\b")
_RUSSIA_NAMED = re.compile(r"\b(?:Russia(?:n|'s|’s)?|Moscow(?:'s|’s)?|Kremlin)\b", re.IGNORECASE)
#: A possessive and the noun it qualifies right after a name ("Moscow|'s troops|").
_POSSESSIVE_NOUN = re.compile(r"['’]s\s+(?!(?:government|president|presidential|military|army|armed|forces|defen[cs]e|ministry|foreign|general|leader|"
                             r"leadership|prime|top|chief|commander|officials?|spokes\w+|intelligence|air|navy|authorities|office|security|state|own|"
                             r"envoy|ambassador|delegation|representatives?|side)\b)[a-z]")
#: A third country named alone as a speaker ("South Korea", "Poland").
_THIRD_COUNTRY_NAME = re.compile(r"(?:the\s+)?(?:Poland|Germany|France|Italy|Spain|Netherlands|Belgium|Denmark|Sweden|Norway|Finland|Estonia|Latvia|Lithuania|Czechia|"
                                 r"Slovakia|Romania|Hungary|Bulgaria|Moldova|Canada|Australia|Japan|South\s+Korea|Israel|Turkey|T[uü]rkiye|China|India|Switzerland|"
                                 r"Ireland|Austria|Seoul|Tokyo|Warsaw|Berlin|Paris|Ankara|Beijing)")
#: Bloggers and war reporters ("milblogger", "war correspondent", "a Telegram channel").
_BLOGGER = re.compile(r"\b(?:(?:mil|military\s+|war\s+)?bloggers?|milbloggers?|war\s+(?:correspondents?|reporters?)|voenkors?|Telegram\s+channels?)\b", re.IGNORECASE)
#: The same words right before a name ("military blogger Rybar", "war correspondent X, ").
_BLOGGER_BEFORE = re.compile(r"\b(?:(?:mil|military\s+|war\s+)?bloggers?|milbloggers?|war\s+(?:correspondents?|reporters?)|blogs?\s+under\s+the\s+name|known\s+as)\s*,?\s*$", re.IGNORECASE)
#: Third-party words that name only a role, which a side named with it overrides ("a Russian military blogger").
_THIRD_PARTY_ROLE = re.compile(r"analysts?|bloggers?|think[\s-]tanks?", re.IGNORECASE)


_COUNTRY_SERVICE = re.compile(r"\s+(?:military|army|armed\s+forces|air\s+force|navy|defen[cs]e\s+forces)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _close_key(key: str, index_id: int) -> str | None:
    """The claimant table's name a long name is a typo of ("British Defence Minstry"), if any."""
    names, alphabet, counts, lengths = _letter_counts(index_id)
    wanted = np.zeros(len(alphabet), dtype=np.int32)
    for ch in key:
        if ch in alphabet:
            wanted[alphabet[ch]] += 1
    # Only names sharing enough letters with it can be that close: difflib's quick_ratio (the
    # letters two strings share, counted with repeats), a bound of its ratio, for all names at
    # once; difflib then compares the few left letter by letter. A new name cost milliseconds.
    bound = 2.0 * np.minimum(counts, wanted).sum(axis=1) / (len(key) + lengths)
    close = difflib.get_close_matches(key, [names[i] for i in np.flatnonzero(bound >= 0.92)], n=1, cutoff=0.92)
    return close[0] if close else None


@functools.lru_cache(maxsize=2)
def _letter_counts(index_id: int) -> tuple[list[str], dict[str, int], np.ndarray, np.ndarray]:
    """The claimant table's names, their alphabet, and how often each letter is in each name."""
    names = list(claimant_pattern()[0])
    alphabet = {ch: i for i, ch in enumerate(sorted({ch for name in names for ch in name}))}
    counts = np.zeros((len(names), len(alphabet)), dtype=np.int32)
    for row, name in enumerate(names):
        for ch in name:
            counts[row, alphabet[ch]] += 1
    return names, alphabet, counts, np.array([len(name) for name in names])


def resolve_name(text: str, context: str = "", fuzzy: bool = True) -> Claimant:
    """The claimant a name or phrase refers to: canonical when the claimant table knows it
    (typos in long names tolerated), else as written, with the side the sentence suggests."""
    # A sentence's mentions are resolved by several stages: once each, until the table changes.
    return _resolve(text, context, fuzzy, id(claimant_pattern()[0]))


@functools.lru_cache(maxsize=2048)
def _resolve(text: str, context: str, fuzzy: bool, index_id: int) -> Claimant:
    index, _ = claimant_pattern()
    head, _, capital = text.strip().rpartition(" in ")
    if capital.lower() in _MINISTRY_OF_CAPITAL and _BARE_MINISTRY.match(head) and claimant_key(_MINISTRY_OF_CAPITAL[capital.lower()]) in index:
        # "the Defense Ministry in Moscow" as a whole name: the ministry of that capital (rule ministry_in_its_capital)
        name, side = index[claimant_key(_MINISTRY_OF_CAPITAL[capital.lower()])]
        return Claimant(name, side, True, text, person=False, rule="ministry_in_its_capital")
    if _BARE_MINISTRY.match(text.strip()):
        # "the Defense Ministry said": whose ministry is told by the sentence around it. The words
        # only one side uses of the other say who speaks ("occupiers", "invaders", "rashists":
        # Ukraine; "the Kiev regime", "neo-Nazis": Russia; rule speaker_words); else the side the
        # sentence says lost tells it, as a ministry reports the enemy's losses (rule
        # ministry_of_the_other_side); else the first country named decides.
        russian, ukrainian = _RUSSIA_NAMED.search(context), lx.UKRAINIAN_RE.search(context)
        rule = ""
        if _INTELLIGENCE_UPDATE.search(context) and not _SIDE_SOURCE.search(context):
            # "In an intelligence update, the MoD said": the British ministry's daily Defence Intelligence
            # update, never one side's ministry guessed from whose losses it names (rule ministry_of_the_intelligence_update).
            name, side = index[claimant_key("UK Ministry of Defence")]
            return Claimant(name, side, True, text, person=False, rule="ministry_of_the_intelligence_update")
        if lx.UKRAINIAN_WORDS_FOR_RUSSIANS_RE.search(context) or _AGGRESSOR_WORD.search(context):
            # ("the aggressor's manpower": Kyiv's word for Russia; neither Moscow's ministry nor London's
            # update calls a side that, so a bare ministry using it is Ukraine's.)
            russian, ukrainian, rule = None, True, "speaker_words"
        elif lx.RUSSIAN_WORDS_FOR_UKRAINIANS_RE.search(context):
            russian, ukrainian, rule = True, None, "speaker_words"
        elif len(losers := sides.losers_named(context) if context else frozenset()) == 1:
            russian, ukrainian = (None, True) if "russia" in losers else (True, None)
            rule = "ministry_of_the_other_side"
        if russian and (not ukrainian or russian is True or ukrainian is not True and russian.start() < ukrainian.start()):
            text = "Russian Ministry of Defence"
        elif ukrainian:
            text = "Ukrainian Ministry of Defence" if any(w in text.lower() for w in ("ministry", "department", "mod")) else "General Staff"
        if rule and claimant_key(text) in index:
            name, side = index[claimant_key(text)]
            return Claimant(name, side, True, text, person=False, rule=rule)
    key = claimant_key(text)
    if key not in index and " intel" in key:
        key = _INTEL.sub("intelligence", key)  # "British intel": the table spells it out (rule intel_abbreviation)
    if key not in index:  # "the air force" is itself an alias; "the Pentagon" is "Pentagon"
        key = _LEADING_ARTICLE.sub("", key)
    if key not in index:
        # "Ukraine military", "Russia army": the country's adjective is how the table names it.
        adjectival = _COUNTRY_NOUN.sub(lambda m: {"ukraine": "ukrainian", "russia": "russian"}[m.group(1)], key)
        key = adjectival if adjectival in index else key
    if fuzzy and key not in index and len(key) > 12:
        # Tolerate a typo in a long name ("British Defence Minstry"), but not a minister read as a
        # ministry: the person who holds the office is no body (rule minister_not_ministry).
        close = _close_key(key, id(index))
        if close and not (key.endswith("minister") and close.endswith("ministry") or key.endswith("ministry") and close.endswith("minister")):
            key = close
    if key in index:
        name, side = index[key]
        return Claimant(name, side, True, text, person=" " in name and not _ORG_WORDS.search(name),
                        country_only=bool(_COUNTRY_ONLY.match(text.strip())))
    side, guessed, rule = "unknown", True, ""  # nothing to go on: no side (rule no_side_told)
    around = context or text
    own = _SIDE_NAMED.search(text)
    own = own if own and not _ENEMY_WORD.match(own.group()) else None
    third = _THIRD_PARTY_WORDS.search(text)
    losers = sides.losers_named(context) if context else frozenset()
    if not own and _BLOGGER.search(text) and not _MEDIA.search(text) and (not third or _THIRD_PARTY_ROLE.fullmatch(third.group())):
        # "one military blogger", "war correspondents": a blogger or war reporter whose country the text does
        # not give speaks for no side we can tell, neither a third party nor the side opposite the loser
        # (rule blogger_no_side).
        return Claimant(text.strip(), "unknown", False, text, person=bool(_TWO_NAMES.match(text.strip())) and not _ORG_WORDS.search(text),
                        side_guessed=True, rule="blogger_no_side")
    if _THIRD_COUNTRY_NAME.fullmatch(text.strip()):
        # "South Korea said", "Poland's army": a third country speaks for itself (rule third_country_speaks).
        return Claimant(text.strip(), "third_party", False, text, person=False)
    if not own and _FOREIGN_OUTLET.fullmatch(text.strip()):
        # "Welt reported", "the Financial Times reported": a foreign news outlet the claimant table does
        # not know speaks for neither side (rule foreign_outlet); the sides' state media are in the table.
        side, guessed = "third_party", False
    elif not own and _DEFENSE_DEPARTMENT_ROLE.search(text):
        # "a senior Defense Department official": the US department's own people, a third party,
        # not a side guessed opposite the loser (rule defense_department_role).
        side, guessed, rule = "third_party", False, ""
    elif (regional := _side_of_region_role(text, context)) is not None:
        # "the head of the Odesa Regional Military Administration", "the governor of the southern
        # Mykolaiv region": an office only Ukraine has, or the governor of a region only one side
        # governs, is that side's (rule regional_office)
        side, guessed, rule = regional, False, ""
    elif third and not (own and _THIRD_PARTY_ROLE.fullmatch(third.group())):
        # "a British analyst", "U.S. officials"; "a Russian military blogger" is Russia's.
        side, guessed = "third_party", False
    elif (titled := _side_of_title_before(text, context)) is not None:
        # "Russian Defence Minister <a name the table lacks> said": the title's side is the
        # speaker's, not a guess from the losses named (rule side_of_the_title).
        side, guessed, rule = titled, False, ""
    elif lx.UKRAINIAN_WORDS_FOR_RUSSIANS_RE.search(around):
        side, guessed = "ukraine", False  # who says "occupiers" or "invaders" speaks for Ukraine
    elif lx.RUSSIAN_WORDS_FOR_UKRAINIANS_RE.search(around):
        side, guessed = "russia", False  # who says "the Kiev regime" or "neo-Nazis" speaks for Russia
    elif own:
        side, guessed = ("russia" if lx.RUSSIAN_RE.match(own.group()) else "ukraine"), False  # "a Ukrainian commander"
    elif _ANALYSTS.search(text):
        # "according to a chart from the intelligence update", "the researchers said", "their findings":
        # analysts, studies and what they put out count losses for no side of their own; no side is
        # guessed opposite the loser (rule analysts_no_side).
        side, rule = "unknown", "analysts_no_side"
    elif len(losers) == 1:
        # "Russia lost 12 tanks, a local official said": who reports one side's losses is mostly
        # the other side (rule guessed_opposite_the_loser); still a guess.
        side, rule = ("ukraine" if "russia" in losers else "russia"), "guessed_opposite_the_loser"
    # Russia merely named in the sentence ("45,000 Russian soldiers were killed, the journalists said")
    # is what is spoken of as often as who speaks: no side (rule no_side_told).
    return Claimant(text.strip(), side, False, text, person=bool(_TWO_NAMES.match(text.strip())) and not _ORG_WORDS.search(text), side_guessed=guessed,
                    rule=rule if guessed else "")


#: Analysts, researchers and what they put out ("a chart", "their findings", "the study"): speakers
#: of no side a text would tell by the losses they count (rule analysts_no_side).
_ANALYSTS = re.compile(r"\b(?:analysts?|researchers?|experts?|scholars?|statisticians?|demographers?|journalists?|investigators?|think\s+tanks?|institute|university|"
                       r"charts?|graphs?|graphics?|findings|stud(?:y|ies)|research|investigation|statistics|calculations|model)\b", re.IGNORECASE)


#: A side's title right before a person's name ("Russian Defence Minister |X", "Ukraine's deputy
#: defence minister |X", "a Ukrainian military spokesman, |X").
_SIDE_TITLE_BEFORE = re.compile(rf"\b(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:[A-Za-z-]+\s+){{0,3}}?"
                                rf"(?:{_TITLE}|(?i:minister|official|commander|general|spokes(?:man|woman|person)|advis[eo]r|governor|lawmaker|deputy|colonel|officer|blogger))\s*,?\s+$")


def _side_of_title_before(name: str, context: str) -> str | None:
    """The side of a title written right before ``name`` in ``context`` (never "enemy")."""
    at = context.find(name.strip()) if context and name.strip() else -1
    m = _SIDE_TITLE_BEFORE.search(context, max(0, at - 70), at) if at > 0 else None
    if not m or _ENEMY_WORD.match(m.group("side")):
        return None
    return "russia" if lx.RUSSIAN_RE.match(m.group("side")) else "ukraine"


#: Offices only Ukraine has ("the Odesa Regional Military Administration", "the head of the RMA", "the oblast state
#: administration", "Air Command South", "the Sumy Regional Air Defence Command").
_UKRAINIAN_OFFICE = re.compile(r"\b(?:(?:regional|oblast|city|district)\s+(?:military|state)\s+administration|military\s+administration\s+of\s+the\s+[\w-]+\s+(?:region|oblast)"
                               r"|air\s+command\s+(?:south|east|west|north|cent(?:re|er))|regional\s+air\s+defen[cs]e\s+command)\b", re.IGNORECASE)
#: "Kyiv's military administration", "the Kharkiv city military administration": a city's or region's office.
_CITY_ADMINISTRATION = re.compile(r"(?:\b[Tt]he\s+)?\b(?!(?:Russia|Ukraine|Moscow|Kremlin)\b)[A-Z][\w'’-]+(?:['’]s)?\s+(?:(?:city|regional|oblast|district)\s+)?(?:military|state)\s+administration\b")
_UKRAINIAN_OFFICE_SHORT = re.compile(r"\b(?:RMA|OVA|ODA)\b")
#: The governor or head of a named region ("the governor of the southern Mykolaiv region", "the
#: governor of the central region of Cherkasy", "Poltava regional governor", "Chernihiv governor").
_REGION_GOVERNOR = re.compile(r"\b(?:governor|head|chief)\s+of\s+(?:the\s+)?(?:[a-z-]+ern\s+|central\s+)?(?:(?P<a>[A-Z][\w’'-]+)\s+(?:region|oblast|province)|(?:region|oblast|province)\s+of\s+(?P<b>[A-Z][\w’'-]+))"
                              r"|\b(?!(?:The|A|An|Its|Their|His|Her|Regional|Oblast|Local)\b)(?P<c>[A-Z][\w’'-]+)(?:\s+(?:regional|oblast))?\s+governor\b")


def _side_of_region_role(name: str, context: str) -> str | None:
    """The side of a regional office in the name as written or right before it (rule regional_office):
    a Ukrainian-only office is Ukraine's; the governor of a region Russia holds no part of, Ukraine's;
    of a region of Russia, Russia's. Contested regions have governors on both sides: no side."""
    at = context.find(name.strip()) if context and name.strip() else -1
    text = (context[max(0, at - 80):at] if at > 0 else "") + " " + name
    if (_UKRAINIAN_OFFICE.search(text) or _UKRAINIAN_OFFICE_SHORT.search(text)) and not _RUSSIA_NAMED.search(text):
        return "ukraine"
    m = None
    for m in _REGION_GOVERNOR.finditer(text):
        pass
    if not m:
        return None
    region = m.group("a") or m.group("b") or m.group("c")
    if sides.a_region_russia_holds_none_of(region):
        return "ukraine"
    return "russia" if sides.a_place_in_russia(region) else None


#: A capital right after a bare ministry ("the Defence Ministry| in Moscow|"): the ministry is that country's.
_MINISTRY_OF_CAPITAL = {"moscow": "Russian Ministry of Defence", "kyiv": "Ukrainian Ministry of Defence", "kiev": "Ukrainian Ministry of Defence",
                        "london": "UK Ministry of Defence", "washington": "US Department of Defense"}
_CAPITAL_AFTER_MINISTRY = re.compile(rf"\s+in\s+({'|'.join(capital.capitalize() for capital in _MINISTRY_OF_CAPITAL)})\b")


def _with_country(sentence: str, start: int, end: int) -> tuple[int, int, str, bool]:
    """A known mention; a bare "defence ministry" after a third country's name ("the UK defence
    ministry") is that country's, not one guessed from the sentence; one followed by its capital
    ("the Defence Ministry in Moscow said") is that capital's country's (rule ministry_in_its_capital)."""
    text = sentence[start:end]
    capital = _CAPITAL_AFTER_MINISTRY.match(sentence, end) if _BARE_MINISTRY.match(text) else None
    if capital:
        return start, capital.end(), _MINISTRY_OF_CAPITAL[capital.group(1).lower()], True
    country = (_COUNTRY_BEFORE_MINISTRY.search(sentence, max(0, start - 12), start) or _COUNTRY_MINISTRY_BEFORE_ACRONYM.search(sentence, max(0, start - 60), start)
               if _BARE_MINISTRY.match(text) else None)
    if country:
        return country.start(), end, _ALLIED_MINISTRY[country.group(1).replace(".", "").lower()], True
    return start, end, text, True


#: Between a named body and its abbreviation in parentheses ("UK Ministry of Defence| (|MoD)").
_ABBREVIATION_GAP = re.compile(r"\s*\(\s*")
_INTEL = re.compile(r"\bintel\b")
_DOTTED_COUNTRY = re.compile(r"\bU\.([SK])\.")


def _undotted_spans(text: str, pattern, index) -> list[tuple[int, int]]:
    """Name spans as :func:`guard.name_spans` finds them, with "U.K." and "U.S." read as "UK" and
    "US" (the claimant table's keys drop the dots), mapped back to the text's own offsets
    (rule dotted_country: "U.K. military intelligence" is "UK military intelligence")."""
    if "U." not in text or not _DOTTED_COUNTRY.search(text):
        return guard.name_spans(text, pattern, index)
    kept = [i for i in range(len(text)) if not (text[i] == "." and _DOTTED_COUNTRY.match(text, i - 3 if text[i - 1] in "SK" else i - 1))]
    plain = "".join(text[i] for i in kept)
    return [(kept[s], kept[e - 1] + 1) for s, e in guard.name_spans(plain, pattern, index)]


#: A capitalised first name right before a known surname ("Oleg| Sinegubov").
_GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w'’.-]){_NAME}\s+$")


def mentions_in(sentence: str) -> list[tuple[int, int, str, bool]]:
    """Claimant mentions in a sentence: (start, end, text, known by the claimant table)."""
    index, pattern = claimant_pattern()
    out = []
    normalised = sentence.replace("’", "'")
    for start, end in _undotted_spans(normalised, pattern, index):
        service = _COUNTRY_SERVICE.match(sentence, end)
        if service and _COUNTRY_ONLY.match(normalised[start:end]):
            # "Ukraine military says": the country's military speaks, not its government.
            out.append((start, service.end(), sentence[start:service.end()], False))
            continue
        given = _GIVEN_NAME_BEFORE.search(sentence, max(0, start - 25), start) if " " not in normalised[start:end] else None
        if given and given.group().strip().lower() not in _TITLE_WORDS and not _NOT_NAMES.match(given.group()):
            # "the head of the Kharkiv MA, Oleg Sinegubov, said": a known surname written with a first name
            # the table does not list, which read in full is the same known person, is named in full
            # (rule given_name_of_a_known_surname).
            full, alone = resolve_name(sentence[given.start():end].replace("’", "'")), resolve_name(normalised[start:end])
            if alone.person and full.known and full.name == alone.name:
                out.append((given.start(), end, sentence[given.start():end], True))
                continue
        out.append(_with_country(sentence, start, end))
    places, _ = place_index()
    for start, end, name in _person_names(sentence):
        if _NOT_NAMES.match(name) or name.lower() in places or any(s < end and start < e for s, e, _, _ in out):
            continue
        if _NOT_A_PERSON_END.search(name) or _PLACE_BEFORE.search(sentence, max(0, start - 30), start):
            continue  # "the village of Zakhan Yurt", "near Nova Kakhovka": a place the gazetteer does not know
        org = _ORG_NAME_BEFORE.search(sentence, max(0, start - 80), start)
        if org:
            # "The Ukrainian Media Initiative for Human Rights said": the body's whole name speaks, not "Human
            # Rights" as a person (rule org_name_goes_on).
            org_start = org.start() + (4 if sentence.startswith(("The ", "the "), org.start()) else 0)
            if not any(s < end and org_start < e for s, e, _, _ in out):
                out.append((org_start, end, sentence[org_start:end], False))
            continue
        out.append((start, end, name, False))
    for m in _HONORIFIC.finditer(sentence) if any(h in sentence for h in _HONORIFIC_WORDS) else ():
        # "Mr Wallace": a surname with its honorific; resolved to the person named before.
        if not any(s < m.end() and m.start() < e for s, e, _, _ in out):
            out.append((m.start("surname"), m.end(), m.group("surname"), False))
    low = guard.lowered(sentence)
    for m in _HEAD_OF.finditer(sentence) if "of" in sentence and guard.may_match(_HEAD_OF_NEED, low) else ():
        # "the head of the Russian Defence Ministry": the person who heads it, not the body.
        out = [x for x in out if not (m.start() <= x[0] and x[1] <= m.end())]
        if not _APPOSITIVE_NAME.match(sentence, m.end()):  # "The Chief of X, Valery Gerasimov, said": the named person speaks
            out.append((m.start(), m.end(), m.group(), False))
    for m in _REPUBLIC_LEADER.finditer(sentence) if "Republic" in sentence else ():
        # "the leader of the eastern Ukrainian self-proclaimed Donetsk People's Republic (DPR) said": its
        # leader speaks, the words and abbreviation between aside; a place "in the ... Republic" does not
        # (rule leader_of_a_republic).
        if not _APPOSITIVE_NAME.match(sentence, m.end()):
            out = [x for x in out if not (m.start() <= x[0] and x[1] <= m.end())]
            out.append((m.start(), m.end(), f"{m.group('role').lower()} of the {m.group('republic')}", False))
    # Each of its spellings holds "inistry": most sentences are passed over by that test alone.
    for m in _MINISTRY_MENTION.finditer(sentence) if "inistry" in sentence or "MoD" in sentence or "top brass" in sentence else ():
        if any(k and _ABBREVIATION_GAP.fullmatch(sentence, e, m.start()) for _, e, _, k in out):
            continue  # "the UK Ministry of Defence (MoD) said": the body's own abbreviation, not another ministry (rule abbreviation_of_the_body)
        if not any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _, _ in out):
            placed = _with_country(sentence, m.start(), m.end())
            out = [x for x in out if not (placed[0] <= x[0] and x[1] <= placed[1])]  # "in Moscow" within "the Ministry in Moscow"
            out.append(placed)
    for m in _SIDE_MILITARY.finditer(sentence) if "ussia" in sentence or "krain" in sentence else ():
        # The country inside "Russia's army said" is not the speaker: its military is; "Ukrainian
        # forces said" is Ukraine's military (rule side_military_speaks).
        out = [x for x in out if not (m.start() <= x[0] < m.end())]
        out.append((m.start(), m.end(), "Russian Ministry of Defence" if m.group(1).startswith("Russia") else "Ukrainian military", True))
    for m in _COUNTRY_MINISTRY.finditer(sentence) if "inistry" in sentence or "MoD" in sentence or "MOD" in sentence else ():
        # "the Russian ministry said", "Russia's MoD" in war reporting is the defence ministry of that
        # country: it replaces the country and the bare ministry inside it, never a longer name around it.
        if not any(s < m.start() < e or (s <= m.start() and m.end() < e) for s, e, _, _ in out):
            out = [x for x in out if not (m.start() <= x[0] < m.end())]
            out.append((m.start(), m.end(), ("Russian" if m.group(1).lower().startswith("russia") else "Ukrainian") + " Ministry of Defence", True))
    low = sentence.lower() if low is None else low
    for m in (_roles(sentence) if any(stem in low for stem in _ROLE_STEMS) else ()):
        lead = _LEADING_CONJUNCTION.match(sentence, m.start())
        if lead and lead.end() < m.end():
            # "As analysts note, ...": the conjunction that opens the clause is no part of who speaks (rule conjunction_not_speaker).
            m = _ROLE_RE.match(sentence, lead.end()) or m
        text = m.group().strip()
        # A bare plural or a capitalised phrase ("U.S. officials", "Western officials") speaks;
        # a bare singular noun ("source said") is not a speaker without its article.
        bare_plural = _BARE_PLURAL_ROLE.fullmatch(text) and not _OWNER_BEFORE.search(sentence, max(0, m.start() - 20), m.start())
        if not (_ROLE_START.match(text) or " " in text or bare_plural):
            continue
        if _COUNTED_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
            continue  # "57,000 Russian soldiers": the people counted, not a speaker
        if _BARE_SERVICE.fullmatch(text):
            continue  # "the intelligence service said": the body named before, read as a definite body
        if _INTELLIGENCE_BODY.search(text) and \
                any(x[3] and m.start() <= x[0] and x[1] <= m.end() for x in out):
            continue  # "UK intelligence services": the known body inside speaks
        # An unnamed source or official inside an institution the claimant table knows speaks
        # for it ("a source in the General Staff", "a representative of the Defence Ministry").
        inside = _INSIDE_BODY.search(text)
        body = claimant_pattern()[1].search(inside.group("body").replace("’", "'")) if inside else None
        if body and not _COUNTRY_ONLY.match(body.group()):
            out = [x for x in out if not (m.start() <= x[0] and x[1] <= m.end())]
            out.append((m.start(), m.start() + len(text), body.group(), True))
            continue
        # A role and the name of whom it serves ("an adviser to Zelensky"): the role speaks.
        out = [x for x in out if not (m.start() <= x[0] and x[1] <= m.end())]
        if not any(s <= m.start() < e for s, e, _, _ in out):
            out.append((m.start(), m.start() + len(text), text, False))
    for m in (_NAMED_SUBJECT.finditer(sentence) if any(v in sentence for v in _NAMED_SUBJECT_VERBS) else ()):
        name = _LEADING_THE.sub("", m.group("name"))
        if _PRONOUNS.match(name) or _ADJECTIVES.fullmatch(name) or _NOT_NAMES.match(name) and not _COUNTRY_ONLY.match(name) or any(s < m.end("name") and m.start("name") < e for s, e, _, _ in out):
            continue
        if _NOUN_NOT_VERB.match(sentence, m.end()) and m.group().endswith(("reports", "estimates", "claims", "puts")):
            continue  # "Preliminary reports indicated ...": "reports" is the noun the word before qualifies, no verb (rule report_noun_not_verb)
        title = _OFFICE_OF_BEFORE.search(sentence, max(0, m.start("name") - 30), m.start("name"))
        if title:
            # "The Head of State said": the office speaks, not "State" (rule office_of_a_state).
            if not any(s < m.end("name") and title.start() < e for s, e, _, _ in out):
                out.append((title.start(), m.end("name"), sentence[title.start():m.end("name")], False))
            continue
        if name.lower() in places and _PLACE_BEFORE.search(sentence, max(0, m.start("name") - 30), m.start("name")):
            continue  # "the administration in Zaporizhzhia said": where the speaker is, not who
        out.append((m.start("name"), m.end("name"), m.group("name"), False))
    for m in _POSSESSED_BODY.finditer(sentence) if ("its " in sentence or "their " in sentence) else ():
        # "Ukraine shot down 14 drones launched by Russia, its air force said": the body of the
        # sentence's subject, the country named first, speaks (rule body_of_the_subject).
        country = _SIDE_NAMED.search(sentence, 0, m.start())
        if country is None:
            continue
        word = country.group()
        if word.lower().startswith(("enemy", "adversar", "aggressor")) or lx.UKRAINIAN_WORDS_FOR_RUSSIANS_RE.match(word):
            continue  # "the occupiers ..., their command said": a word for the other side names no speaker's country
        body = m.group("body").lower()
        if re.fullmatch(r"military|army|armed\s+forces", body):
            body = "ministry of defence" if lx.RUSSIAN_RE.match(word) else "military"  # as "the Russian military said" is read
        c = resolve_name(("Russian " if lx.RUSSIAN_RE.match(word) else "Ukrainian ") + body)
        if c.known:
            out = [x for x in out if not (m.start() <= x[0] < m.end())]
            out.append((m.start(), m.end(), c.name, True))
    for m in _CITY_ADMINISTRATION.finditer(sentence) if "administration" in sentence else ():
        # "Kyiv's military administration said": the city's office speaks, not the government the city's
        # name stands for (rule city_military_administration).
        out = [x for x in out if not (m.start() <= x[0] and x[1] <= m.end())]
        if not any(s < m.end() and m.start() < e for s, e, _, _ in out):
            out.append((m.start(), m.end(), m.group(), False))
    for m in _SERVICE_RE.finditer(sentence):
        # "Ukraine's 110th Brigade" speaks, not "Ukraine" within it.
        out = [x for x in out if not (m.start() <= x[0] and x[1] <= m.end())]
        if not any(s <= m.start() < e for s, e, _, _ in out):
            out.append((m.start(), m.end(), m.group(), False))
    if "-" in sentence or "–" in sentence:
        # "a UK-made AS-90 howitzer", "US-supplied guns": the country a weapon comes from speaks for
        # nothing (rule country_of_manufacture).
        out = [x for x in out if not _MADE_IN_AFTER.match(sentence, x[1])]
    return _parts_speak(sorted(out), sentence)


#: A body's name before a "for"/"of" that goes on in capitalised words ("The Ukrainian Centre for| Civil Liberties").
_ORG_NAME_BEFORE = re.compile(rf"(?:\b[A-Z][\w'’&-]*\s+){{0,4}}{lx.ORG_HEAD_WORDS}\s+(?:for|of|on|against)\s+(?:the\s+)?$")

#: A conjunction or adverb opening a clause, capitalised at a sentence's start ("As| analysts note").
_LEADING_CONJUNCTION = re.compile(r"(?:As|But|And|So|Yet|However|Meanwhile|While|When|If|Since|Though|Although|Because|Then|Now|Also|Still|Moreover|Thus)\s+(?=[a-z])")

#: After a noun that looks like a verb of saying, the verb it is the subject of ("Preliminary reports| indicated").
_NOUN_NOT_VERB = re.compile(r"\s+(?:said|say|says|indicated|indicate|indicates|suggest|suggests|suggested|show|shows|showed|shown|put|state|states|stated|were|are|have|had)\b")
#: An office right before the capitalised word after it ("the Head of| State", "Chief of| Staff").
_OFFICE_OF_BEFORE = re.compile(r"(?:\b[Tt]he\s+)?\b(?:Head|Chief|Leader)\s+of\s+(?:the\s+)?$")

#: Reports that no one is named for, as the subject of a verb of saying ("Preliminary reports indicated").
_UNNAMED_REPORTS = re.compile(r"\b(?i:preliminary|initial|early|earlier|unconfirmed|first|media|news|press|local)\s+(?:reports|data|information)\s+"
                              r"(?:indicated|indicate|indicates|said|say|suggest|suggests|suggested|show|shows|showed|stated|state|states)\b"
                              # "On 17 May it became known that ...": known from no one named, so no speaker before is
                              # carried over (rule became_known_no_speaker). ("reportedly" is not: an article relaying a
                              # bulletin writes it of the bulletin's figures.)
                              r"|\b(?i:it)\s+(?:became|has\s+become|had\s+become)\s+known\b")

#: A body's name going on with "of" ("Armed Forces| of Ukraine").
_OF_AFTER = re.compile(r"\s+of\b")

#: Right after a country's name, the word that makes it where a weapon comes from ("UK|-made").
_MADE_IN_AFTER = re.compile(rf"\s*[-‐‑–]\s*{lx.MADE_IN}\b", re.IGNORECASE)

#: Between a body and the larger one it is part of ("the Air Force of the Armed Forces of Ukraine",
#: "the Marine Corps Command of the Navy of the Armed Forces of Ukraine").
_PART_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,3}")


def _parts_speak(out: list, sentence: str) -> list:
    """A known body named as part of a larger one of the same side speaks, not the larger one
    (rule part_of_a_body): the larger one is dropped and the part's mention runs over it."""
    merged: list = []
    for m in out:
        if merged and merged[-1][3] and m[3] and _PART_OF.fullmatch(sentence, merged[-1][1], m[0]):
            part, whole = resolve_name(merged[-1][2], sentence), resolve_name(m[2], sentence)
            if part.known and whole.known and not part.person and not whole.person and part.side == whole.side and part.name != whole.name:
                merged[-1] = (merged[-1][0], m[1], merged[-1][2], True)
                continue
        merged.append(m)
    return merged


#: A capitalised name right before a verb of saying ("The Pentagon estimates", "the White House
#: said"): an institution the claimant table may not know.
_PRONOUNS = re.compile(r"^(?:He|She|It|They|We|I|You|This|That|These|Those|Its|His|Her|Their|Our)\b")
_ADJECTIVES = re.compile(r"(?:Western|Russian|Ukrainian|British|American|European|Official|Independent|Military|Intelligence|Recent|Latest|Earlier|Previous|Other)")
_NAMED_SUBJECT = re.compile(
    r"(?P<name>(?:[Tt]he\s+)?(?:[A-Z][\w.'’&-]*\s+){0,3}[A-Z][\w.'’&-]*)\s+(?:(?:also|has|have|had|previously|earlier|then|now)\s+)?"
    r"(?:said|says|estimates|estimated|reported|reports|announced|claimed|claims|assessed|assesses|believes|stated|wrote|put|puts|assured|told|"
    r"emphasi[sz]ed|stressed|noted|added|insisted|explained|conceded|acknowledged|admitted|boasted)\b")
_NAMED_SUBJECT_VERBS = ("said", "says", "estimate", "report", "announced", "claim", "assess", "believes", "stated", "wrote", "put", "assured", "told",
                        "emphasi", "stressed", "noted", "added", "insisted", "explained", "conceded", "acknowledged", "admitted", "boasted")
_INVERTING = re.compile(r"^(?:said|says|say|wrote|added|stated)$", re.IGNORECASE)  # "told X": X listens
#: Verbs of saying that invert only after a quote or a comma ('"...," noted Zelensky', '..., insisted the
#: minister'; rule inverted_after_quote): elsewhere the name after them is what is said.
_INVERTING_AFTER_QUOTE = re.compile(r"^(?:noted|insisted|posted|tweeted|explained|continued|concluded|declared|conceded|boasted|admitted|acknowledged|"
                                    r"warned|stressed|emphasi[sz]ed|recalled|remarked|reiterated|claimed|reported|announced|estimated|confirmed|asserted|argued)$", re.IGNORECASE)
_QUOTE_OR_COMMA_BEFORE = re.compile(r"[,\"”]\s*$")
_CLAUSE_START = re.compile(r"[.;:“”\"]|\b(?:after|before|while|when|as|but|and\s+then|that)\b", re.IGNORECASE)


#: The end of a role phrase before the name of who holds it ("The governor of Ukraine's Sumy| region, |Oleh Hryhorov").
_ROLE_TAIL = re.compile(r"[\w'’ -]{0,20},\s*")


#: A relative clause set off by commas right before a verb of saying ("X|, which borders Russia, |said").
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose|where)\s[^,.;:\"“”]{1,80},\s*$", re.IGNORECASE)


#: Military and civil titles between an inverted verb of saying and the name ("said |Brigadier General |X").
_TITLES_BETWEEN = re.compile(r"\s+(?:(?:(?:Colonel|Lieutenant|Vice|Rear)-(?:General|Colonel|Admiral)|Brigadier|Colonel|Col\.|Lt\.|Lieutenant|Major|General|Gen\.|Maj\.|Admiral|Commander|Captain|Capt\.|Sergeant|Sgt\.|"
                             r"Deputy|Defen[cs]e|Foreign|Prime|Minister|Governor|Mayor|Senior|Spokes(?:man|woman|person)|Chief|Head)\s+){1,4}")


#: Between an inverted verb of saying and the name, a role in a body named in capitals ("said |First
#: Deputy Chief of the General Staff of the Armed Forces of the Russian Federation Col. General |Sergei
#: ..."): the name after it speaks (rule title_before_name, a role in a body).
_ROLE_IN_A_BODY_BETWEEN = re.compile(r"\s+(?:(?:First|Deputy|Acting|Former)\s+){0,2}(?:Chief|Head|Commander|Commander-in-Chief|Director|Spokes(?:man|woman|person))\s+of\s+(?:the\s+)?"
                                     r"(?:[A-Z][\w-]*\s+){1,4}(?:of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}){0,2}(?:" + _TITLES_BETWEEN.pattern[3:] + ")?")


#: What a source put out, named without its owner ("according to |preliminary data|", "|monitoring estimates|").
#: A common noun for where figures come from, read as a name before a verb of saying ("open sources").
_GENERIC_SOURCE_WORD = re.compile(r"(?:(?:open|public|publicly\s+available|available|multiple|several|various)\s+)?(?:sources|reports|records|data)", re.IGNORECASE)
_GENERIC_SOURCE = re.compile(r"(?:(?:the|our|its|their|preliminary|latest|updated|monitoring|official|available|open|some|these|those|initial|operational|early|new|recent|"
                             r"most|more|conservative|cautious|rough|modest|independent|unofficial|lower|higher)\s+)*"
                             r"(?:estimates?|data|figures|reports?|information|calculations?|statistics|assessments?|monitoring)", re.IGNORECASE)


#: "the results of combat operations", "the outcome of the night": what a report sums up, no one who reports it.
_RESULTS_OF = re.compile(r"(?:the\s+)?(?:(?:preliminary|initial|final|latest)\s+)?(?:results?|outcomes?|totals?)\s+of\b", re.IGNORECASE)


#: Third countries' capitals and how their bodies' names in the claimant table begin.
_THIRD_CAPITALS = {"london": "UK ", "washington": "US "}


#: An article right before a word of saying ("an |estimated| 12,000", "the |reported| losses"): an
#: adjective or a noun, not a verb (rule article_not_speech).
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+$", re.IGNORECASE)


#: A country opening a sentence as the subject of its verb ("Russia has not given ...").
_COUNTRY_SUBJECT = re.compile(r"^\W*(?:(?:But|And|Yet|So)\s+)?(?P<country>Russia|Ukraine|Moscow|Kyiv|Kiev|the\s+Kremlin|The\s+Kremlin"
                              # "The Russian military last updated its toll ... when it said": a side's body as the subject too
                              r"|[Tt]he\s+(?:Russian|Ukrainian)\s+(?:military|army|armed\s+forces|government|[Dd]efen[cs]e\s+[Mm]inistry))"
                              r"\s+(?:(?:last|first|also|only|again|later)\s+)?(?:has|have|had|is|was|did|does|would|will|[a-z]+ed|[a-z]+s)\b"
                              # "Until recently, Russia's official announcement on deaths had come in 2022, when it reported 5,900":
                              # the country whose statement is the subject (rule country_subject_pronoun).
                              r"|^\W*(?:[A-Z][\w-]*(?:\s+[\w-]+){0,3},\s+)?(?P<owner>Russia|Ukraine|Moscow|Kyiv|Kiev|the\s+Kremlin|The\s+Kremlin)['’]s\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:announcement|statement|report|figures?|toll|count|tally|update|data|estimate)\b")
#: Words that compare a figure with others' estimates ("well below |casualty |estimates by X").
_COMPARED_WITH = re.compile(r"\b(?:than|below|above|short\s+of|exceed\w*|contradict\w*|compared\s+(?:to|with)|unlike|dispute\w*)\s+(?:(?:the|some|many|most|other|[\w-]+)\s+){0,2}$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_GENERIC_TAIL = re.compile(r"\b(?:data|figures|information|estimates?|reports?|sources|statistics|assessments?|calculations)\s*$", re.IGNORECASE)
#: "said |the |Russian defence ministry": an article between an inverted verb and the body named after it.
_ARTICLE_GAP = re.compile(r"\s+(?:the|a|an)\s+", re.IGNORECASE)
#: Words that open a new clause: a name after them is not the title's holder ("X, which believe President Y").
_CLAUSE_WORD = re.compile(r"\b(?:which|who|whom|whose|that|where|and|but|while|as)\b", re.IGNORECASE)
#: Between a body and the name of who holds a title in it ("Battlegroup South| spokesman |X").
_TITLE_AFTER_BODY = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}(?:spokes(?:man|woman|person)|press\s+(?:secretary|officer)|commander|head|chief|representative)\s+")
#: A name that receives what the speaker put out ("an assessment |provided to |Congress said"): not the speaker.
_RECIPIENT_BEFORE = re.compile(r"\b(?:provided|sent|given|delivered|presented|submitted|shown|leaked|shared)\s+(?:to|with)\s+(?:the\s+)?$", re.IGNORECASE)
_COMMA_BEFORE = re.compile(r",\s*$")
_COMMA_ADVERB_BEFORE = re.compile(r",\s*(?:so\s+far|thus\s+far|until\s+now|to\s+date|only|already|also|still|now|publicly|officially)\s+$", re.IGNORECASE)
#: A possessive right after a name ("Putin's forces").
_POSSESSOR_AFTER = re.compile(r"['’]s\b")
#: A verb of putting out a document, the document, then ", which" right before a verb of saying.
_DOCUMENT_WHICH_SAYS = re.compile(r"\b(?:provided|released|published|issued|gave|put\s+out)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,3}?"
                                  r"(?:death\s+toll|toll|figures?|estimates?|report|statement|update|count|tally|data)\b[^.;\"“”]{0,80},\s+which\s+(?:also\s+)?$", re.IGNORECASE)
#: A country after one of these is a place or an agent in the quote ('"... seized" by Ukraine, X said'), not the speaker.
_PLACE_PREPOSITION = re.compile(r"\b(?:in|from|at|by|(?:region|oblast|province|part|parts)\s+of)\s+$", re.IGNORECASE)
#: A third country's capital after "in" or "at", right after a body's name ("the Center for ...
#: Studies |in Washington| estimates", "a think tank in London"): where the body is, not who speaks
#: (rule place_of_the_speaker, as for "the General Staff in Kyiv").
_THIRD_CAPITAL_PLACE = re.compile(r"^(?:Washington(?:,?\s+D\.?C\.?)?|London|Paris|Berlin|Brussels|Warsaw|Stockholm|Helsinki|Tallinn|Riga|Vilnius|Oslo|Copenhagen|Rome|Madrid|The\s+Hague)$")
_IN_PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+$", re.IGNORECASE)


#: A role phrase that ends with its title ("Battlegroup Sever spokesman", "Ukraine's 47th Brigade commander"):
#: with no article it is still a role, and the name set off after it holds the title.
_ENDS_WITH_TITLE = re.compile(r"\b(?:spokes(?:man|woman|person)|commander|head|chief|representative|governor|official)$", re.IGNORECASE)


#: A preposition before a country set off by a comma before a verb ("Asked about arms supplies |to |Ukraine, the
#: chief claimed"): the country is an object there, not the speaker (rule country_as_object).
_COUNTRY_OBJECT_BEFORE = re.compile(r"\b(?:to|from|with|about|against|into|for|on|in|at|of|over|toward|towards)\s+$", re.IGNORECASE)


#: A title "of" a body opening a clause, capitalised or not ("Spokesman of the Navy of the |Armed Forces of Ukraine").
_TITLE_OF_BEFORE = re.compile(r"\W*(?:(?i:the)\s+)?(?:[\w-]+\s+){0,2}?(?i:spokes(?:man|woman|person)|commander|head|chief|representative|press\s+secretary)\s+"
                              r"(?:of|for)\s+(?:(?:the|[A-Z][\w'’-]*|of)\s+){0,6}")
#: Between a body and the name of its title's holder, with the holder's rank (", Captain 3rd rank ").
_RANK_GAP = re.compile(r",\s*(?:(?:Captain|Capt\.|Colonel|Col\.|General|Gen\.|Major|Lieutenant|Lt\.|Commander|Admiral|Brigadier|Sergeant)\s+(?:\d+(?:st|nd|rd|th)\s+[Rr]ank\s+)?)*")


def _subject(before: list, cue: int, sentence: str):
    """The speaker among mentions before a verb: the nearest, unless an appositive stands
    between ("X, the commander of Y, said"), in which case the first in the clause."""
    # "The General Staff in Kyiv said": a capital or country after a preposition says where the
    # speaker is, not who speaks (rule place_of_the_speaker).
    placed = [m for m in before if _COUNTRY_ONLY.match(m[2].strip()) and _PLACE_PREPOSITION.search(sentence, max(0, m[0] - 16), m[0])
              or _THIRD_CAPITAL_PLACE.match(m[2].strip()) and _IN_PLACE_BEFORE.search(sentence, max(0, m[0] - 8), m[0])]
    before = [m for m in before if m not in placed] or before
    # The mention ending closest to the verb; of nested ones ("a Ukrainian military
    # spokeswoman" around "Ukrainian military"), the longer.
    nearest = max(before, key=lambda m: (m[1], m[1] - m[0]))
    if "," not in sentence[nearest[1]:cue]:
        return nearest
    bounds = [m.end() for m in _CLAUSE_START.finditer(sentence, 0, nearest[0])]
    start = bounds[-1] if bounds else 0
    in_clause = [m for m in before if m[0] >= start]
    # A role may have been read as the body it serves ("the spokesman for the Battlegroup Centre"):
    # its words as written, not the body's name, say it is a role.
    if in_clause and in_clause[0] is not nearest and (_ROLE_START.match(sentence[in_clause[0][0]:in_clause[0][1]]) or _ENDS_WITH_TITLE.search(in_clause[0][2])) and (not in_clause[0][3] or _ROLE_NOUN_RE.search(sentence, in_clause[0][0], in_clause[0][1])) \
            and _FULL_NAME.fullmatch(nearest[2]) and _ROLE_TAIL.fullmatch(sentence, in_clause[0][1], nearest[0]):
        return nearest  # "The governor of the region, Oleh Hryhorov, said": the role's holder, named, speaks
    if in_clause and in_clause[0] is not nearest and in_clause[0][3] and _TITLE_OF_BEFORE.fullmatch(sentence, start, in_clause[0][0]) \
            and _FULL_NAME.fullmatch(nearest[2]) and _RANK_GAP.fullmatch(sentence, in_clause[0][1], nearest[0]):
        # "Spokesman of the Navy of the Armed Forces of Ukraine, Captain X Y, said": the body only names whose
        # title the person holds; the person speaks (rule title_holder_speaks).
        return nearest
    return in_clause[0] if in_clause else nearest


def _holder_named_after(mention: tuple, mentions: list, sentence: str) -> tuple:
    """"said Ukrainian Naval Forces spokesperson Dmytro Pletenchuk": a role the verb inverts and the full
    name right after it are one speaker, the person named (rule role_then_its_holder)."""
    if not _ROLE_NOUN_RE.search(mention[2]) or _FULL_NAME.fullmatch(mention[2]):
        return mention
    holder = next((m for m in mentions if mention[1] <= m[0] <= mention[1] + 2 and not sentence[mention[1]:m[0]].strip()), None)
    if holder is not None and _FULL_NAME.fullmatch(holder[2]) and not _ORG_WORDS.search(holder[2]):
        return holder
    return mention


def _near(a_end: int, b_start: int, text: str, gap: int = 90) -> bool:
    """A mention ends close enough before a verb to be its subject: right before it
    ("Zelensky on Friday said"), or across an appositive ("X, the commander of Y, said")."""
    if a_end > b_start:
        return False
    between = text[a_end:b_start]
    if _SENTENCE_BREAK.search(between):
        return False
    return len(between) <= 30 or (between.lstrip().startswith(",") and len(between) <= gap) or bool(_OWNED_TAIL.fullmatch(between)) \
        or bool(_SHARED_SUBJECT.fullmatch(between)) or bool(_DOCUMENT_TAIL.fullmatch(between))


#: Between a body and a verb of saying, its document and what is said of it ("US intelligence| assessment
#: provided to Congress |said"): the body speaks through it (rule near: the body's document).
_DOCUMENT_TAIL = re.compile(r"\s+(?:assessment|report|document|study|analysis|update|estimate|paper|briefing)s?\b[^,.;:\"“”]{0,50}")


#: A first predicate the subject shares with the verb of saying ("Ukraine's military| did not
#: comment on the claim but |said"): the subject before it speaks (rule near: shared subject).
_SHARED_SUBJECT = re.compile(r"\s+(?:has\s+|had\s+|did\s+|does\s+|would\s+)?(?:not\s+|also\s+)?[a-z]+(?:ed|ied)?\b[^,.;:\"“”]{0,60}?(?:,\s*|\s)(?:but|and)\s+(?:(?:also|later|then|instead)\s+)?")


#: Between a body and a verb of saying, what it put out ("UK Ministry of Defence|'s Defence Intelligence update |said").
_OWNED_TAIL = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:figures|report|data|analysis|update|estimates?|assessment|statement|briefing|count|tally)\s+(?:(?:also|has|have|had)\s+)*")


@dataclass
class Attribution:
    """An attribution cue in a sentence and the claimant it names."""

    position: int
    claimant: Claimant
    #: The rule that resolved the claimant when the cue did not name it outright ("definite_body").
    rule: str = ""


_ANY_CUE = re.compile(rf"{_SAY_RE.pattern}|{_SOURCE_CUE.pattern}|\b(?i:representative|spokes\w+|minister|commander|governor)\b|\bbecome\s+known\b|\bbecame\s+known\b", re.IGNORECASE)


_DEFINITE_TITLE = re.compile(r"(?i:the)\s+(?:[\w-]+\s+){0,2}?(?i:minister|commander(?:-in-chief)?|spokes(?:man|woman|person)|governor|general|colonel|"
                             r"president|chief|head|director|adviser|advisor|official|representative|mayor|secretary|commander-in-chief|"
                             r"source|expert|analyst|blogger|milblogger|businessman|businesswoman|witness|eyewitness|farmer|officer|journalist)(?P<plural>s)?")
_DEFINITE_BODY = re.compile(r"(?i:the)\s+(?:(?P<side>Ukrainian|Russian)\s+)?(?:(?i:military|defen[cs]e|war|intelligence|press)\s+)?(?i:ministry|department|agency|office|service|command|staff|institute|think\s+tank|group|battlegroup|brigade|unit)")
#: What a body or person put out, named by its owner ("the MoD's figures", "Gerasimov's report",
#: "the group's analysis", "the ministry's press service"): the owner speaks (rule owner_of_the_source).
#: A spokesperson or press service named only through the body speaks for it; one named by name
#: is the claimant by name (as the claimant table and the corpus's ``claimant_alt`` have it).
_OWNED_SOURCE = re.compile(r"^(?P<owner>.{2,60}?)['’]s\s+(?:[\w-]+\s+){0,2}?(?:figures|report|data|analysis|update|estimates?|assessment|statement|briefing|"
                           r"calculations|count|tally|press\s+(?:service|office)|spokes(?:man|woman|person)|(?:Telegram\s+)?channel|analysts|experts|researchers|specialists)$", re.IGNORECASE)


def attributions(sentence: str, last_person: Claimant | None, last_org: Claimant | None,
                 mentions: list | None = None, titled: dict | None = None,
                 last_said: Claimant | None = None) -> tuple[list[Attribution], str | None, bool]:
    """Every attribution in a sentence, in order, with the outlet relaying it and whether it is an estimate.

    ``titled`` maps titles to the people the article gave them (:func:`titles_of`), so that
    "the minister said" is the minister named before, not the last person named; ``last_said``
    is the claimant the article credited last ("according to the same estimate").

    Returns
    -------
    found : list of Attribution
        Each cue ("X said", "according to X", "he added") with its claimant.
    reported_via : str or None
        A news outlet the claims are relayed through ("according to BBC").
    estimate : bool
        The attribution calls the figures estimates ("according to estimates from X").
    """
    heading = _speaker_heading(sentence) + _speaker_after_dash(sentence)
    if not _ANY_CUE.search(sentence):
        return heading, None, False  # most sentences attribute nothing: skip the work
    if any(a.rule == "source_line" for a in heading):
        # "Source: video address by X, Commander-in-Chief of the Armed Forces of Ukraine, at ...":
        # the rest of a source line describes its speaker and names no other (rule source_line).
        return heading, None, False

    def body_named(body: re.Match, at: int) -> Claimant | None:
        # "the brigade said" after "the 3rd Assault Brigade" in the same sentence, else the body
        # named before; "the Ukrainian unit" is only a Ukrainian body (rule definite_body).
        earlier = [resolve_name(m[2], sentence) for m in mentions if m[3] and m[1] <= at]
        side = {"ukrainian": "ukraine", "russian": "russia"}.get((body.group("side") or "").lower())
        ministry = bool(_MINISTRY_BODY.search(body.group()))
        for c in [*reversed([c for c in earlier if not c.person and not c.country_only]), last_org]:
            if c is not None and c.country_only:
                continue  # "Kiev claims ... according to the agency's analysis": a country is no agency or ministry (rule body_not_a_country)
            if c is not None and (side is None or c.side == side) and (not ministry or _MINISTRY_NAME.search(c.name)):
                # "the ministry" is a ministry named before, not the General Staff or the Kremlin
                return c
        return resolve_name(body.group(), sentence) if side else None

    def named(text: str, at: int = 0) -> tuple[Claimant, str]:
        """The claimant a mention names, and the rule that resolved it ("" for the name itself)."""
        text = text.strip()
        owned = _OWNED_SOURCE.match(text) or _PRONOUN_OWNED.fullmatch(text)
        if owned and owned.re is _PRONOUN_OWNED:
            # "according to his report", "their data": whoever was named before (rule owner_of_the_source).
            who = last_person if owned.group("owner").lower() in ("his", "her") else (last_org or last_person)
            if who is not None:
                return who, "owner_of_the_source"
        if owned and owned.re is _OWNED_SOURCE:
            text = owned.group("owner")  # "the MoD's figures": the MoD's claim (rule owner_of_the_source)
        if _THE_JOURNALISTS.fullmatch(text) and (titled or {}).get("outlet") is not None:
            # "Mediazona and BBC Russian established the names ... The journalists also found": the news
            # outlet or counter named before, never a side guessed from whose losses they count
            # (rule outlet_named_before).
            return titled["outlet"], "outlet_named_before"
        definite = _DEFINITE_TITLE.fullmatch(text)
        if definite and not _HEAD_OF.fullmatch(text):
            # "US officials said ... The officials said": the speakers credited before under that role
            # noun, not the last person named (rule role_named_before); a plural is never one person.
            title = _TITLE_NOUN.search(text)
            named_title = (titled or {}).get(_title_key(title.group())) if title else None
            hit = (titled or {}).get(_role_key(text))
            if hit is not None and named_title is None:  # "the commander": the one named with the title first
                return hit, "role_named_before"
        if last_person is not None and (definite and not definite.group("plural") or _HEAD_OF.fullmatch(text)):
            # "the minister claimed", "the Commander-in-Chief said": a title with the definite article and
            # no name is the person the article gave that title, else the person named before; not one of
            # another side than the words of the title name ("the White House spokesman" is not Peskov;
            # rule title_of_another_side).
            title = _TITLE_NOUN.search(text)
            key = _title_key(title.group()) if title else ""
            holder = (titled or {}).get(key) or last_person
            told = resolve_name(text)  # the side the title's own words name, if any
            if told.known or told.side_guessed or told.side in ("unknown", holder.side):
                return holder, "definite_title"
        body = _DEFINITE_BODY.fullmatch(text)
        if body and (c := body_named(body, at)) is not None:
            return c, "definite_body"
        if body and not body.group("side") and _MINISTRY_BODY.search(text):
            # "According to the ministry, ...": the article's ministry (:func:`same_ministry`), else the
            # one the sentence's words tell, else as written (rule bare_ministry).
            bare = resolve_name("the defence ministry", sentence)
            return (bare if bare.known and bare.rule else resolve_name(text, sentence)), "bare_ministry"
        spoke = next((c for c in (last_org, last_person) if c is not None and c.side in ("russia", "ukraine")), None)
        if _BARE_MINISTRY.match(text) and spoke is not None and (_ALSO.match(sentence, at + len(text)) or not _SIDE_NAMED.search(sentence)):
            # "The Kremlin said ... The defence ministry also said": the ministry of the side that
            # spoke before, not one guessed from the countries whose losses it names.
            return resolve_name(("Russian" if spoke.side == "russia" else "Ukrainian") + " Ministry of Defence"), "bare_ministry_of_the_speaker"
        c = resolve_name(text, sentence)
        if (c.country_only and last_org is not None and last_org.known and not last_org.country_only and last_org.side == c.side
                # "..., reports TASS. ... Russia said that ...": a news outlet relays, it is no body of the country (rule country_by_its_body).
                and not _MEDIA.fullmatch(last_org.name)):
            return last_org, "country_by_its_body"  # "Ukraine's military said ... Ukraine also said"
        capital = _THIRD_CAPITALS.get(text.lower())
        if capital and last_org is not None and last_org.known and last_org.name.startswith(capital):
            # "The UK Ministry of Defence's update ... London assesses that": a third country's
            # capital speaks for its body the article named (rule capital_by_its_body).
            return last_org, "capital_by_its_body"
        # "Shtupun said", "Mr Wallace told MPs": a surname alone is the person named before with it.
        if last_person is not None and _ONE_NAME.fullmatch(text) and text.lower() in (last_person.name.split()[-1].lower(), last_person.as_written.split()[-1].lower()):
            # as the table spells it or as the article first wrote it ("Sergey Shoygu ... Shoygu said")
            return last_person, "surname_named_before"
        served = next((m for m in mentions if (m[3] or not resolve_name(m[2], sentence).side_guessed or _role_body(m[2])) and _ROLE_NOUN_RE.search(sentence, m[0], m[1])
                       and (_ROLE_TAIL.fullmatch(sentence, m[1], at) or _APPOSITION_GAP.fullmatch(sentence, at + len(text), m[0]))), None) \
            if c.side_guessed and c.person else None
        if served is not None and (body := (None if served[3] else _role_body(served[2])) or resolve_name(served[2], sentence)).side in ("russia", "ukraine", "third_party"):
            # "The spokesman for the Battlegroup Centre, Alexander Savchuk,": the person named speaks,
            # for the side of the body the role serves (rule side_of_the_description).
            return dataclasses.replace(c, side=body.side, side_guessed=False, rule=""), "side_of_the_description"
        after = _DESCRIPTION_AFTER.match(sentence, at + len(text)) if c.side_guessed and c.person else None
        if after:
            # "Petro Ivanenko, a Ukrainian officer, said": the description after the name gives its
            # side as the one before it does (rule side_of_the_description).
            own = _SIDE_NAMED.search(after.group("words"))
            third = _THIRD_PARTY_WORDS.search(after.group("words"))
            if own and not _ENEMY_WORD.match(own.group()):
                side = "russia" if lx.RUSSIAN_RE.match(own.group()) or "kremlin" in own.group().lower() else "ukraine"
                return dataclasses.replace(c, side=side, side_guessed=False, rule=""), "side_of_the_description"
            if third and not _THIRD_PARTY_ROLE.fullmatch(third.group()):
                return dataclasses.replace(c, side="third_party", side_guessed=False, rule=""), "side_of_the_description"
        titled_by = next((m for m in mentions if m[1] <= at and (_TITLE_AFTER_BODY.fullmatch(sentence, m[1], at) or not sentence[m[1]:at].strip()
                                                                  and not m[3] and _ROLE_NOUN_RE.search(m[2]) and (_role_body(m[2]) or not resolve_name(m[2], sentence).side_guessed))), None) \
            if c.side_guessed and c.person else None
        if titled_by is not None:
            body = (None if titled_by[3] else _role_body(titled_by[2])) or resolve_name(titled_by[2], sentence)
            if not body.person and not body.country_only and not body.side_guessed and body.side in ("russia", "ukraine", "third_party"):
                # "Battlegroup South spokesman X", "Ukraine's 47th Brigade spokesman X": the body whose title
                # the person holds gives the side (rule side_of_the_description).
                return dataclasses.replace(c, side=body.side, side_guessed=False, rule=""), "side_of_the_description"
        if c.side_guessed and at and (_THIRD_DESCRIBED.search(sentence, max(0, at - 50), at) or _THIRD_APPOSITIVE_BEFORE.search(sentence, max(0, at - 50), at)):
            # "NATO Secretary General X", "Polish Foreign Minister X": a third country's or an alliance's
            # title before an unknown name speaks for a third party (rule side_of_the_description).
            return dataclasses.replace(c, side="third_party", side_guessed=False, rule=""), "side_of_the_description"
        if c.side_guessed and c.person and at and _BLOGGER_BEFORE.search(sentence, max(0, at - 40), at) and not _DESCRIBED_AS.search(sentence, max(0, at - 50), at):
            # "Blogger Alexander X said", "a popular military blogger known as Rybar": no country, no side (rule blogger_no_side).
            return dataclasses.replace(c, side="unknown", rule="blogger_no_side"), "blogger_no_side"
        described = _DESCRIBED_AS.search(sentence, max(0, at - 50), at) if c.side_guessed and at else None
        if described:
            # "Russian military blogger Rybar": the words that introduce an unknown speaker give
            # its side (rule side_of_the_description), not the countries the sentence names.
            side = "russia" if lx.RUSSIAN_RE.search(described.group("side")) or "kremlin" in described.group("side").lower() else "ukraine"
            return dataclasses.replace(c, side=side, side_guessed=False), "side_of_the_description"
        return c, "owner_of_the_source" if owned else c.rule

    estimate = bool(_ESTIMATE_CUE.search(sentence))
    media = list(_MEDIA.finditer(sentence))
    media_spans = [(m.start(), m.end()) for m in media]
    # A mention that is or holds a news outlet ("Russian state news agency TASS") relays the claim.
    every = mentions_in(sentence) if mentions is None else mentions
    mentions = [m for m in every if not any(a < m[1] and m[0] < b for a, b in media_spans)]
    found: list[Attribution] = []
    via = None
    analysed_until = -1
    for cue in _SOURCE_CUE.finditer(sentence):
        if cue.start() <= analysed_until:
            continue  # "... analysis of data from ISW": the data's source is not the claimant
        if _SOURCE_CUE.match(sentence, cue.end()):
            continue  # "according to a count by X": the cue after names the source
        if _COMPARED_WITH.search(sentence, max(0, cue.start() - 40), cue.start()) and not _DIGIT.search(sentence, cue.end()):
            continue  # "well below casualty estimates by X": estimates compared with, not who speaks (rule compared_estimates)
        own = _OWN_ANALYSIS.match(sentence, cue.end())
        if own:
            analysed_until = own.end() + 12
            # "according to an AFP analysis of data from ISW": the outlet's own count is its claim.
            found.append(Attribution(cue.start(), resolve_name(own.group("outlet"), sentence)))
            continue
        outlet = _MEDIA.match(sentence, cue.end() + (4 if sentence.startswith("the ", cue.end()) else 0))
        counters = [m for m in every if m[3] and cue.end() <= m[0] <= cue.end() + 40 and not _CLAUSE_PUNCTUATION.search(sentence, cue.end(), m[0])] if outlet else []
        # "a count by BBC Russian and Mediazona": the open-source counter before the publisher beside it.
        counter = next((m for m in counters if resolve_name(m[2], sentence).name not in _publishers()), counters[0] if counters else None)
        if counter is not None and _ACCORDING.match(cue.group()) and (counter[0], counter[1]) == (outlet.start(), outlet.end()):
            counter = None  # "according to BBC": the outlet relays; only its count ("a count by BBC Russian") is its claim
        if counter is not None and any(a <= counter[0] < b for a, b in media_spans):
            # "a count by BBC Russian and Mediazona": an outlet the claimant table knows counted (rule outlet_in_the_table).
            found.append(Attribution(cue.start(), resolve_name(counter[2], sentence), "outlet_in_the_table"))
            continue
        if outlet:
            via = outlet.group()  # "reported by the New York Times": the outlet relays
            continue
        generic = _GENERIC_REF.match(sentence, cue.end())
        if generic and _PERSON_FIRST.match(generic.group()) and any(m[0] <= generic.end() + 2 and m[1] > generic.end() and _FULL_NAME.search(m[2]) for m in mentions):
            generic = None  # "according to the spokesman for the Navy Dmytro X": the named holder speaks, not whoever spoke before (rule generic_ref_named)
        if generic and (last_person or last_org):
            # "the same estimate", "the statement": the body that made it; "a representative of ...": the person.
            person_first = _PERSON_FIRST.match(generic.group())
            if not person_first and last_said is not None:
                # "According to the same estimate": the estimate last credited, whoever made it
                # (rule same_source_as_before), not the last body merely named.
                found.append(Attribution(cue.start(), last_said, "same_source_as_before"))
                continue
            found.append(Attribution(cue.start(), (last_person or last_org) if person_first else (last_org or last_person)))
            continue
        # The first name after the cue, unless a clause stands between; an appositive may
        # ("according to the regional governor, Oleh Syniehubov, ...").
        # An appositive is a title before its holder's name, never a country that starts the
        # clause ("according to the ministry, Ukraine lost ...": Ukraine is what is counted).
        after = [m for m in mentions if cue.end() <= m[0] <= cue.end() + 60
                 # "estimates of possible Russian losses during the war against Ukraine": a name after what is
                 # counted is not the source (rule counted_not_source)
                 and not (_OF_WHAT_IS_COUNTED.match(cue.group()) and _NOT_A_SOURCE.search(sentence, cue.end(), m[0]))
                 and (not _CLAUSE_PUNCTUATION.search(between := sentence[cue.end():m[0]])
                      or _APPOSITIVE.match(between) and not _COUNTRY_ONLY.match(m[2]) and not _SUBJECT_OF_A_VERB.match(sentence, m[1])
                      # "according to Commander-in-Chief of the Armed Forces of Ukraine, Oleksandr Syrskyi": a title
                      # with no article set off before its holder's name (rule title_before_name)
                      or _BARE_TITLE_APPOSITIVE.fullmatch(between) and _TITLE_NOUN.search(between) and _FULL_NAME.fullmatch(m[2])
                      and not _SUBJECT_OF_A_VERB.match(sentence, m[1]))]
        if after:
            # "according to Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi":
            # a title naming an institution, then the person who holds it; the person speaks.
            chosen, possessor = after[0], False
            for nxt in [m for m in mentions if m[0] > chosen[0]]:
                # "by Ukraine's Defence Minister Oleksii Reznikov": a country and a title between.
                gap = sentence[chosen[1]:nxt[0]] if nxt[0] >= chosen[1] else "-"
                if _SUBJECT_OF_A_VERB.match(sentence, nxt[1]) or nxt[3] and not resolve_name(nxt[2], sentence).person:
                    # "According to data from the Russian Defence Ministry, the Ukrainian Armed Forces lost ...":
                    # a body, or the subject of what is said, holds no title of the source (rule source_not_chained)
                    break
                if _POSSESSOR_AFTER.match(sentence, nxt[1]):
                    # "According to Zelensky, (Russian) President Putin's forces have suffered ...": a name owning
                    # what the clause counts, and the title before it, are not the source's (rule possessor_not_source)
                    chosen, possessor = after[0], True
                    break
                if (len(gap) <= 2 or _TITLE_GAP.fullmatch(gap) and not _CLAUSE_WORD.search(gap)) and _FULL_NAME.fullmatch(nxt[2]):
                    chosen = nxt
                else:
                    break
            cited, rule = named(chosen[2], chosen[0])
            rule = "possessor_not_source" if possessor else rule
            home = _described_outlet(sentence, cue.start()) if _CITING.match(cue.group()) and _BARE_MINISTRY.match(chosen[2].strip()) else None
            if home:
                # "The pro-Kremlin newspaper X, citing the Defence Ministry": the ministry of the side the
                # outlet is said to be of, not the one guessed from whose losses it names (rule outlets_described_side).
                cited, rule = resolve_name(home + " Ministry of Defence"), "outlets_described_side"
            found.append(Attribution(cue.start(), cited, rule))
            continue
        # The speaker's name runs to a comma, a clause or a full stop; "U.S." is one word.
        free = _FREE_NAME.match(sentence[cue.end():])
        pronoun = _OBJECT_PRONOUN.fullmatch(free.group(1).strip()) if free else None
        if pronoun:
            # "According to her, 40 occupiers were eliminated": the person (or body) named before, never
            # the pronoun as a name (rule according_to_pronoun).
            who = last_person if pronoun.group().lower() in ("her", "him") else (last_org or last_person)
            if who is not None:
                found.append(Attribution(cue.start(), who, "according_to_pronoun"))
            continue
        if free and _CITING.match(cue.group()) and not free.group(1)[:1].isupper():
            continue  # "the ministry said, citing intelligence information": the speaker stays the claimant
        if free and _CITING.match(cue.group()) and _GENERIC_TAIL.search(free.group(1)) and _SAY_RE.search(sentence, 0, cue.start()):
            continue  # "the British ministry said, citing Ukrainian data": data described, no speaker; the one who said stays (rule speaker_cites_data)
        if free and (_NOT_A_SOURCE.search(free.group(1)) or _FIGURE_IN_NAME.search(free.group(1))):
            continue  # "figures of Ukrainian losses": what is counted, not who counts it
        if free and _ACCORDING.match(cue.group()) and _GENERIC_SOURCE.fullmatch(free.group(1).strip()):
            continue  # "according to monitoring estimates": no one named; the quote's speaker stays the claimant (rule no_owner_named)
        if free and lx.EVIDENCE_NOT_SPEAKER_RE.fullmatch(free.group(1).strip()):
            continue  # "these numbers were confirmed by aerial reconnaissance": evidence, no speaker (rule evidence_not_speaker)
        if free and _ACCORDING.match(cue.group()) and _RESULTS_OF.match(free.group(1).strip()):
            continue  # "According to the results of the night's fighting, ...": what the figures sum up, no speaker (rule results_of_no_speaker)
        if free:
            found.append(Attribution(cue.start(), *named(free.group(1), cue.end())))
    for say in _SAY_RE.finditer(sentence):
        if _ACCORDING.match(say.group()) or any(a.position == say.start() for a in found):
            continue
        if say.group().lower().endswith("ing") and (_COMMA_BEFORE.search(sentence, max(0, say.start() - 3), say.start())
                                                    or _COMMA_ADVERB_BEFORE.search(sentence, max(0, say.start() - 25), say.start())):
            # (", so far admitting only 13,000 deaths": an adverb between the comma and the participle; rule subject_of_saying)
            # "The head of X has broken with the Kremlin line, saying ...": the clause's subject speaks, not
            # the name before the comma, which is the object of its verb (rule subject_of_saying).
            start = max((b.end() for b in _CLAUSE_BREAK.finditer(sentence, 0, say.start())), default=0)
            subject = next((m for m in mentions if start <= m[0] < say.start() and not sentence[start:m[0]].strip(" ,'‘’“")
                            or start <= m[0] and _SUBJECT_OPENER.fullmatch(sentence, start, m[0])), None)
            titled_after = next((m for m in mentions if subject is not None and m[0] > subject[1] and _POSSESSIVE_TITLE_GAP.fullmatch(sentence, subject[1], m[0])), None)
            if titled_after is not None:
                subject = titled_after  # "Ukraine's President X provided an update, indicating": the person, not the country
            # "the ministry said, adding that ...": the participle goes on with the speaker of the verb before it.
            spoke_before = any(not v.group().lower().endswith("ing") for v in _SAY_RE.finditer(sentence, 0, say.start()))
            if subject is not None and not spoke_before and not any(a.position < say.start() for a in found) and not _SUBJECT_OF_A_VERB.match(sentence, subject[1]):
                claimant, rule = named(subject[2], subject[0])
                if not subject[3] and last_person is not None and _DEFINITE_HEAD.match(subject[2]):
                    # "The head of the private army X has broken with ..., saying": the person the
                    # article named before holds that title (rule definite_title).
                    claimant, rule = last_person, "definite_title"
                found.append(Attribution(say.start(), claimant, rule or "subject_of_saying"))
            continue
        put_out = _DOCUMENT_WHICH_SAYS.search(sentence, 0, say.start()) if "which" in sentence else None
        if put_out:
            # "Russia's defence ministry last provided a death toll in September, which claimed that 5,937 ...":
            # the document says what its maker put out; the clause's subject speaks (rule document_which_says).
            subject = next((m for m in mentions if m[0] < put_out.start() and _SUBJECT_OPENER.fullmatch(sentence, 0, m[0])), None)
            if subject is not None:
                claimant, rule = named(subject[2], subject[0])
                found.append(Attribution(say.start(), claimant, rule or "document_which_says"))
                continue
        if _ARTICLE_BEFORE.search(sentence, max(0, say.start() - 5), say.start()):
            continue  # "Ukraine recaptured an estimated 12,000 km²": an adjective or noun after an article, no one speaking
        if _PASSIVE_BEFORE.search(sentence[max(0, say.start() - 30):say.start()]) and not _QUOTED_AS_SAYING.match(sentence, say.start()):
            continue  # "is visually confirmed to have lost": passive, nobody speaking ("X was quoted as saying" is X speaking)
        outlet = next((a for a, b in media_spans if 0 <= say.start() - b <= 2), None)
        if outlet is not None:
            tracker = resolve_name(sentence[outlet:say.start()].strip(), sentence)
            if tracker.known and tracker.name in claimants_of_kind("open_source"):
                # "As Putin boasted ..., Mediazona reported 2,700 more deaths": a tracker that counts the
                # losses itself is the speaker of its figure, not an outlet relaying the one named before
                # (rule tracker_reports).
                found.append(Attribution(say.start(), tracker, "tracker_reports"))
            continue  # "Russia lost 20 tanks, Ukrinform reported": the outlet speaks (it is the source named), not the country before it
        if _COMMA_BEFORE.search(sentence, max(0, say.start() - 3), say.start()) and any(0 < a - say.end() <= 5 for a, _ in media_spans):
            continue  # "..., destroyed by Ukraine's forces, reports the BBC": the outlet after the verb relays; the name before is no speaker (rule outlet_inverted)
        # A name that is the subject of what was said is not the speaker ("Russia has lost 90,000
        # troops, says UK": Russia lost, the UK says; rule subject_of_the_report).
        before = [m for m in mentions if _near(m[1], say.start(), sentence) and not _SUBJECT_OF_A_VERB.match(sentence, m[1])
                  # "Gerasimov visited Moscow's troops ... and said": a country in the possessive qualifies a noun; it
                  # does not speak (rule possessive_country_not_speaker)
                  and not (_COUNTRY_ONLY.match(m[2].strip()) and _POSSESSIVE_NOUN.match(sentence, m[1]))
                  and not _RECIPIENT_BEFORE.search(sentence, max(0, m[0] - 30), m[0])
                  # "Based on open sources, the BBC Russian service has identified": where the figures come from, no speaker
                  and not _GENERIC_SOURCE_WORD.fullmatch(m[2].strip())
                  and not (_COUNTRY_ONLY.match(m[2].strip()) and _COUNTRY_OBJECT_BEFORE.search(sentence, max(0, m[0] - 10), m[0])
                           and "," in sentence[m[1]:say.start()]
                           # "no immediate comment from Russia, which said earlier that": the relative pronoun's antecedent speaks
                           and not _WHICH_SAID_GAP.fullmatch(sentence, m[1], say.start()))]
        own = next((p for p in itertools.chain(_PRONOUN_RE.finditer(sentence, max(0, say.start() - 70), say.end()), _INDEFINITE_SUBJECT.finditer(sentence, max(0, say.start() - 70), say.end()))
                    if p.end() == say.end() or p.re is _INDEFINITE_SUBJECT and _THEN_SAYS.fullmatch(sentence, p.end(), say.end())), None) if before else None
        if own is not None:
            # "... momentum in Ukraine, the data shows": the verb has its own subject ("the data", "it");
            # a name before that subject does not speak (rule own_subject_of_the_verb).
            before = [m for m in before if m[1] > own.start()]
        aside = _RELATIVE_ASIDE.search(sentence, max(0, say.start() - 100), say.start()) if "," in sentence else None
        if aside:
            # "The governor of Ukraine's Sumy region, which borders Russia, said": a relative clause
            # set off by commas describes the speaker; a name inside it does not speak, the one
            # before it does (rule speaker_before_relative_clause).
            outside = [m for m in mentions if _near(m[1], aside.start(), sentence)]
            if outside:
                subject = _subject(outside, aside.start(), sentence)
                claimant, rule = named(subject[2], subject[0])
                found.append(Attribution(say.start(), claimant, rule or "speaker_before_relative_clause"))
                continue
        # Only speech verbs invert ("said Zelensky"); after "reported that" comes the content.
        # "..., said Zelensky": not "said Ukraine lost 500 soldiers", where the name is the subject of what was said.
        # "said Colonel Petro Ivanenko": a title between the verb and the name (rule title_before_name).
        after = [m for m in mentions if (0 <= m[0] - say.end() <= 3 or m[0] > say.end() and (_TITLES_BETWEEN.fullmatch(sentence, say.end(), m[0]) or _ARTICLE_GAP.fullmatch(sentence, say.end(), m[0])
                                                                                                     or _ROLE_IN_A_BODY_BETWEEN.fullmatch(sentence, say.end(), m[0])))
                 and not _SUBJECT_OF_A_VERB.match(sentence, m[1])] if (_INVERTING.match(say.group()) or _INVERTING_AFTER_QUOTE.match(say.group())
                 and _QUOTE_OR_COMMA_BEFORE.search(sentence, max(0, say.start() - 3), say.start())) else []
        if before and after and _COMMA_BEFORE.search(sentence, max(0, say.start() - 3), say.start()) \
                and _DIGIT.search(sentence, 0, say.start()) and not _DIGIT.search(sentence, after[0][1]):
            # "... 67 missiles fired by Russia overnight, said the Air Force Command of Ukraine": a verb of
            # saying right after a comma, a name right after it and no figure after that, is inverted; the name
            # before the comma belongs to what was said (rule inverted_after_comma). Not "Gen. X, said Kyiv's
            # forces captured 1,300 km²": the figures after the name are what was said.
            holder = _holder_named_after(after[0], mentions, sentence)
            claimant, rule = named(holder[2], holder[0])
            found.append(Attribution(say.start(), claimant, rule or "inverted_after_comma"))
            continue
        if before:
            subject = _subject(before, say.start(), sentence)
            cited = [a for a in found if a.position < say.start() and _CITING.match(sentence, a.position)]
            speaker = resolve_name(subject[2], sentence) if cited else None
            if cited and (cited[-1].rule == "outlets_described_side" and cited[-1].position < subject[0]
                          or not speaker.known or speaker.name in _publishers() or _MEDIA.fullmatch(subject[2].strip())):
                # "The pro-Kremlin paper X, citing the Defence Ministry, reported", "Citing Ukrainian
                # intelligence, the Financial Times reported": the source an outlet cites speaks, not the
                # outlet (nor the cited name read again as the verb's subject) (rule cited_by_an_outlet).
                found.append(Attribution(say.start(), cited[-1].claimant, cited[-1].rule or "cited_by_an_outlet"))
                continue
            found.append(Attribution(say.start(), *named(subject[2], subject[0])))
        elif after and not any(p.end() == say.end() for p in _PRONOUN_RE.finditer(sentence, max(0, say.start() - 70), say.end())):
            # ("It also said the Russian air defence shot down ...": the verb has its own subject; the
            # name after it is what was said, not an inverted speaker: rule pronoun_subject_not_inverted.)
            holder = _holder_named_after(after[0], mentions, sentence)
            found.append(Attribution(say.start(), *named(holder[2], holder[0])))
    # "X said" and, inverted after a quote, "..., said the ministry" (rule inverted_definite_speaker).
    for pro in itertools.chain(_PRONOUN_RE.finditer(sentence), _INVERTED_PRONOUN.finditer(sentence) if _INVERTED_NEED.search(sentence) else ()):
        if any(a.position < pro.start() for a in found):
            continue  # "Burns said ... that the agency estimated": the named speaker stays the claimant
        if any(pro.start() <= m[0] < pro.end() and m[3] for m in mentions):
            continue  # "the Russian ministry said": the name it holds is the speaker
        who = last_person if pro.group("person") else (last_org or last_person)
        if _OUTLET_WORD.search(pro.group("org") or ""):
            # "Mediazona and Meduza estimated ... The outlets said": the news outlet named before, not
            # the last body of any kind (rule outlet_named_before); none named: as written, no side.
            outlet = (titled or {}).get("outlet")
            found.append(Attribution(pro.start(), outlet or resolve_name(pro.group("org"), sentence), "outlet_named_before" if outlet else ""))
            continue
        document = _DOCUMENT_NOUN.search(pro.group("org") or "")
        if document and (titled or {}).get("doc:" + document.group().lower()) is not None:
            # "ISW wrote in an assessment ... The assessment said": whoever put out that document
            # (rule document_named_before), not the body last named inside it.
            found.append(Attribution(pro.start(), titled["doc:" + document.group().lower()], "document_named_before"))
            continue
        if document and last_said is not None and last_said is not NOBODY and not last_said.country_only and pro.group("org").lower().startswith("the "):
            # "..., the navy said. The Times could not verify the report. ... 'two boats were destroyed,' the report
            # stated": the report is the last speaker's, not the body named last, which only read it
            # (rule document_of_the_last_speaker).
            found.append(Attribution(pro.start(), last_said, "document_of_the_last_speaker"))
            continue
        subject = _COUNTRY_SUBJECT.match(sentence) if (pro.group("org") or "").lower() == "it" else None
        country = (subject.group("country") or subject.group("owner")) if subject else None
        if subject and subject.end() <= pro.start():
            # "Russia has not given an update since it said ...": "it" is the country the sentence
            # opens with as its subject, not the body named before (rule country_subject_pronoun).
            found.append(Attribution(pro.start(), resolve_name(country, sentence), "country_subject_pronoun"))
            continue
        owned = _OWNED_SOURCE.match(pro.group("org") or "")
        body = _DEFINITE_BODY.fullmatch(owned.group("owner") if owned else pro.group("org") or "")
        if body:
            # "the brigade added", "the Ukrainian unit said", "the think tank's analysts estimated":
            # the body named before (of that side).
            who = body_named(body, pro.start()) or (None if body.group("side") else who)
            if (who is None or not _MINISTRY_NAME.search(who.name)) and not body.group("side") and _MINISTRY_BODY.search(body.group()):
                # "Peskov declined to comment. The ministry said ...": with no ministry named before in
                # the sentence, "the ministry" is the one the article named before (:func:`same_ministry`),
                # else whose the sentence's own words tell (rule ministry_of_the_other_side or
                # speaker_words); the first country named is too weak a guess to put "the enemy" on.
                bare = resolve_name("the defence ministry", sentence)
                found.append(Attribution(pro.start(), bare if bare.known and bare.rule else _UNTOLD_MINISTRY, "bare_ministry"))
                continue
        if who is not None:
            found.append(Attribution(pro.start(), who, "definite_body" if body else who.rule))  # a guessed side stays marked as a guess
    for claim in _CLAIM_OF_OWNER.finditer(sentence) if "that" in sentence else ():
        # "Asked to comment on the White House spokesman's statement that 20,000 ... had died, Peskov
        # replied": the statement's owner makes the claim, not the one asked about it (rule owner_of_the_statement).
        owner = next((m for m in every if m[1] == claim.start()), None)
        if owner is not None:
            c, rule = named(owner[2], owner[0])
            found.append(Attribution(claim.end(), c, rule or "owner_of_the_statement"))
    if not found:
        # A titled speaker named with no verb ("..., a representative ... Natalia Gumenyuk at the briefing").
        titled = _TITLED_NAME.search(sentence)
        if titled and not _NOT_NAMES.match(titled.group("name")) and not _PRONOUN_SUBJECT.match(sentence):  # "He met Minister X": X is met, not speaking
            holder = next((m for m in every if titled.start("name") < m[0] <= titled.end() + 60 and _FULL_NAME.search(m[2]) and not _ORG_WORDS.search(m[2])), None) \
                if _OF_AFTER.match(sentence, titled.end("name")) else None
            if holder is not None:
                # "Commander-in-Chief of the Armed Forces of Ukraine, Oleksandr X": the body after the title is whose
                # title it is; the person named after it holds it (rule holder_after_the_body).
                found.append(Attribution(holder[0], resolve_name(holder[2], sentence), "holder_after_the_body"))
            else:
                found.append(Attribution(titled.start("name"), resolve_name(titled.group("name"), sentence)))
    if via is None:
        for m in media:
            if not any(a.claimant.as_written == m.group() for a in found):
                via = m.group()
                break
    for est in _THIRD_ESTIMATE.finditer(sentence) if "stimate" in sentence or "ssessment" in sentence or "nalys" in sentence else ():
        # "Western estimates that he has lost 20,000 men were dismissed by Kyiv, which said ...", "another
        # U.S. estimate put Russia's losses at ...": the third party's estimate is the claim, not the speaker
        # named after it (rule third_party_estimate); "well below Western estimates" only compares.
        cued = [i for i, a in enumerate(found) if est.start() - 45 <= a.position <= est.start() and a.claimant.as_written.strip().startswith(est.group() + " ")]
        for i in cued:
            # "according to Western analysis is still ...": the name read after the cue runs into its clause.
            found[i] = Attribution(found[i].position, resolve_name(est.group(), sentence), "third_party_estimate")
        for i, a in enumerate(found):
            # "For the Ukrainian army, Western estimates speak of ...": the estimate is the cue's subject; the
            # body named before it is what the estimate is about, not its speaker (rule estimate_speaks).
            if est.start() <= a.position < est.end() and i not in cued and a.claimant.as_written.strip() not in est.group() \
                    and not _COMPARED_WITH.search(sentence, max(0, est.start() - 40), est.start()) \
                    and not _AGREEING_WITH.search(sentence, max(0, est.start() - 40), est.start()) \
                    and a.claimant.as_written.strip() in sentence[:est.start()]:
                found[i] = Attribution(a.position, resolve_name(est.group(), sentence), "estimate_speaks")
        if _COMPARED_WITH.search(sentence, max(0, est.start() - 40), est.start()) or _AGREEING_WITH.search(sentence, max(0, est.start() - 40), est.start()) or any(est.start() - 45 <= a.position <= est.end() for a in found):
            continue
        found.append(Attribution(est.start(), resolve_name(est.group(), sentence), "third_party_estimate"))
    found = _relayed(sorted(found, key=lambda a: a.position), sentence)
    for aside in _WHAT_SAID.finditer(sentence) if "what" in sentence else ():
        clause = _CLAUSE_END.search(sentence, aside.end())
        if not _DIGIT.search(sentence, aside.end(), clause.start() if clause else len(sentence)):
            # "seized 1,300 square km in what Kyiv said was an attempt to ...": the speaker only names what
            # the event was; the figures are not theirs, here or later: the sentence is the writer's own, and
            # no speaker before it is carried over it (rule what_x_said_aside).
            found = [a if not aside.start() <= a.position < aside.end() else Attribution(a.position, NOBODY, "what_x_said_aside") for a in found]
    found = heading + found
    if not found and via is None and ("eports" in sentence or "ata" in sentence or "known" in sentence):
        unnamed = _UNNAMED_REPORTS.search(sentence)
        if unnamed:
            # "Preliminary reports indicated that two jets were destroyed": reports of no one named; no speaker
            # before them is carried over them (rule unnamed_reports).
            found = [Attribution(unnamed.start(), NOBODY, "unnamed_reports")]
    found.sort(key=lambda a: a.position)
    return found, via, estimate


#: A cue naming whose figures a speaker relays ("according to", "published by", "figures from").
_RELAY_CUE = re.compile(r"(?i:according\s+to|(?:published|released|provided|compiled|reported)\s+by|(?:data|figures|numbers|reporting)\s+(?:from|of|by))\b")
#: A speaker citing figures ("the ministry cited figures published by ...").
_CITES = re.compile(r"(?i:cited|cites|citing|quoted|quoting)\b")


def _relayed(found: list, sentence: str) -> list:
    """A third party that relays one side's figures in its own report makes the claim, as the corpus
    annotates an attribution chain ("According to the General Staff, the rate was 1,271 a day, according
    to a report by the UK Ministry of Defence"; "The ministry cited figures published by the General
    Staff suggesting ..."): rule third_party_relays. An outlet that relays is never the claimant."""
    if len(found) < 2:
        return found
    out = list(found)
    for i, a in enumerate(found):
        for j in range(i + 1, len(found)):
            b = found[j]
            between = sentence[a.position:b.position]
            if _CLAUSE_JOIN.search(between) or not _RELAY_CUE.match(sentence, b.position):
                continue
            if a.claimant.side in ("russia", "ukraine") and _RELAY_CUE.match(sentence, a.position) and b.claimant.side == "third_party" \
                    and b.claimant.known and b.claimant.name not in _publishers():
                out[i] = Attribution(a.position, b.claimant, "third_party_relays")  # "According to X, ..., according to a report by Y"
            elif _CITES.search(between) and b.claimant.side in ("russia", "ukraine") and a.claimant.side != "unknown" \
                    and a.claimant.name not in _publishers() and not _MEDIA.fullmatch(a.claimant.as_written.strip()):
                out[j] = Attribution(b.position, a.claimant, a.rule or "third_party_relays")  # "Y cited figures published by X"
    return out


#: No speaker: the writer's own sentence, which stops an earlier speaker from being carried over it.
NOBODY = Claimant("", "unknown", False, "", person=False, side_guessed=True, rule="what_x_said_aside")
#: A speaker's view of an event set off as a relative clause ("in what Kyiv said was", "in what officials called").
_WHAT_SAID = re.compile(r"\b(?:in|for|with|by|as|from|during|after)\s+what\s+[^,.;:]{2,60}?\s+(?:(?:has|have|had)\s+)?"
                        r"(?:said|says|called|calls|described|describes|claimed|claims|termed|terms|dubbed)\b")
_CLAUSE_END = re.compile(r"[,.;:]\s|[.;:]$")


#: What a speaker put out, named with its owner and followed by its content ("X|'s statement that|").
_CLAIM_OF_OWNER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:statement|claims?|estimates?|assessment|report|figures?|assertion|data|announcement)\s+that\b", re.IGNORECASE)


#: A third country's or the West's estimate named as the source of a figure ("Western estimates that", "a U.S. estimate").
_THIRD_ESTIMATE = re.compile(rf"(?:\b(?:[Ww]estern|Ukrainian|Russian|US|UK|British|American|NATO|Pentagon|{lx.THIRD_COUNTRIES})|\bU\.[SK]\.)\s+(?:(?:intelligence|military|government|official)\s+)?(?:estimates?|assessments?|analys[ie]s)\b(?!\s+(?:of|by|from)\b)")


#: Agreement with an estimate right before it ("agreeing with |Western estimates"): the one who agrees speaks.
_AGREEING_WITH = re.compile(rf"\b{lx.AGREEING_WITH}\s+(?:(?:with|to|the|earlier|previous|recent|other)\s+){{0,3}}$", re.IGNORECASE)


#: Between a name and its verb of saying, a relative pronoun that makes the name the speaker
#: (", which said earlier that", ", who told reporters").
_WHICH_SAID_GAP = re.compile(r",\s*(?:which|who)\s+(?:(?:has|had|have|also|earlier|later|previously|on\s+\w+)\s+)*", re.IGNORECASE)


#: A known speaker heading the line before a colon ("Russian MoD: Ukraine lost 1,000 servicemen").
_HEADING = re.compile(r"^\s*(?P<who>[^:\n.;,]{2,60}?)\s*:\s+\S")


#: A known speaker closing a headline or sentence after a dash, a colon or "per" ("Russia has
#: lost 500,000 troops – UK intelligence", "...: Ukraine's defence ministry", "..., per Oryx").
_TRAILING = re.compile(r"(?:\s[–—-]|,\s+per|:)\s+(?P<who>[^–—\n.,;:]{2,50}?)\s*[.\"”']?\s*$")


def _speaker_after_dash(sentence: str) -> list[Attribution]:
    """The speaker a headline or sentence ends with after a dash or "per", when the claimant
    table knows it and it is not a country alone."""
    m = _TRAILING.search(sentence, max(0, len(sentence) - 70)) if ("–" in sentence or "—" in sentence or " - " in sentence or "per " in sentence or ":" in sentence[-60:]) else None
    if not m:
        return []
    c = resolve_name(m.group("who"), sentence, fuzzy=False)
    if c.rule == "ministry_of_the_other_side":
        # "Russian losses amount to 5,000 - MoD": a bare ministry tagged on a headline is as often the
        # losing side's own (quoting its minister) as the other's. The other side's stays a guess: the
        # body's repeat of the figure, with its speaker named, tells whose it is (rule tagged_ministry_guessed).
        return [Attribution(m.start("who"), dataclasses.replace(c, side_guessed=True), "tagged_ministry_guessed")]
    return [Attribution(m.start("who"), c)] if c.known else []


#: A description set off after a person's name ("Petro Ivanenko|, a Ukrainian officer,| said").
_DESCRIPTION_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?P<words>[^,.;:()]{3,70}?)(?=,|\s+(?:said|says|wrote|writes|told|added|estimated)\b)")
#: Between a person's name and the role after it ("Nazar Voloshyn|, |a spokesman for the Khortytsia group").
_APPOSITION_GAP = re.compile(r",\s*")
#: "also" right after a speaker: the same side as the one who spoke before ("the ministry also said").
_ALSO = re.compile(r"\s+(?:has\s+|had\s+)?also\b", re.IGNORECASE)
#: The words that introduce a speaker, right before the name ("Russian military blogger ",
#: "pro-Kremlin war correspondent ", "Ukraine's deputy defence minister ").
_DESCRIBED_AS = re.compile(r"(?P<side>\b(?:pro-Russian|pro-Kremlin|Kremlin-backed|Moscow-backed|Russian-installed|Moscow-installed|Moscow-appointed|Kremlin-appointed|Russian-appointed|Kremlin-installed|"
                           r"Russian|Russia['’]s|Ukrainian|Ukraine['’]s))\s+(?:[a-z][\w-]*\s+){1,3}$")
#: A third country's or an alliance's name opening the title before a name ("NATO Secretary General ").
_THIRD_DESCRIBED = re.compile(rf"(?:\b(?:{lx.THIRD_COUNTRIES}|US|UK|British|Britain['’]s|American|America['’]s|Western|United\s+States|United\s+Kingdom)|\bU\.[SK]\.)"
                              r"\s+(?:[A-Za-z][\w-]*\s+){0,3}$")
#: A third country's description set off before a name ("A British admiral, |Tony Harwood, said").
_THIRD_APPOSITIVE_BEFORE = re.compile(rf"(?:^|[.;:]\s+|\b)(?i:an?|the)\s+(?:\b(?:{lx.THIRD_COUNTRIES}|US|UK|British|American|Western|United\s+States)|\bU\.[SK]\.)"
                                      r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s*$")
_SIDE_NAMED = re.compile(rf"\b(?:{lx.RUSSIAN}|{lx.UKRAINIAN})\b", re.IGNORECASE)
_POSSESSED_BODY = re.compile(r"\b(?:its|their)\s+(?P<body>air\s+force|military|army|armed\s+forces|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|general\s+staff|navy)\b", re.IGNORECASE)
_ENEMY_WORD = re.compile(r"(?i:enemy|adversar|hostile|aggressor)")
_SOURCE_WORD = re.compile(r"(?i:sources?|data)")


#: An outlet described as one side's before a citing cue ("The pro-Kremlin newspaper X, citing"):
#: its side, and a word that makes it an outlet.
_OUTLET_SIDE = re.compile(r"\b(?P<side>pro-Kremlin|pro-Russian|Kremlin-(?:backed|controlled|funded|friendly|linked)|Russian|Russia['’]s|pro-Ukrainian|Ukrainian|Ukraine['’]s)\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:newspaper|tabloid|daily|outlet|media|news\s+(?:agency|site|outlet|channel)|agency|broadcaster|channel|TV|television|website|paper)\b")


def _role_body(text: str) -> Claimant | None:
    """The known body a role phrase names ("the head of the press center of Battlegroup Centre"), not a
    country alone; None when it names none."""
    m = claimant_pattern()[1].search(text.replace("’", "'"))
    if not m or _COUNTRY_ONLY.match(m.group(1) if m.groups() else m.group()):
        return None
    c = resolve_name(m.group(1) if m.groups() else m.group())
    return c if c.known and not c.person and not c.country_only else None


def _described_outlet(sentence: str, cue: int) -> str | None:
    """The side ("Russian", "Ukrainian") of an outlet the clause before a citing cue describes as one
    side's, or None."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, max(0, cue - 100), cue)), default=max(0, cue - 100))
    m = _OUTLET_SIDE.search(sentence, start, cue)
    if not m:
        return None
    return "Russian" if re.search(r"russia|kremlin", m.group("side"), re.IGNORECASE) and not m.group("side").lower().startswith("pro-ukr") else "Ukrainian"


_CLAUSE_BREAK = re.compile(r"[.;:\"“”]")
#: A definite head of a body with no name ("the head of ...", "the founder of ...").
_DEFINITE_HEAD = re.compile(r"(?i:the)\s+(?i:head|chief|leader|founder|boss|owner)\s+of\b")
#: What may open a clause before its subject ("But |X broke with ..."; "In March, |X ...").
#: Between a country's possessive and the titled person it qualifies ("Ukraine|'s President |Volodymyr Zelensky").
_POSSESSIVE_TITLE_GAP = re.compile(rf"['’]s\s+(?:{_TITLE}\s+){{1,3}}")
_SUBJECT_OPENER = re.compile(r"\s*(?:(?:But|And|Yet|Meanwhile|Later|Earlier|Still|Today|Yesterday|Now|However|Separately|Also|Overall)\s*,?\s+|(?:In|On|By|Last|This)\s+[\w ]{1,20},\s+)?(?:the\s+|The\s+)?")


@functools.lru_cache(maxsize=1)
def _publishers() -> frozenset:
    """The claimant table's news publishers (kind ``publisher``), which relay more often than they count."""
    table = load_claimants()
    return frozenset(table.loc[table["kind"] == "publisher", "claimant"])


def _speaker_heading(sentence: str) -> list[Attribution]:
    """The speaker a line opens with before a colon, when the claimant table knows it and it
    is not a country alone ("Ukraine: ..." names a subject as often as a speaker)."""
    m = _HEADING.match(sentence) if ":" in sentence[:64] else None
    if not m:
        return []
    if _SOURCE_WORD.fullmatch(m.group("who")):
        # "Source: Volodymyr Zelensky in his evening address": the first known speaker of the line.
        named = [x for x in mentions_in(sentence[m.end():]) if x[3]]
        return [Attribution(m.end() + named[0][0], resolve_name(named[0][2]), "source_line")] if named else []
    c = resolve_name(m.group("who"), sentence, fuzzy=False)
    return [Attribution(m.end("who"), c)] if c.known and not c.country_only else []


_PERSON_ROLE = re.compile(r"^(?i:an?|one)\s+(?:[\w-]+\s+){0,3}?(?:blogger|milblogger|businessman|businesswoman|resident|witness|eyewitness|farmer|"
                          r"volunteer|activist|soldier|serviceman|officer|commander|official|source|journalist|expert|analyst)\b")


#: Titles a person is given and later called by ("the minister", "the commander", "the governor").
TITLE_WORDS = r"minister|commander(?:-in-chief)?|spokes(?:man|woman|person)|governor|general|colonel|president|chief|head|director|advis[eo]r|mayor|secretary|ambassador"
_TITLE_NOUN = re.compile(rf"\b(?:{TITLE_WORDS})\b", re.IGNORECASE)
_PHRASE_BREAK = re.compile(r"[.;,:()\"“”]")
_APPOSITIVE_TITLE = re.compile(r",\s+(?:the|a|an|[A-Z][\w-]*['’]s)\s+([^,.;]{0,60})")


def _title_key(title: str) -> str:
    t = title.lower()
    return {"advisor": "adviser", "commander-in-chief": "commander"}.get(t, "spokes" if t.startswith("spokes") else t)


def _role_key(text: str) -> str:
    """The key a role phrase is remembered by in the titles map: its last role noun, singular, marked
    as a role ("role:official" for "US officials" and "the official")."""
    nouns = list(_ROLE_NOUN_RE.finditer(text))
    if not nouns:
        return ""
    noun = nouns[-1].group().lower()
    noun = {"spokesmen": "spokesman"}.get(noun, noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun)
    return "role:" + noun


def roles_of(found: list) -> dict:
    """The unnamed speakers a sentence credits under a role ("US officials said", "a Western analyst
    estimated"), by role noun, for a later "the officials said" (rule role_named_before)."""
    out = {}
    for a in found:
        c = a.claimant
        if c.as_written and (key := _role_key(c.as_written)) and not _DEFINITE_TITLE.fullmatch(c.as_written.strip()):
            out[key] = c
    return out


#: The documents a speaker puts out, which a later "the assessment said" refers to.
_DOCUMENT_NOUN = re.compile(r"\b(?:report|assessment|update|statement|study|analysis|briefing|bulletin|summary|message)\b", re.IGNORECASE)
#: A document its speaker says something in ("wrote |in an assessment|", "said |in its daily update|").
_DOCUMENT_OF_SPEAKER = re.compile(r"\b(?:in|its|their|an?|the)\s+(?:[\w-]+\s+){0,2}?(?P<noun>report|assessment|update|statement|study|analysis|briefing|bulletin|summary)\b", re.IGNORECASE)


_VERB_THEN_COMMA = re.compile(r"(?:[\w'’-]+\s+){0,3}[\w-]+,\s*")


def documents_of(sentence: str, found: list) -> dict:
    """The documents a sentence says its speakers put out ("the ISW wrote in an assessment",
    "in its daily update, the ministry said"), by noun, for a later "the assessment said": each
    document goes to the nearest attribution with no clause, "that" or other verb of saying between."""
    if not found or not _DOCUMENT_NOUN.search(sentence):
        return {}
    out = {}
    for m in _DOCUMENT_OF_SPEAKER.finditer(sentence):
        best = None
        for a in found:
            if a.claimant.side == "unknown" or a.claimant.country_only or m.start() <= a.position < m.end():
                continue  # a guess, or a country ("Moscow claimed") named inside what the document says
            lo, hi = sorted((m.start(), a.position))
            between = sentence[lo:hi]
            # "The ministry stated, in its statement, that": the document set off right after the verb is the speaker's.
            aside = a.position < m.start() and _VERB_THEN_COMMA.fullmatch(between)
            if hi - lo > 70 or not aside and (_CLAUSE_BREAK.search(between) or _THAT.search(between) or _SAY_RE.search(sentence, lo + 1, hi)):
                continue
            if best is None or hi - lo < best[0]:
                best = (hi - lo, a)
        if best is not None:
            out["doc:" + m.group("noun").lower()] = best[1].claimant
    return out


_THAT = re.compile(r"\bthat\b", re.IGNORECASE)


#: The staff of a news outlet named without it ("the journalists", "the reporters", "the outlet's journalists").
_THE_JOURNALISTS = re.compile(r"(?i:the|these|those|its|their)\s+(?i:journalists|reporters|investigative\s+journalists|correspondents)")
_OUTLET_WORD = re.compile(r"\b(?:outlets?|newspapers?|publications?)$", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _outlets() -> frozenset:
    """The claimant table's news outlets and open-source counters, which "the outlets" refers back to."""
    table = load_claimants()
    return frozenset(table.loc[table["kind"].isin(["publisher", "open_source"]), "claimant"])


def titles_of(sentence: str, mentions: list) -> dict[str, Claimant]:
    """The titles a sentence gives the people it names: before the name ("Defence Minister
    Rustem Umerov") or after it ("Rustem Umerov, the defence minister,"); and the first news
    outlet it names, for a later "the outlets said" (rule outlet_named_before)."""
    out: dict[str, Claimant] = {}
    for start, end, text, known in mentions:
        c = resolve_name(text, sentence) if known else None
        if c is not None and c.known and c.name in _outlets() and "outlet" not in out:
            out["outlet"] = c
        if c is not None and c.known and _INSIDE_BODY.search(sentence[start:end]) and (key := _role_key(sentence[start:end])):
            # "a source in the General Staff said ... The source said": the body the source was
            # said to be in (rule role_named_before), as the first mention was credited.
            out[key] = c
    if not mentions or not _TITLE_NOUN.search(sentence):
        return out  # most sentences give nobody a title
    for start, end, text, _ in mentions:
        before = _PHRASE_BREAK.split(sentence[max(0, start - 40):start])[-1]
        after = _APPOSITIVE_TITLE.match(sentence, end)
        words = [m.group() for part in (before, after.group(1) if after else "") for m in _TITLE_NOUN.finditer(part)]
        if not words:
            continue
        c = resolve_name(text, sentence)
        if c.person:
            out.update({_title_key(w): c for w in words})
    return out


def mentioned(sentence: str, mentions: list | None = None) -> tuple[Claimant | None, Claimant | None]:
    """The last person and the last organisation named in a sentence (for "she said", "it said")."""
    person = org = None
    # "He met Defence Minister X on Monday. He said ...": a person named in a sentence whose subject
    # is "he" or "she" is not its subject; a later "he" still refers to the one who spoke before (rule
    # pronoun_subject_kept).
    pronoun_subject = bool(_PRONOUN_SUBJECT.match(sentence))
    for _, _, text, known in (mentions_in(sentence) if mentions is None else mentions):
        # "a local businessman", "one military blogger": an unnamed person introduced by a role is
        # who "the source" or "he" refers to later.
        role = not known and _PERSON_ROLE.match(text)
        if not known and not role and not _TWO_NAMES.match(text):
            continue
        if _COUNTRY_ONLY.match(text.strip()):
            continue  # "attacked Ukraine": a place here, not who "it" refers to
        c = (Claimant(text.strip(), resolve_name(text, sentence, fuzzy=False).side, False, text, person=True) if role
             else resolve_name(text, sentence))
        if c.person:
            person = None if pronoun_subject else c
        else:
            org = c
    return person, org


_PRONOUN_SUBJECT = re.compile(r"^\W*(?:(?:But|And|Then|Later|Earlier|Also)\s*,?\s+)?(?i:he|she)\b")


#: A name followed by what it did instead of speaking ("Kyiv| declined to comment", "the ministry| did not respond").
_SILENT_AFTER = re.compile(rf"(?:,\s+which\s+(?:(?:has|have|had)\s+)?|\s+)(?:(?:also|again|has|have|had|previously|repeatedly|earlier|consistently|so\s+far|on\s+[A-Z]\w+)\s+)*(?:{lx.SILENT_AFTER})\b", re.IGNORECASE)
#: A verb or preposition right before a name that makes it an object ("a request for comment from |the ministry").
_OBJECT_BEFORE = re.compile(rf"(?<!according\s)(?<!reference\s)(?<!referring\s)\b(?:{lx.OBJECT_BEFORE})\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE)


def remembered(sentence: str, mentions: list, found: list) -> list:
    """The mentions of a sentence a later "the report said", "the ministry said" or "he said" may
    refer to: a name that only declined, did not respond, denied or was the object of a verb
    or a preposition, and was not credited with a claim, is left out (rule only_mentioned):
    "Russia's defence ministry did not respond to a request for comment. The report said ..."
    is still the report of whoever spoke before."""
    credited = {a.claimant.name for a in found}
    out = []
    for m in mentions:
        silent = _SILENT_AFTER.match(sentence, m[1]) or _OBJECT_BEFORE.search(sentence, max(0, m[0] - 30), m[0])
        if silent and resolve_name(m[2], sentence).name not in credited:
            continue
        out.append(m)
    return out


def named_ministry(mentions: list) -> Claimant | None:
    """The defence ministry a sentence names with its country ("the Russian Defence Ministry"),
    for a later bare "the Defence Ministry" to refer to; None when it names none."""
    for _, _, text, known in reversed(mentions):
        if known and _MINISTRY_MENTION.search(text) and not _BARE_MINISTRY.match(text.strip()):
            c = resolve_name(text)
            if c.known:
                return c
    return None


#: A side's defence ministry named with its country anywhere in an article.
_SIDES_MINISTRY_NAMED = re.compile(r"\b(?:Russia|Ukraine|Moscow|Kyiv|Kiev|Russian|Ukrainian)(?:['’]s)?\s+(?:[Dd]efen[cs]e\s+[Mm]inistry|[Mm]inistry\s+of\s+[Dd]efen[cs]e|MoD|MOD)\b"
                                   r"|\b(?:[Dd]efen[cs]e\s+[Mm]inistry|[Mm]inistry\s+of\s+[Dd]efen[cs]e)\s+(?:of\s+(?:the\s+)?(?:Russian\s+Federation|Russia|Ukraine)"
                                   # "the Defence Ministry in Moscow": the sides' capitals of _MINISTRY_OF_CAPITAL
                                   rf"|in\s+(?:{'|'.join(c.capitalize() for c, body in _MINISTRY_OF_CAPITAL.items() if body.startswith(('Russian', 'Ukrainian')))}))\b")


def ministry_of_the_article(text: str) -> Claimant | None:
    """The ministry a bare "the Ministry of Defence" is before any is named with its country: the UK's in
    an article that quotes the British daily intelligence update and names no side's ministry ("the
    Ministry of Defence has revealed ..., the military intelligence update added"; rule
    ministry_of_the_intelligence_update); None where nothing tells."""
    if not _INTELLIGENCE_UPDATE.search(text) or _SIDE_SOURCE.search(text) or _SIDES_MINISTRY_NAMED.search(text):
        return None
    index, _ = claimant_pattern()
    name, side = index[claimant_key("UK Ministry of Defence")]
    return Claimant(name, side, True, "the Ministry of Defence", person=False, rule="ministry_of_the_intelligence_update")


def same_ministry(found: list[Attribution], mentions: list, ministry: Claimant | None) -> list[Attribution]:
    """A bare "the Defence Ministry" (or "the ministry said") is the ministry the article named
    before with its country, not one guessed from the countries in its own sentence:
    a Russian ministry's report names Ukrainian losses, and the reverse."""
    if ministry is None or named_ministry(mentions) is not None:
        return found
    if not any(_BARE_MINISTRY.match(m[2].strip()) for m in mentions):
        return [Attribution(a.position, ministry) if a.rule == "bare_ministry" else a for a in found]
    guessed = {resolve_name(country + " Ministry of Defence").name for country in ("Russian", "Ukrainian")}
    return [Attribution(a.position, ministry) if a.claimant.name in guessed or _BARE_MINISTRY.match(a.claimant.as_written.strip()) or a.rule == "bare_ministry"
            else a for a in found]


def outlets_ministry(found: list[Attribution], mentions: list, via: str | None, ministry: Claimant | None) -> list[Attribution]:
    """A bare "the Defence Ministry" relayed by an outlet of one side, with no ministry named
    before, is that side's (rule ``outlets_home_ministry``): TASS citing "the Defence Ministry"
    cites Russia's, whichever country's losses the sentence names."""
    untold = [a for a in found if a.claimant is not _UNTOLD_MINISTRY]  # "the ministry" nobody told: no speaker
    bare = any(a.rule == "bare_ministry" for a in found)
    if via is None or ministry is not None or not (bare or any(_BARE_MINISTRY.match(m[2].strip()) for m in mentions)):
        return untold
    outlet = resolve_name(via)
    if not outlet.known or outlet.side not in ("russia", "ukraine"):
        return untold
    home = resolve_name(("Russian" if outlet.side == "russia" else "Ukrainian") + " Ministry of Defence")
    guessed = {resolve_name(country + " Ministry of Defence").name for country in ("Russian", "Ukrainian")}
    return [Attribution(a.position, home, "outlets_home_ministry")
            if a.claimant.name in guessed or _BARE_MINISTRY.match(a.claimant.as_written.strip()) or a.rule == "bare_ministry" else a for a in found]


#: "the ministry said" where neither the article nor the sentence tells whose: dropped by
#: :func:`outlets_ministry` unless the article's ministry or an outlet's home one stands for it.
_UNTOLD_MINISTRY = Claimant("the ministry", "unknown", False, "the ministry", person=False, side_guessed=True)


#: A new clause after a speaker's cue ("..., X said|, while| four more ...").
_CLAUSE_JOIN = re.compile(r",\s+(?:while|whereas|but|and)\b|;", re.IGNORECASE)
#: From a figure to the cue of a speaker set off after its clause ("four more were downed over Odesa|, the
#: air force |reported"): the clause has no comma, the speaker's words no figure.
_TRAILING_CUE_GAP = re.compile(r"[^,;:\"“”]*,\s*[^,;:\d\"“”]{0,60}")


def governing(found: list[Attribution], position: int, sentence: str | None = None) -> Attribution | None:
    """The attribution that governs a figure: the last cue before it, else the first after it; but a
    speaker set off after the figure's own clause, which a new clause separates from the cue before,
    governs it (rule speaker_after_its_clause: "Four drones were downed over X, Governor Y said, while
    four more were downed over Z, the air force reported")."""
    before = [a for a in found if a.position <= position]
    if before and sentence is not None:
        after = next((a for a in found if a.position > position), None)
        if after is not None and _CLAUSE_JOIN.search(sentence, before[-1].position, position) \
                and _TRAILING_CUE_GAP.fullmatch(sentence, position, after.position):
            return Attribution(after.position, after.claimant, after.rule or "speaker_after_its_clause")
    if before:
        return before[-1]
    return found[0] if found else None


# Every pattern above skips, at one character's cost, the places where it cannot start (see .guard).
guard.patterns(globals())
# The long word alternations most sentences are searched with run on the lower-cased text (see .guard).
guard.lower_case(globals(), "_ANY_CUE", "_SAY_RE", "_SOURCE_CUE", "_SERVICE_RE", "_PRONOUN_RE", "_ESTIMATE_CUE")
#: The nouns one of which every "head of the ... Ministry" holds: sentences with none skip the pattern.
_HEAD_OF_NEED = guard.needed(_HEAD_OF)
