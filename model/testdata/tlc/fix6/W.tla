---- MODULE W ----
EXTENDS TLC, Naturals
VARIABLE x
Init == x = 0
Next == x' = IF x < 2 THEN x + 1 ELSE x
Spec == Init /\ [][Next]_x
Wc == (CHOOSE n \in Nat : TRUE) = 0
Wg == TLCGet("level") = 0
Wa == Assert(FALSE, "boom")
Wv == x > 0
====
