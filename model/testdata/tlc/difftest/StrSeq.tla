---- MODULE StrSeq ----
\* TLC's Tail and SubSeq take a string too (were refused as not a
\* sequence): its substring, "" for SubSeq(s, m, n) with m > n.
EXTENDS Naturals, Sequences
VARIABLE s
Init == s = "abcd"
Next == \/ Len(s) > 0 /\ s' = Tail(s)
        \/ Len(s) > 2 /\ s' = SubSeq(s, 2, Len(s) - 1)
        \/ Len(s) = 2 /\ s' = SubSeq(s, 2, 1) \o "x"
Inv == s # "c"
====
