---- MODULE CovExtIf ----
EXTENDS CovExtIfBase
Spec == Init /\ [][Next]_x
\* Next, an IF under \E defined in an EXTENDed module, carries its (l c l c) part.
====
