"""Claim extraction: from an article's text to attributed candidate claims.

The pipeline, one module per step:

- :mod:`.text`: read plain text or saved HTML (trafilatura), split paragraphs and sentences
  while keeping character offsets into the input;
- :mod:`.figures`: find figures (digits, number words, "a dozen") and the unit or item noun
  each counts, skipping dates, years, ordinals, money, percentages and linear distances;
- :mod:`.lexicon`: the words that say what is counted and what happened to it;
- :mod:`.attribution`: who makes the claim ("X said", "according to X", quotes, pronouns);
- :mod:`.sides`: whose figure it is (the side that loses, gains, flees or steals), told by
  named rules from the sentence, ``unknown`` where it does not say, with a context object
  carried between sentences (headings such as "Enemy losses:", the paragraph's side);
- :mod:`.periods`: dates and periods ("as of Sunday", "between Thursday and Saturday",
  "since Sept. 6", "over the past 24 hours") resolved against the publication date;
- :mod:`.extractor`: puts the pieces together into candidate claims in the ledger's schema,
  each with ``rules`` naming the rule that gave its claimant, subject side and count kind;
- :mod:`.review`: labelled review that saves each decision as it is made and resumes;
- :mod:`.scoring`: scoring against the gold corpus (dev documents and the held-out ones).
"""
from .extractor import Candidate, extract_claims, extract_file

__all__ = ["Candidate", "extract_claims", "extract_file"]
