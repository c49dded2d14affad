---- MODULE CovTupCmp ----
EXTENDS Naturals
CONSTANTS NIL, NOL
VARIABLES i, x
Vals == <<NIL, <<1>>, <<2, 3>>>>
Init == i = 1 /\ x = NIL
Next == i < 3 /\ i' = i + 1 /\ x' = Vals[i + 1]
Inv == x \in {<<k>> : k \in {1, 2}} \cup {<<k, v>> : k \in {1, 2}, v \in {3, 4, 5}} \cup {NIL}
Dup == x \in {<<k % 2>> : k \in 1..4} \cup {<<2, 3>>} \cup {NIL}
Front == x \in {NIL} \cup {<<k>> : k \in {1, 2}} \cup {<<2, 3>>}
Two == x \in {<<k>> : k \in {1, 2}} \cup {NIL, NOL} \cup {<<2, 3>>}
Alone == x \notin {<<k, k>> : k \in {1, 2}}
Enum == x \in {<<1>>, <<2, 3>>} \cup {NOL, NIL}
====
TLC's TupleValue costs its length on the <<...>> that built it each time
it is compared with a value that is no tuple (NIL): S \cup {NIL} asks
each tuple of S, \in asks each tuple before the element it meets
(tla/eval's covtupcmp.go). The search ends in a deadlock (i = 3).
