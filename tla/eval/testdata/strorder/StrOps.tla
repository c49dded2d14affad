---- MODULE StrOps ----
\* Strings that spell operators and punctuation, in TLC's order of strings
\* (see TestStringOrderOperators).
EXTENDS Naturals, TLC
VARIABLE x
S == {"+", "a", "(", "\\X", "=", "<<", ":", "\\in", ",", "-", "zz", "==", "{",
      "]_", "|->", "'", "\\/", "/\\", "~", "[]", "WF_", "}", ")", "..", "\\cup"}
ASSUME PrintT(S)
ASSUME PrintT(CHOOSE s \in S : TRUE)
ASSUME PrintT([zz |-> 1, a |-> 2])
Init == x = 0
Next == x' = x
Spec == Init /\ [][Next]_x /\ WF_x(Next)
====
