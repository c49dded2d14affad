---- MODULE AliasSerNd ----
EXTENDS Naturals, Sequences, IOUtils, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x < 2
Alias == [x |-> x, f |-> Serialize(<<[a |-> x, b |-> {1, 2}], "s", <<>>>>, "nd" \o ToString(x) \o ".json", [format |-> "NDJSON", charset |-> "UTF-8", openOptions |-> <<"WRITE", "CREATE", "TRUNCATE_EXISTING">>])]
====
