---- MODULE LazyFilter ----
\* {x \in S : P} over an infinite S stays lazy, as in TLC: membership is
\* answered without enumerating (tlaplus/Examples DieHarder assumes
\* Capacity \in [Jug -> {n \in Nat : n > 0}]). Every ASSUME holds in
\* TLC; no behaviour: success with 0 states.
EXTENDS Naturals, Sequences
Pos == {n \in Nat : n > 0}
Cap == [j \in {"small", "big"} |-> IF j = "big" THEN 5 ELSE 3]
ASSUME Cap \in [{"small", "big"} -> Pos]
ASSUME 3 \in Pos /\ 0 \notin Pos
ASSUME LET k == 2 IN 4 \in {n \in Nat : n % k = 0}
ASSUME <<1, 2>> \in {s \in Seq(Nat) : Len(s) = 2}
====
