---- MODULE ExceptWarn ----
\* An EXCEPT outside the function's domain, constant: TLC warns (2144)
\* where it evaluates it, once here, not while wspcycle compiles it.
EXTENDS Naturals, TLC
VARIABLE x
D == [<<1>> EXCEPT ![3] = 0]
Init == x = 0 /\ PrintT([<<1, 2>> EXCEPT ![3] = 0]) /\ PrintT(D)
Next == UNCHANGED x
====
