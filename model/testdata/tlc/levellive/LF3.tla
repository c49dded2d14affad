---- MODULE LF3 ----
EXTENDS LF2
SpecT == Init /\ [][Next]_vars /\ WF_vars(Toggle)
SpecN == Init /\ [][Next]_vars
View2 == IF TLCGet("level") <= 3 THEN vars ELSE vars
====
