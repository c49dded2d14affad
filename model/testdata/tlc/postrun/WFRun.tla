---- MODULE WFRun ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 4 /\ x' = x + 1
NextWF == WF_x(Next)
InitWF == x = 0 /\ WF_x(Next)
InitLeads == x = 0 /\ ((x = 1) ~> (x = 2))
ConsWF == x = 5 => WF_x(Next)
ConsSF == x = 2 => SF_x(Next)
====
