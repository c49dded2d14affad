---- MODULE CovRecLazy ----
\* The arguments of a RECURSIVE operator's application count where its
\* body first reads the parameter (TLC's LazyValue), not at the
\* application: Bits' x and n + 1 count in the applications past m = 0
\* only, m \div 2 in all; Pass's x, passed on and never read, counts
\* nothing. The operands of a user-defined infix operator (a ** b) are
\* arguments, listed after its body.
EXTENDS Naturals
RECURSIVE Bits(_, _, _)
Bits(x, n, m) ==
  LET e == 2 ^ n
  IN IF m = 0 THEN 0 ELSE e * (x % 2) + Bits(x \div 2, n + 1, m \div 2)
RECURSIVE Pass(_, _)
Pass(x, m) == IF m = 0 THEN 1 ELSE Pass(x + 1, m - 1)
a ** b == IF a >= b THEN Bits(a, 0, a) ELSE Bits(b, 0, b)
Enc(d, k) == d ** k
Wrap(w) == Pass(w * 2, 2) + Bits(3, 0, w)
VARIABLE v
Init == v = 0
Next == v' = (v + 1) % 4 /\ Enc(v, 5) >= 0
Inv == Wrap(v) > 0 /\ Pass(v, v) = 1
====
