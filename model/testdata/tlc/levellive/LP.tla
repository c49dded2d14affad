---- MODULE LP ----
EXTENDS LF2
\* TLCGet("level") printed by an action the liveness checking evaluates again.
ToggleP == PrintT(<<"T", TLCGet("level"), busy>>) /\ Toggle
NextP == Request \/ Serve \/ ToggleP
SpecP == Init /\ [][NextP]_vars /\ WF_vars(ToggleP)
SpecQ == Init /\ [][NextP]_vars /\ WF_vars(Serve) /\ WF_vars(ToggleP)
EvServed == <>served
View2x == IF TLCGet("level") <= 3 THEN vars ELSE vars
====
