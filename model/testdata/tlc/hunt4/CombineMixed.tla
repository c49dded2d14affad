---- MODULE CombineMixed ----
\* f @@ g looks each key of g up among f's with Java equals, which fails on
\* keys TLC cannot compare (an integer and a string); met in Next.
EXTENDS Integers, TLC
VARIABLE x
Init == x = (1 :> 1)
Next == x' = x @@ (IF 2 \in DOMAIN x THEN ("a" :> 2) ELSE (2 :> 2))
====
