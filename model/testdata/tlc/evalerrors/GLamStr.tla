---- MODULE GLamStr ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = [i \in {"a"} |-> i]["b"]
====
