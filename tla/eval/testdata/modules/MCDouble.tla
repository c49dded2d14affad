---- MODULE MCDouble ----
\* D instantiates Doubler, substituting its constant K implicitly (by the
\* definition K of this module). The cfg replaces Doubler's Lim (Lim <-
\* [Doubler] MyLim) and the standard Nat everywhere (Nat <- Small).
\* TLC: x goes 0, 1, 2; D!Lim is 2, not 5; the invariant D!InNat(x) is
\* x \in {0, 1}, violated in the third state x = 2 (3 distinct states,
\* 3 generated, exit 12).
EXTENDS Naturals
VARIABLE x
K == 1
MyLim == 2
Small == {0, 1}
D == INSTANCE Doubler
Init == x = 0
Next == x < D!Lim /\ x' = x + 1
Inv == D!InNat(x)
====
