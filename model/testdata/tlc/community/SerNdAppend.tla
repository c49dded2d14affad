---- MODULE SerNdAppend ----
EXTENDS Naturals, Sequences, IOUtils, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x < 1
Alias == [x |-> x, f |-> Serialize(<<x, "é<">>, "app.json", [format |-> "NDJSON", charset |-> "UTF-8", openOptions |-> <<"CREATE", "APPEND">>])]
====
