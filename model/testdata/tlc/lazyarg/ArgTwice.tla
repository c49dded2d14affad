---- MODULE ArgTwice ----
EXTENDS Naturals, TLC
VARIABLE x
Twice(a) == a + a
Zero(a) == 0
Init == x = Twice(IF PrintT("init") THEN 0 ELSE 1)
Next == x' = (x + Twice(IF PrintT(<<"next", x>>) THEN 1 ELSE 0) + Zero(PrintT("zero"))) % 3
Inv == Twice(IF PrintT(<<"inv", x>>) THEN x ELSE 0) >= 0
====
