---- MODULE OrderFold ----
EXTENDS Naturals, TLC, Bags
VARIABLE x, y
K(u) == (u :> 1) @@ ("p" :> 1)
Init == x = 0 /\ y = 0
Next == \/ /\ x < 2 /\ x' = x + 1
           /\ y' = <<("q" :> 1) (+) ("p" :> 1), ("q" :> 1) @@ ("p" :> 1),
                     LET M == ("q" :> 1) (+) ("p" :> 1) IN M, K("q"),
                     {("q" :> 1) @@ ("p" :> 1)}>>
           /\ PrintT(<<"a", ToString(y')>>)
        \/ x = 2 /\ UNCHANGED <<x, y>>
====
