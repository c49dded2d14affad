---- MODULE DeserDef ----
EXTENDS Naturals, Sequences, IOUtils, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x < 1
Alias == [x |-> x, f |-> Deserialize("f.json", [format |-> "TXT", charset |-> "UTF-8"])]
====
