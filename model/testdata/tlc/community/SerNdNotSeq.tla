---- MODULE SerNdNotSeq ----
EXTENDS Naturals, Sequences, IOUtils, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x < 1
Alias == [x |-> x, f |-> Serialize(3, "f.json", [format |-> "NDJSON", charset |-> "UTF-8", openOptions |-> <<"WRITE", "CREATE">>])]
====
