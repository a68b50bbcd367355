"""Claim extraction: from an article's text to attributed candidate claims.

The pipeline, one module per step:

- :mod:`.text`: read plain text or saved HTML (trafilatura), split paragraphs and sentences
  while keeping character offsets into the input;
- :mod:`.figures`: find figures (digits, number words, "a dozen") and the unit or item noun
  each counts, skipping dates, years, ordinals, money, percentages and linear distances;
- :mod:`.lexicon`: the words that say what is counted and what happened to it;
- :mod:`.attribution`: who makes the claim ("X said", "according to X", quotes, pronouns);
- :mod:`.periods`: dates and periods ("as of Sunday", "between Thursday and Saturday",
  "since Sept. 6", "over the past 24 hours") resolved against the publication date;
- :mod:`.extractor`: puts the pieces together into candidate claims in the ledger's schema.
"""
from .extractor import Candidate, extract_claims, extract_file

__all__ = ["Candidate", "extract_claims", "extract_file"]
