---- MODULE LV ----
EXTENDS LF2
\* Properties whose tableau TLC builds while it searches, with a VIEW (and
\* a CONSTRAINT) reading TLCGet("level"): the states its product graph
\* generates again at another level are other states, counted in its
\* announcement of the liveness check.
ViewLv == IF TLCGet("level") <= 2 THEN <<TLCGet("level"), vars>> ELSE <<0, vars>>
SafeOr == [](served => ~busy) \/ [](req \/ ~req)
SafeOr2 == [](busy = FALSE) \/ [](served = FALSE)
EvOr == <>(served) \/ [](busy = FALSE)
====
