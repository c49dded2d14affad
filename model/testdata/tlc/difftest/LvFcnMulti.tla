---- MODULE LvFcnMulti ----
\* f[a, b] is SANY's $FcnApply(f, $Tuple(a, b)): a temporal argument is a
\* level error of the tuple.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x
f == [a \in BOOLEAN, b \in BOOLEAN |-> a]
P == f[TRUE, [](x = 0)]
====
