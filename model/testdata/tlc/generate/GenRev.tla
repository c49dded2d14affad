---- MODULE GenRev ----
\* TLCGet("revision") is TLC's build record; only its fields and what
\* does not depend on the build are printed.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1
R == TLCGet("revision")
ASSUME PrintT(<<DOMAIN R, R.count, R.timestamp >= 1663720820>>)
Inv == x < 3
====
