---- MODULE CovModOrd ----
\* TLC lists the actions sorted by location (Location.compareTo): first by
\* module, as UniqueString compares, by when TLC interned the module's name.
\* The root file names CovModOrdZ first; CovModOrdA is read later, from
\* CovModOrdZ's EXTENDS. So ZAct is listed before AAct, though Next tries
\* AAct first and A comes before Z in the alphabet.
EXTENDS CovModOrdZ
Next == AAct \/ ZAct
Spec == Init /\ [][Next]_x
====
