---- MODULE Post ----
EXTENDS TLC
PCp == PrintT("pm") /\ FALSE
PCt == TRUE
PCf == FALSE
PCr == RandomElement({1}) = 2
====
