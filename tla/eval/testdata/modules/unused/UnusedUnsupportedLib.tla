---- MODULE UnusedUnsupportedLib ----
EXTENDS Reals
Half(a) == a / 2
Always(P(_)) == \AA v : P(v)
====
