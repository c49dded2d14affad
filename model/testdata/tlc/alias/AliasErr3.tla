---- MODULE AliasErr3 ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x < 4
f == [i \in 0..1 |-> i]
Alias == IF x = 0 THEN [a |-> f[x+5]]
         ELSE IF x = 1 THEN [a |-> CHOOSE i \in {} : TRUE]
         ELSE IF x = 2 THEN [a |-> Assert(FALSE, "boom")]
         ELSE IF x = 3 THEN [a |-> 1 + "s"]
         ELSE [a |-> <<1>>[3]]
====
