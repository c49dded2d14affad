---- MODULE LintBase ----
base == 0
Pair == [base |-> "b", Pair |-> "p"]
====
