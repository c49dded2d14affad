---- MODULE OrderTrace ----
EXTENDS TLC, Naturals
VARIABLE x
Init == x = ("b" :> 1) @@ ("a" :> 2)
Next == x' = [x EXCEPT !["a"] = @ + 1] @@ ("c" :> 0)
Inv == x["a"] < 4 /\ Assert(x["a"] < 3, ToString(("z" :> x["a"]) @@ x))
Alias == [y |-> ("q" :> x) @@ ("p" :> 1), s |-> ToString(x)]
====
