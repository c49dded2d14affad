---- MODULE StrNest ----
\* A module nested in the file is analysed where it stands: the root's
\* "lb" (line 7) before the inner module's "la"; TLCExt's own literal
\* "Assertion failed" (its AssertEq) is analysed before the root's.
EXTENDS TLCExt, TLC
VARIABLE x
ASSUME PrintT({"lb", "la"})
ASSUME PrintT({"zz", "Assertion failed"})
---- MODULE Inner ----
ASSUME "la" # "lc"
====
I == INSTANCE Inner
Init == x = 0
Next == UNCHANGED x
====
