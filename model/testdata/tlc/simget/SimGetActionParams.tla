---- MODULE SimGetActionParams ----
\* TLCGet("action") under -simulate of a step of a definition with
\* parameters: TLC adds their values (context) and names (parameters).
EXTENDS Naturals, TLC
VARIABLES x
M == INSTANCE SimGetActionParamsM
Init == M!Init
Next == M!Inc \/ M!Dbl(2) \/ \E k \in {3} : M!Add(k, 1)
Inv == PrintT(<<x, TLCGet("action")>>)
====
