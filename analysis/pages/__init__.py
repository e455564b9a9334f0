"""The pages layer: what the book's pages state. Each number with its identity and the
glue that prints it (:mod:`.quantities`), the figures others print (:mod:`.reported`),
the documents' and the press's figures side by side (:mod:`.context`), the reproduction
ledger (:mod:`.ledger`), the data appendix (:mod:`.appendix`) and the region profiles
(:mod:`.profile`). It uses the data, compute and charts layers, never the site layer."""
