---- MODULE DotAliasLevel ----
\* TLC labels a state of its DOT file with the ALIAS evaluated in the state
\* alone at its level (TLCGet("level")); one that reads a primed variable
\* fails there (x = 1: no successor), shown with _ALIASEvalError. The
\* tooltip is the state itself.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Al == [lvl |-> TLCGet("level"), v |-> IF x = 1 THEN x' ELSE x]
====
