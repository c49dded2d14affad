---- MODULE RandArg ----
\* RandomSetOfSubsets's third argument is not a finite set: TLC's message
\* 2169 ("should be a %s"), without a position, exit 255.
EXTENDS Naturals, Randomization, TLC
VARIABLE x
Init == x = 0
Next == x' = RandomSetOfSubsets(1, 1, Nat)
====
