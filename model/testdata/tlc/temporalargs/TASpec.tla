---- MODULE TASpec ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Al(a) == []a
BoxState == Init /\ [][Next]_x /\ [](x < 5)
BoxParam == Init /\ [][Next]_x /\ Al(x < 5)
BoxTemporal == Init /\ [][Next]_x /\ Al(<>(x = 1))
BoxLive == Init /\ [][Next]_x /\ WF_x(Next) /\ []<>(x = 1)
====
