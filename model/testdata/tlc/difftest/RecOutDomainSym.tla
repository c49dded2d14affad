---- MODULE RecOutDomainSym ----
\* The same over Seq(1..2), which cannot be tabulated: TLC prints the
\* function as written, its body by its location.
EXTENDS Naturals, Sequences, TLC
VARIABLE x
f[s \in Seq(1..2)] == IF s = <<>> THEN 0 ELSE 1 + f[Tail(s)]
Init == x = 0 /\ PrintT(f[<<1, 3>>])
Next == UNCHANGED x
====
