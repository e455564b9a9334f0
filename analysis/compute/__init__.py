"""The compute layer: pure functions, with no file or network I/O and no import from
the rest of the package. The thesis's indicators (:mod:`.indicators`), the pooled Gini of
quintile groups (:mod:`.inequality`), the ledger's verdict rule (:mod:`.verdicts`), ranks
(:mod:`.ranks`), areas on the sphere (:mod:`.geometry`) and the one formatting of
figures (:mod:`.text`)."""
