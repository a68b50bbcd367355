"""Claim extraction: from an article's text to attributed candidate claims.

:mod:`.extractor` runs a pipeline of named stages over each sentence (split, attribute, find,
count, credit, situate, to_candidate, keep_once, remember), carrying one
:class:`.context.Context` from sentence to sentence. One module per concept:

- :mod:`.text`: read plain text or saved HTML (trafilatura), split paragraphs and sentences
  while keeping character offsets into the input;
- :mod:`.lexicon`: every vocabulary, as data: units, item classes, verbs of loss, capture and
  flight, qualifiers, month names, the words for each side;
- :mod:`.figures`: find figures (digits, number words, "a dozen") and the unit or item noun
  each counts, skipping dates, years, ordinals, money, percentages and linear distances;
- :mod:`.counting`: what a figure counts (the ledger's metric, by the cue that governs it),
  the kind of a personnel count, the item's origin;
- :mod:`.attribution`: who makes the claim ("X said", "according to X", quotes, pronouns);
- :mod:`.sides`: whose figure it is (the side that loses, gains, flees or steals), told by
  named rules from the sentence, ``unknown`` where it does not say;
- :mod:`.periods`: dates and periods ("as of Sunday", "between Thursday and Saturday",
  "since Sept. 6", "over the past 24 hours") resolved against the publication date;
- :mod:`.placing`: the places a sentence names and which of them are a figure's;
- :mod:`.context`: what one sentence passes to the next (speaker memory, side context,
  paragraph attribution and place, the claims kept so far);
- :mod:`.guard`: patterns compiled to skip the places where they cannot start, and
  case-insensitive searches run on the lower-cased text;
- :mod:`.review`: labelled review that saves each decision as it is made and resumes;
- :mod:`.scoring`: scoring against the gold corpus (dev documents and the held-out ones).

Each candidate's ``rules`` names the rule that gave its claimant, subject side, metric and
count kind.
"""
from .extractor import Candidate, extract_claims, extract_file

__all__ = ["Candidate", "extract_claims", "extract_file"]
