---- MODULE LetStdTrace ----
EXTENDS Naturals
VARIABLE x
Init == x = 0 /\ LET N == INSTANCE TLCExt IN N!Trace = 1
Next == x' = x + 1 /\ x < 2
====
