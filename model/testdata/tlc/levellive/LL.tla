---- MODULE LL ----
EXTENDS LF2
\* Probes of TLCGet("level") read by the parts the liveness check evaluates again.
ACons == TLCGet("level") <= 2 => (req' = S(TLCGet("level") + 1).req /\ served' = S(TLCGet("level") + 1).served /\ busy' = S(TLCGet("level") + 1).busy)
ToggleL == TLCGet("level") >= 2 /\ Toggle
NextL == Request \/ Serve \/ ToggleL
SpecAL == Init /\ [][NextL]_vars /\ WF_vars(ToggleL)
SpecFL == Init /\ [][Next]_vars /\ WF_vars(TLCGet("level") >= 1 /\ Toggle)
SpecFL0 == Init /\ [][Next]_vars /\ WF_vars(TLCGet("level") <= 2 /\ Toggle)
SpecS == Init /\ [][Next]_vars /\ SF_vars(Toggle)
SpecSL == Init /\ [][Next]_vars /\ SF_vars(TLCGet("level") >= 1 /\ Toggle)
SpecT == Init /\ [][Next]_vars /\ WF_vars(Toggle)
ViewL == IF TLCGet("level") <= 3 THEN <<TLCGet("level"), vars>> ELSE <<2, vars>>
AlwaysReqServed == []<>(~req \/ served)
EvServed == <>served
====
