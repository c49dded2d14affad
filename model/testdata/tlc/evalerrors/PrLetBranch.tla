---- MODULE PrLetBranch ----
\* Printing LETs inside IF, \/, \E and CASE of conjuncts met once every variable has a value: TLC evaluates the conjunct as an expression, each definition printing once per evaluation of its LET, with -coverage too (PrLetBranchCov, whose conjuncts are the expressions' trees).
EXTENDS Naturals, TLC
VARIABLE x
D(t) == LET a == PrintT(<<t, "a">>) IN IF x > 0 THEN a /\ a ELSE a /\ a
E(t) == LET b == PrintT(<<t, "b">>) IN \/ b /\ FALSE
                                       \/ b /\ b
F(t) == LET c == PrintT(<<t, "c">>) IN \E i \in {1, 2} : c /\ i = 2
G(t) == LET g == PrintT(<<t, "g">>) IN CASE x = 0 -> g /\ g [] OTHER -> g /\ g
Init == /\ x = 0
        /\ D("i") /\ E("i") /\ F("i") /\ G("i")
        /\ LET h == PrintT("ih") IN IF x = 0 THEN h /\ h ELSE h
Next == /\ x < 2
        /\ x' = x + 1
        /\ D("n") /\ E("n") /\ F("n") /\ G("n")
        /\ LET h == PrintT("nh") IN IF x = 0 THEN h /\ h ELSE h
====
