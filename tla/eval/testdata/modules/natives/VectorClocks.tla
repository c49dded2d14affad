---------------------------- MODULE VectorClocks ----------------------------
(* A stand-in for the CommunityModules' VectorClocks, whose CausalOrder   *)
(* TLC replaces with Java code: here a permutation of the log in which no *)
(* line comes after one whose clock it is below (TLC can evaluate it for  *)
(* a short log).                                                          *)
EXTENDS Naturals, Sequences

LOCAL Below(c1, c2, domain(_)) ==
    LET D == domain(c1) \cup domain(c2)
        At(c, d) == IF d \in domain(c) THEN c[d] ELSE 0
    IN /\ \A d \in D : At(c1, d) <= At(c2, d)
       /\ \E d \in D : At(c1, d) < At(c2, d)

CausalOrder(log, clock(_), node(_), domain(_)) ==
    CHOOSE s \in [1..Len(log) -> {log[i] : i \in DOMAIN log}] :
        /\ {s[i] : i \in DOMAIN s} = {log[i] : i \in DOMAIN log}
        /\ \A i, j \in DOMAIN s : i < j => ~Below(clock(s[j]), clock(s[i]), domain)
=============================================================================
