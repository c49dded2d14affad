---- MODULE LitOpParam ----
\* An operator parameter bound to a literal-bodied LAMBDA, passed on twice, reaches BagOfAll as the literal.
EXTENDS Integers, Sequences, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Op(F(_)) == BagOfAll(F, <<1, 0>>)
Op2(F(_)) == Op(F)
ASSUME PrintT(Op2(LAMBDA e: (7)))
====
