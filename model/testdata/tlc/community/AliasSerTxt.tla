---- MODULE AliasSerTxt ----
EXTENDS Naturals, IOUtils
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x < 2
Alias == [x |-> x, f |-> Serialize("a", "out.txt", [format |-> "TXT", charset |-> "UTF-8", openOptions |-> <<"WRITE", "CREATE">>])]
====
